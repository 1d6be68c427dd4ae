//! Geometry of the usage-over-time chart, in plain Rust.
//!
//! Counts are drawn per day. Past `max_points` days the series are
//! decimated by buckets that keep each bucket's minimum and maximum (the
//! maximum from `peak_billed`), so peaks survive; the tier step line is drawn
//! from its changes only, so every step survives; upgrades, notifications,
//! update dates and renewals are markers, never decimated.

use std::fmt::Write;

use chrono::NaiveDateTime;
// Pixel coordinates only: money itself never becomes a float.
use rust_decimal::prelude::ToPrimitive;

use tierwise_engine::outcome::{Outcome, Stamp};

/// A coordinate printed with one decimal by integer arithmetic (float
/// formatting would add kilobytes to the browser bundle).
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
pub struct P(pub f64);

impl std::fmt::Display for P {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let tenths = (self.0 * 10.0).round() as i64;
        let sign = if tenths < 0 { "-" } else { "" };
        let t = tenths.unsigned_abs();
        write!(f, "{sign}{}.{}", t / 10, t % 10)
    }
}

/// Appends `v` as [`P`] shows it (one decimal), without the formatting
/// machinery: paths of up to 900 points are rebuilt on every edit.
pub fn push_coord(out: &mut String, v: f64) {
    let tenths = (v * 10.0).round() as i64;
    if tenths < 0 {
        out.push('-');
    }
    let t = tenths.unsigned_abs();
    let mut buf = [0u8; 20];
    let mut i = buf.len();
    let mut n = t / 10;
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    for &b in &buf[i..] {
        out.push(b as char);
    }
    out.push('.');
    out.push((b'0' + (t % 10) as u8) as char);
}

/// Appends an SVG command with a point: `M12.0,34.5`.
fn push_point(out: &mut String, cmd: char, x: f64, y: f64) {
    out.push(cmd);
    push_coord(out, x);
    out.push(',');
    push_coord(out, y);
}

/// Plot margins: left, right, top, bottom.
pub const MARGIN: (f64, f64, f64, f64) = (56.0, 12.0, 12.0, 28.0);

/// What a marker marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkerKind {
    /// A processing instant (update date).
    Update,
    /// A renewal.
    Renewal,
    /// A tier upgrade.
    Upgrade,
    /// A threshold notification (with its delivery window).
    Notification,
}

/// A marker at an instant.
#[derive(Debug, Clone, PartialEq)]
pub struct Marker {
    /// Kind.
    pub kind: MarkerKind,
    /// x of the instant.
    pub x: f64,
    /// y (for point markers).
    pub y: f64,
    /// For notifications: x of the window's start and end.
    pub window: Option<(f64, f64)>,
    /// Index into the outcome's list of that kind.
    pub index: usize,
}

/// Everything needed to draw the chart.
#[derive(Debug, Clone, PartialEq)]
pub struct Geometry {
    /// Total width.
    pub width: f64,
    /// Total height.
    pub height: f64,
    /// Billed count (end of day, with each bucket's peak), as an SVG path.
    pub billed: String,
    /// Live marketing count.
    pub marketing: String,
    /// Tier capacity, a step line.
    pub tier: String,
    /// The 75/90/98 % (or configured) bands as step lines: (percent, path).
    pub bands: Vec<(u32, String)>,
    /// Markers.
    pub markers: Vec<Marker>,
    /// y axis ticks: (y, value).
    pub y_ticks: Vec<(f64, u64)>,
    /// x axis ticks: (x, day index).
    pub x_ticks: Vec<(f64, usize)>,
    /// x of each day (for hover and keyboard focus).
    pub day_x: Vec<f64>,
    /// The value at the top of the y axis.
    pub y_max: u64,
}

struct Scale {
    x0: f64,
    dx: f64,
    y0: f64,
    h: f64,
    max: f64,
    first: NaiveDateTime,
}

impl Scale {
    fn x(&self, day: f64) -> f64 {
        self.x0 + day * self.dx
    }
    fn y(&self, v: u64) -> f64 {
        self.y0 + self.h - (v as f64 / self.max) * self.h
    }
    /// x of an instant, by its local time in the account's zone.
    fn x_at(&self, s: &Stamp) -> f64 {
        let t = s.local();
        let secs = (t - self.first).num_seconds() as f64;
        self.x(secs / 86_400.0)
    }
}

