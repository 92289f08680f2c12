//! Small charts drawn on the server as SVG, so they cost no JavaScript and print well. Only
//! numbers and escaped labels go into the markup.
fn escape(s: &str) -> String {
    crate::text::escape_html(s)
}

const W: f32 = 640.0;
const H: f32 = 200.0;
const LEFT: f32 = 36.0;
const BOTTOM: f32 = 24.0;
const TOP: f32 = 10.0;

fn frame(title: &str, body: &str) -> String {
    let mut axis = String::new();
    for pct in [0, 50, 100] {
        let y = TOP + (H - TOP - BOTTOM) * (1.0 - pct as f32 / 100.0);
        axis.push_str(&format!(
            r##"<line x1="{LEFT}" x2="{W}" y1="{y:.1}" y2="{y:.1}" stroke="#d9dedf"/><text x="{:.1}" y="{:.1}" font-size="11" text-anchor="end" fill="#4a5960">{pct}%</text>"##,
            LEFT - 4.0,
            y + 4.0
        ));
    }
    format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {W} {H}" role="img" aria-label="{t}" class="chart"><title>{t}</title>{axis}{body}</svg>"#,
        t = escape(title)
    )
}

fn x_of(i: usize, n: usize) -> f32 {
    LEFT + (W - LEFT) * (i as f32 + 0.5) / n.max(1) as f32
}

fn y_of(pct: u32) -> f32 {
    TOP + (H - TOP - BOTTOM) * (1.0 - pct.min(100) as f32 / 100.0)
}

/// Bars per item; `None` draws nothing (no data yet). Labels under each bar.
pub fn bars(title: &str, items: &[(String, Option<u32>)]) -> String {
    let n = items.len();
    let width = ((W - LEFT) / n.max(1) as f32 * 0.6).max(2.0);
    let mut body = String::new();
    for (i, (label, v)) in items.iter().enumerate() {
        let x = x_of(i, n);
        if let Some(v) = v {
            let y = y_of(*v);
            body.push_str(&format!(
                r##"<rect x="{:.1}" y="{y:.1}" width="{width:.1}" height="{:.1}" fill="#0b5d57"><title>{}: {v}%</title></rect>"##,
                x - width / 2.0,
                H - BOTTOM - y,
                escape(label)
            ));
        }
        body.push_str(&format!(
            r##"<text x="{x:.1}" y="{:.1}" font-size="11" text-anchor="middle" fill="#4a5960">{}</text>"##,
            H - 8.0,
            escape(label)
        ));
    }
    frame(title, &body)
}

/// A line through the points, with a dot on each.
pub fn line(title: &str, points: &[(String, u32)]) -> String {
    let n = points.len();
    let coords: Vec<String> = points
        .iter()
        .enumerate()
        .map(|(i, (_, v))| format!("{:.1},{:.1}", x_of(i, n), y_of(*v)))
        .collect();
    let mut body = format!(
        r##"<polyline points="{}" fill="none" stroke="#0b5d57" stroke-width="2"/>"##,
        coords.join(" ")
    );
    for (i, (label, v)) in points.iter().enumerate() {
        let x = x_of(i, n);
        body.push_str(&format!(
            r##"<circle cx="{x:.1}" cy="{:.1}" r="3" fill="#0b5d57"><title>{}: {v}%</title></circle><text x="{x:.1}" y="{:.1}" font-size="11" text-anchor="middle" fill="#4a5960">{}</text>"##,
            y_of(*v),
            escape(label),
            H - 8.0,
            escape(label)
        ));
    }
    frame(title, &body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn charts_are_svg_with_escaped_labels() {
        let b = bars(
            "Attendance <per> week",
            &[("01".into(), Some(80)), ("02".into(), None)],
        );
        assert!(b.starts_with("<svg") && b.contains("Attendance &lt;per&gt; week"));
        assert_eq!(b.matches("<rect").count(), 1);
        let l = line("Completion", &[("01".into(), 0), ("02".into(), 50)]);
        assert_eq!(l.matches("<circle").count(), 2);
        assert!(!l.contains("<script"));
    }
}
