//! The usage-over-time chart: SVG drawn by the app from [`crate::app::chart`].
//! Hover or keyboard focus (← → Home End) shows a day's values.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::chart::{layout, MarkerKind, MARGIN, P};
use crate::app::text::Format;
use crate::engine::outcome::Outcome;
use crate::ui::Ctx;

const W: f64 = 900.0;
const H: f64 = 340.0;

/// Props of [`UsageChart`].
#[derive(Properties, PartialEq)]
pub struct UsageChartProps {
    /// The outcome to draw.
    pub outcome: Rc<Outcome>,
    /// Notification thresholds (percent) for the bands.
    pub thresholds: Vec<u32>,
}

/// The usage chart.
#[component]
pub fn UsageChart(props: &UsageChartProps) -> Html {
    let ctx = use_context::<Ctx>().expect("context");
    let fmt = &ctx.fmt.0;
    let o = &props.outcome;
    let g = use_memo(
        (props.outcome.clone(), props.thresholds.clone()),
        |(o, t)| layout(o, t, W, H, 900),
    );
    let cursor = use_state(|| None::<usize>);
    let n = o.days.len();
    let day_at = {
        let g = g.clone();
        move |x: f64| -> usize {
            let i = g.day_x.partition_point(|&dx| dx < x);
            i.min(g.day_x.len().saturating_sub(1))
        }
    };
    let onmousemove = {
        let cursor = cursor.clone();
        let day_at = day_at.clone();
        Callback::from(move |e: MouseEvent| {
            let Some(el) = e
                .current_target()
                .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            else {
                return;
            };
            let width = f64::from(el.client_width().max(1));
            cursor.set(Some(day_at(f64::from(e.offset_x()) * W / width)));
        })
    };
    let onkeydown = {
        let cursor = cursor.clone();
        Callback::from(move |e: KeyboardEvent| {
            let current = (*cursor).unwrap_or(0);
            let next = match e.key().as_str() {
                "ArrowRight" => (current + 1).min(n.saturating_sub(1)),
                "ArrowLeft" => current.saturating_sub(1),
                "PageDown" => (current + 30).min(n.saturating_sub(1)),
                "PageUp" => current.saturating_sub(30),
                "Home" => 0,
                "End" => n.saturating_sub(1),
                _ => return,
            };
            e.prevent_default();
            cursor.set(Some(next));
        })
    };
    let onfocus = {
        let cursor = cursor.clone();
        Callback::from(move |_: FocusEvent| {
            if cursor.is_none() {
                cursor.set(Some(0));
            }
        })
    };
    let (ml, mr, mt, mb) = MARGIN;
    let readout = (*cursor).and_then(|i| o.days.get(i)).map(|d| {
        let events: Vec<String> = o
            .upgrades
            .iter()
            .filter(|u| u.at.local().date() == d.date)
            .map(|u| {
                format!(
                    "upgrade {} → {}",
                    fmt.count(u.from_tier),
                    fmt.count(u.to_tier)
                )
            })
            .chain(
                o.notifications
                    .iter()
                    .filter(|n| n.reached_at.local().date() == d.date)
                    .map(|n| {
                        if n.threshold == 100 {
                            "tier exceeded".to_string()
                        } else {
                            format!("{} % reached", n.threshold)
                        }
                    }),
            )
            .chain(
                o.update_dates
                    .iter()
                    .filter(|u| u.local().date() == d.date)
                    .map(|_| "update date".to_string()),
            )
            .chain(
                o.renewals
                    .iter()
                    .filter(|u| u.local().date() == d.date)
                    .map(|_| "renewal".to_string()),
            )
            .collect();
        format!(
            "{}: billed {} (peak {}), marketing {}, pending {}, tier {}{}",
            fmt.date(d.date),
            fmt.count(d.billed),
            fmt.count(d.peak_billed),
            fmt.count(d.marketing),
            fmt.count(d.pending_non_marketing),
            fmt.count(d.tier),
            if events.is_empty() {
                String::new()
            } else {
                format!(" · {}", events.join(", "))
            }
        )
    });
    let cursor_x = (*cursor).and_then(|i| g.day_x.get(i).copied());
    let bottom = H - mb;

    html! {
        <section class="card chart" aria-labelledby="chart-h">
            <h2 id="chart-h">{ "Usage over time" }</h2>
            <ul class="legend">
                <li class="k-billed">{ "Billed (marketing + pending)" }</li>
                <li class="k-marketing">{ "Live marketing" }</li>
                <li class="k-tier">{ "Tier" }</li>
                <li class="k-band">{ format!("{} % of tier", props.thresholds.iter().map(|t| t.to_string()).collect::<Vec<_>>().join(" / ")) }</li>
                <li class="k-upgrade">{ "Upgrade" }</li>
                <li class="k-notice">{ "Notification (24–48 h window)" }</li>
                <li class="k-update">{ "Update date" }</li>
                <li class="k-renewal">{ "Renewal" }</li>
            </ul>
            <figure tabindex="0" class="plot" aria-label="Usage chart. Use the arrow keys to move through the days." {onkeydown} {onfocus}
                aria-describedby="chart-readout">
                <svg viewBox={format!("0 0 {W} {H}")} preserveAspectRatio="none" role="img" {onmousemove}
                    aria-label={format!("Billed contacts from {} to {}", o.days.first().map(|d| fmt.date(d.date)).unwrap_or_default(), o.days.last().map(|d| fmt.date(d.date)).unwrap_or_default())}>
                    <g class="grid">
                        for (y, v) in g.y_ticks.iter() {
                            <line x1={P(ml).to_string()} x2={P(W - mr).to_string()} y1={P(*y).to_string()} y2={P(*y).to_string()} />
                            <text x={P(ml - 6.0).to_string()} y={P(y + 4.0).to_string()} text-anchor="end">{ fmt.count(*v) }</text>
                        }
                        for (x, i) in g.x_ticks.iter() {
                            <text x={P(*x).to_string()} y={P(H - 8.0).to_string()} text-anchor="start">{ o.days.get(*i).map(|d| fmt.date(d.date)).unwrap_or_default() }</text>
                        }
                    </g>
                    <g class="dates">
                        for m in g.markers.iter().filter(|m| matches!(m.kind, MarkerKind::Update | MarkerKind::Renewal)) {
                            <line class={if m.kind == MarkerKind::Renewal { "renewal" } else { "update" }}
                                x1={P(m.x).to_string()} x2={P(m.x).to_string()} y1={P(mt).to_string()} y2={P(bottom).to_string()}>
                                <title>{ if m.kind == MarkerKind::Renewal { format!("Renewal {}", fmt.instant(&o.renewals[m.index])) } else { format!("Update date {}", fmt.instant(&o.update_dates[m.index])) } }</title>
                            </line>
                        }
                    </g>
                    for (t, path) in g.bands.iter() {
                        <path class={format!("band band-{t}")} d={path.clone()} />
                    }
                    <path class="tier" d={g.tier.clone()} />
                    <path class="marketing" d={g.marketing.clone()} />
                    <path class="billed" d={g.billed.clone()} />
                    for m in g.markers.iter().filter(|m| m.kind == MarkerKind::Notification) {
                        <g class="notice">
                            if let Some((a, b)) = m.window {
                                <rect x={P(a).to_string()} y={P(bottom - 6.0).to_string()} width={P((b - a).max(1.0)).to_string()} height="6" />
                            }
                            <circle cx={P(m.x).to_string()} cy={P(m.y).to_string()} r="3.5">
                                <title>{ {
                                    let nt = &o.notifications[m.index];
                                    format!("{} — {}; delivered between {} and {}",
                                        if nt.threshold == 100 { format!("Tier {} exceeded", fmt.count(nt.tier)) } else { format!("{} % of tier {} reached", nt.threshold, fmt.count(nt.tier)) },
                                        fmt.instant(&nt.reached_at), fmt.instant(&nt.window_start), fmt.instant(&nt.window_end))
                                } }</title>
                            </circle>
                        </g>
                    }
                    for m in g.markers.iter().filter(|m| m.kind == MarkerKind::Upgrade) {
                        <g class="upgrade">
                            <rect x={P(m.x - 5.0).to_string()} y={P(m.y - 5.0).to_string()} width="10" height="10" transform={format!("rotate(45 {} {})", P(m.x), P(m.y))} />
                            <title>{ {
                                let u = &o.upgrades[m.index];
                                format!("Upgrade {} → {} at {}; {} charged {}", fmt.count(u.from_tier), fmt.count(u.to_tier), fmt.instant(&u.at), fmt.money(&u.amount), fmt.date(u.charge_date))
                            } }</title>
                        </g>
                    }
                    if let Some(x) = cursor_x {
                        <line class="cursor" x1={P(x).to_string()} x2={P(x).to_string()} y1={P(mt).to_string()} y2={P(bottom).to_string()} />
                    }
                </svg>
            </figure>
            <p id="chart-readout" class="readout" aria-live="polite">
                { readout.unwrap_or_else(|| "Point at the chart, or focus it and use the arrow keys, to read a day's values.".to_string()) }
            </p>
        </section>
    }
}