/// A round step for about `n` ticks up to `max`.
fn nice_step(max: u64, n: u64) -> u64 {
    let raw = (max / n.max(1)).max(1);
    let mag = 10u64.pow(raw.ilog10());
    for m in [1, 2, 5, 10] {
        if raw <= m * mag {
            return m * mag;
        }
    }
    10 * mag
}

/// Lays out the chart for an outcome, `width` × `height` pixels, drawing at
/// most `max_points` points per series.
pub fn layout(
    o: &Outcome,
    thresholds: &[u32],
    width: f64,
    height: f64,
    max_points: usize,
) -> Geometry {
    let n = o.days.len().max(1);
    let (ml, mr, mt, mb) = MARGIN;
    let plot_w = (width - ml - mr).max(1.0);
    let plot_h = (height - mt - mb).max(1.0);
    let top = o
        .days
        .iter()
        .map(|d| d.peak_billed.max(d.tier))
        .max()
        .unwrap_or(1)
        .max(1);
    let step = nice_step(top, 5);
    let y_max = (top / step + 1) * step;
    let first = o
        .days
        .first()
        .map(|d| d.date.and_time(chrono::NaiveTime::MIN))
        .unwrap_or_default();
    let s = Scale {
        x0: ml,
        dx: plot_w / n as f64,
        y0: mt,
        h: plot_h,
        max: y_max as f64,
        first,
    };

    let bucket = n.div_ceil(max_points.max(1)).max(1);
    let mut billed = String::new();
    let mut marketing = String::new();
    for (b, chunk) in o.days.chunks(bucket).enumerate() {
        let i = (b * bucket) as f64;
        let (x_start, x_end) = (s.x(i), s.x(i + chunk.len() as f64));
        let hi = chunk.iter().map(|d| d.peak_billed).max().unwrap_or(0);
        let lo = chunk.iter().map(|d| d.billed).min().unwrap_or(0);
        let last = chunk.last().map_or(0, |d| d.billed);
        let cmd = if b == 0 { 'M' } else { 'L' };
        push_point(&mut billed, cmd, x_start, s.y(hi));
        if bucket != 1 {
            push_point(&mut billed, 'L', x_start, s.y(lo));
        }
        push_point(&mut billed, 'L', x_end, s.y(last));
        let m_hi = chunk.iter().map(|d| d.marketing).max().unwrap_or(0);
        let m_last = chunk.last().map_or(0, |d| d.marketing);
        push_point(&mut marketing, cmd, x_start, s.y(m_hi));
        push_point(&mut marketing, 'L', x_end, s.y(m_last));
    }

    let step_line = |scale: f64| {
        let mut p = String::new();
        let mut current: Option<u64> = None;
        for (i, d) in o.days.iter().enumerate() {
            let v = (d.tier as f64 * scale) as u64;
            match current {
                None => push_point(&mut p, 'M', s.x(0.0), s.y(v)),
                Some(c) if c != v => {
                    p.push('H');
                    push_coord(&mut p, s.x(i as f64));
                    p.push('V');
                    push_coord(&mut p, s.y(v));
                }
                _ => {}
            }
            current = Some(v);
        }
        p.push('H');
        push_coord(&mut p, s.x(n as f64));
        p
    };
    let tier = step_line(1.0);
    let bands = thresholds
        .iter()
        .map(|&t| (t, step_line(f64::from(t) / 100.0)))
        .collect();

    let mut markers = Vec::new();
    let push_all = |kind: MarkerKind, stamps: &[Stamp], markers: &mut Vec<Marker>| {
        for (index, st) in stamps.iter().enumerate() {
            markers.push(Marker {
                kind,
                x: s.x_at(st),
                y: s.y0 + s.h,
                window: None,
                index,
            });
        }
    };
    push_all(MarkerKind::Update, &o.update_dates, &mut markers);
    push_all(MarkerKind::Renewal, &o.renewals, &mut markers);
    for (index, u) in o.upgrades.iter().enumerate() {
        markers.push(Marker {
            kind: MarkerKind::Upgrade,
            x: s.x_at(&u.at),
            y: s.y(u.to_tier),
            window: None,
            index,
        });
    }
    for (index, nt) in o.notifications.iter().enumerate() {
        markers.push(Marker {
            kind: MarkerKind::Notification,
            x: s.x_at(&nt.reached_at),
            y: s.y(nt.billed),
            window: Some((s.x_at(&nt.window_start), s.x_at(&nt.window_end))),
            index,
        });
    }

    let y_ticks = (0..=y_max / step)
        .map(|k| (s.y(k * step), k * step))
        .collect();
    // As many date labels as fit, about 110 px each: six on a wide
    // screen, two on a phone.
    let labels = ((plot_w / 110.0).floor() as usize).clamp(2, 6);
    let tick_every = (n / labels).max(1);
    // A last tick too close to the end would crowd its neighbour's label.
    let x_ticks = (0..n)
        .step_by(tick_every)
        .filter(|&i| i == 0 || i + tick_every / 2 <= n)
        .map(|i| (s.x(i as f64), i))
        .collect();
    let day_x = (0..n).map(|i| s.x(i as f64 + 0.5)).collect();
    Geometry {
        width,
        height,
        billed,
        marketing,
        tier,
        bands,
        markers,
        y_ticks,
        x_ticks,
        day_x,
        y_max,
    }
}

