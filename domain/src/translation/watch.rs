//! Every server instance picks up locale files changed by another instance (or by hand) with
//! a cheap poll of the files' sizes and modification times; lessons need nothing, as the
//! library re-renders a lesson whose file changed.
use std::{path::Path, time::SystemTime};

/// What changes when any locale file changes: (path, length, modification time) of each.
pub fn fingerprint(locales_dir: &Path) -> Vec<(String, u64, Option<SystemTime>)> {
    let mut out = vec![];
    let Ok(dirs) = std::fs::read_dir(locales_dir) else {
        return out;
    };
    for d in dirs.filter_map(|e| e.ok()).filter(|e| e.path().is_dir()) {
        for f in super::audit::ftl_files(&d.path()) {
            let p = d.path().join(&f);
            if let Ok(m) = std::fs::metadata(&p) {
                out.push((p.display().to_string(), m.len(), m.modified().ok()));
            }
        }
    }
    out.sort();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_change_changes_the_fingerprint() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("pt")).unwrap();
        std::fs::write(dir.path().join("pt/main.ftl"), "a = A\n").unwrap();
        let before = fingerprint(dir.path());
        std::fs::write(dir.path().join("pt/main.ftl"), "a = Aa\n").unwrap();
        assert_ne!(fingerprint(dir.path()), before);
    }
}
