//! `academy hubs sync | list`: provisioning from a terminal, with a progress bar.
use crate::startup::Application;
use anyhow::{anyhow, bail};
use domain::{
    entities::institution,
    hubs::{provisioning, registry},
    i18n::Locale,
    AppState,
};
use sea_orm::{EntityTrait, QueryOrder};
use std::time::Duration;

async fn find_institution(state: &AppState, key: &str) -> anyhow::Result<institution::Model> {
    let all = institution::Entity::find()
        .order_by_asc(institution::Column::Id)
        .all(&state.db)
        .await?;
    let wanted = key.trim();
    all.into_iter()
        .find(|i| i.id.to_string() == wanted || i.name.eq_ignore_ascii_case(wanted))
        .ok_or_else(|| {
            anyhow!("no institution with id or name {wanted:?} (see the Institutions page)")
        })
}

pub async fn sync(
    app: Application,
    institution: &str,
    all: bool,
    queue_only: bool,
) -> anyhow::Result<()> {
    let state = app.state.clone();
    let inst = find_institution(&state, institution).await?;
    let Some(hub) = registry::for_institution(&state.db, inst.id).await? else {
        bail!(
            "{} has no registered hub (add one on the Hubs page)",
            inst.name
        );
    };
    let queued = provisioning::sync_institution(&state.db, &hub, all, None)
        .await
        .map_err(|e| anyhow!("{e}"))?;
    let t = |key: &str| state.i18n.t(Locale::En, key, &[]);
    for (user_id, reason) in &queued.refused {
        eprintln!("person {user_id}: {}", t(reason));
    }
    let Some(batch) = queued.batch_id else {
        println!("{}: nothing to provision", hub.name);
        return Ok(());
    };
    println!(
        "{}: {} job(s) queued (batch {batch})",
        hub.name, queued.jobs
    );
    if queue_only {
        return Ok(());
    }
    let (stop_tx, mut stop_rx) = tokio::sync::watch::channel(false);
    let workers = tokio::spawn(
        app.worker
            .clone()
            .run(Duration::from_millis(200), async move {
                let _ = stop_rx.wait_for(|s| *s).await;
            }),
    );
    let bar = indicatif::ProgressBar::new(queued.jobs as u64);
    bar.set_style(
        indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} {msg} ({elapsed})")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    let progress = loop {
        let p = provisioning::batch_progress(&state.db, batch)
            .await
            .map_err(|e| anyhow!("{e}"))?;
        bar.set_position(p.done + p.failed);
        bar.set_message(format!("{} failed", p.failed));
        if p.finished() {
            break p;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    };
    bar.finish();
    let _ = stop_tx.send(true);
    let _ = workers.await;
    println!("{} ready, {} failed", progress.done, progress.failed);
    if progress.failed > 0 {
        for a in registry::accounts(&state.db, hub.id)
            .await
            .map_err(|e| anyhow!("{e}"))?
        {
            if a.status == provisioning::status::FAILED {
                eprintln!(
                    "  {}: {}",
                    a.hub_username,
                    a.error_detail.unwrap_or_default()
                );
            }
        }
        bail!(
            "{} account(s) failed; fix the cause and run again",
            progress.failed
        );
    }
    Ok(())
}

pub async fn list(state: &AppState) -> anyhow::Result<()> {
    let staff = domain::accounts::CurrentUser {
        id: 0,
        name: "cli".into(),
        email: String::new(),
        locale: Locale::En,
        roles: vec![domain::accounts::Role::Admin],
        institution_id: None,
    };
    for row in registry::list(&staff, &state.db)
        .await
        .map_err(|e| anyhow!("{e}"))?
    {
        let counts: Vec<String> = row
            .accounts
            .iter()
            .filter(|(_, n)| *n > 0)
            .map(|(s, n)| format!("{n} {s}"))
            .collect();
        println!(
            "{}\t{}\t{}\t{}",
            row.hub.id,
            row.institution,
            row.hub.base_url,
            counts.join(", ")
        );
    }
    Ok(())
}