/// The day under the pointer at `x`, in the drawing's units. Each day owns
/// its slot of the x axis; a pointer within `slop` of an update-date or
/// renewal line reads that line's day, since a person pointing at the line
/// means it, and a line at midnight is exactly on the border of two slots.
pub fn day_under(g: &Geometry, x: f64, slop: f64) -> usize {
    let n = g.day_x.len();
    if n == 0 {
        return 0;
    }
    let dx = if n > 1 {
        g.day_x[1] - g.day_x[0]
    } else {
        (g.width - MARGIN.0 - MARGIN.1).max(1.0)
    };
    let x0 = g.day_x[0] - dx / 2.0;
    let slot = |x: f64| (((x - x0) / dx + 1e-6).floor().max(0.0) as usize).min(n - 1);
    let line = g
        .markers
        .iter()
        .filter(|m| matches!(m.kind, MarkerKind::Update | MarkerKind::Renewal))
        .filter(|m| (m.x - x).abs() <= slop)
        .min_by(|a, b| (a.x - x).abs().total_cmp(&(b.x - x).abs()));
    slot(line.map_or(x, |m| m.x))
}

/// The cumulative cost over the horizon as a step path.
pub fn cost_path(o: &Outcome, width: f64, height: f64) -> String {
    let n = o.days.len().max(1);
    // Edge to edge: the scale beside it reads the total at the top and zero
    // at the bottom, the first and last days under its ends.
    let (ml, mt) = (0.0, 1.0);
    let plot_w = width.max(1.0);
    let plot_h = (height - 2.0).max(1.0);
    let total: f64 = o.total.to_f64().unwrap_or(0.0);
    let max = if total > 0.0 { total } else { 1.0 };
    let first = o.days.first().map(|d| d.date);
    let x = |day: usize| ml + day as f64 * plot_w / n as f64;
    let y = |v: f64| mt + plot_h - v / max * plot_h;
    let mut p = format!("M{},{}", P(x(0)), P(y(0.0)));
    let mut running = 0.0;
    for line in &o.invoice_lines {
        let day = first.map_or(0, |f| (line.date - f).num_days().max(0) as usize);
        running += line.amount.to_f64().unwrap_or(0.0);
        let _ = write!(p, "H{}V{}", P(x(day)), P(y(running)));
    }
    let _ = write!(p, "H{}", P(x(n)));
    p
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn push_coord_writes_what_p_displays() {
        for v in [
            0.0, 0.04, 0.05, -0.05, -0.04, 1.25, 899.99, 12345.678, -3.5, 1e12,
        ] {
            let mut s = String::new();
            push_coord(&mut s, v);
            assert_eq!(s, P(v).to_string(), "{v}");
        }
    }
    use tierwise_engine as engine;

    /// Issue 18, item 14: a phone-wide chart gets fewer date labels, each
    /// with room for "Nov 26, 2026", instead of a squeezed six.
    #[test]
    fn date_labels_keep_their_room_at_any_width() {
        let o = outcome(5, 2);
        for width in [320.0, 360.0, 600.0, 900.0, 1400.0] {
            let g = layout(&o, &[], width, 260.0, 900);
            assert!(g.x_ticks.len() >= 2, "{width}");
            for pair in g.x_ticks.windows(2) {
                assert!(pair[1].0 - pair[0].0 >= 100.0, "{width}: {:?}", g.x_ticks);
            }
        }
        assert_eq!(layout(&o, &[], 900.0, 340.0, 900).x_ticks.len(), 6);
    }

    fn outcome(events: usize, years: u32) -> Outcome {
        engine::evaluate(
            &engine::synthetic::scenario(events, years, 3),
            engine::Options::FULL,
        )
        .unwrap()
    }

    /// The pointer reads the day whose slot it is in, and a line's own day
    /// when it is on or near the line: the renewal line on Jan 1 reads Jan 1
    /// from either side, the right edge reads the last day.
    #[test]
    fn the_pointer_reads_the_day_under_it_and_the_day_of_a_line() {
        let v = serde_json::json!({ "version": 1,
            "account": { "edition": "professional", "term": "annual", "start": "2026-01-01", "as_of": "2026-11-26" },
            "contacts": { "marketing": 1900 }, "until": "2027-12-31" });
        let o = engine::evaluate(&engine::from_value(v).unwrap(), engine::Options::FULL).unwrap();
        let g = layout(&o, &[], 900.0, 340.0, 900);
        let jan1 = o
            .days
            .iter()
            .position(|d| d.date.to_string() == "2027-01-01")
            .unwrap();
        let renewal = g
            .markers
            .iter()
            .find(|m| m.kind == MarkerKind::Renewal)
            .unwrap();
        for dx in [-1.5, -0.5, 0.0, 0.5, 1.5] {
            assert_eq!(day_under(&g, renewal.x + dx, 2.0), jan1, "{dx}");
        }
        // Away from any line, each slot is its own day.
        assert_eq!(day_under(&g, g.day_x[10], 2.0), 10);
        assert_eq!(day_under(&g, MARGIN.0 + 0.1, 2.0), 0);
        assert_eq!(day_under(&g, 900.0 - MARGIN.1 - 0.1, 2.0), o.days.len() - 1);
        assert_eq!(day_under(&g, 2000.0, 2.0), o.days.len() - 1);
        assert_eq!(day_under(&g, -50.0, 2.0), 0);
    }

    #[test]
    fn fifty_years_of_days_are_drawn_with_a_bounded_number_of_points() {
        let o = outcome(2000, 50);
        let g = layout(&o, &[75, 90, 98], 900.0, 320.0, 800);
        let points = g.billed.matches(['M', 'L']).count();
        assert!(points <= 3 * 800, "{points} points");
        assert_eq!(g.day_x.len(), o.days.len());
    }

    #[test]
    fn decimation_keeps_every_tier_step_and_the_highest_peak() {
        let o = outcome(3000, 50);
        let g = layout(&o, &[], 900.0, 320.0, 200);
        let changes = o.days.windows(2).filter(|w| w[0].tier != w[1].tier).count();
        assert_eq!(g.tier.matches('V').count(), changes);
        let peak = o.days.iter().map(|d| d.peak_billed).max().unwrap();
        let s_peak = format!(
            "{}",
            P(MARGIN.2 + (320.0 - MARGIN.2 - MARGIN.3) * (1.0 - peak as f64 / g.y_max as f64)),
        );
        assert!(g.billed.contains(&s_peak), "the peak's y {s_peak} is drawn");
        assert_eq!(
            g.markers
                .iter()
                .filter(|m| m.kind == MarkerKind::Upgrade)
                .count(),
            o.upgrades.len()
        );
    }

    #[test]
    fn nice_steps_are_round() {
        assert_eq!(nice_step(2000, 5), 500);
        assert_eq!(nice_step(7000, 5), 2000);
        assert_eq!(nice_step(12, 5), 2);
        assert_eq!(nice_step(0, 5), 1);
    }
}
