//! The usage-over-time chart: SVG drawn by the app from [`tierwise_app::chart`].
//! Hover or keyboard focus (← → Home End) shows a day's values.

use std::rc::Rc;

use yew::prelude::*;

use crate::context::Ctx;
use tierwise_app::catalogue::{Arg, T};
use tierwise_app::chart::{layout, MarkerKind, MARGIN, P};
use tierwise_engine::outcome::Outcome;

/// The chart's drawing size; the SVG's viewBox says the same.
const W: f64 = 900.0;
const H: f64 = 340.0;

/// Props of [`UsageChart`].
#[derive(Properties, PartialEq)]
pub struct UsageChartProps {
    /// The outcome to draw.
    pub outcome: Rc<Outcome>,
    /// Notification thresholds (percent) for the bands.
    pub thresholds: Vec<u32>,
    /// The last date of a usage history, which the chart shades.
    #[prop_or_default]
    pub history_end: Option<chrono::NaiveDate>,
}

/// The usage chart.
#[component]
pub fn UsageChart(props: &UsageChartProps) -> Html {
    let ctx = use_context::<Ctx>().expect("context");
    let fmt = &ctx.fmt.0;
    let o = &props.outcome;
    // Drawn at the size it is shown, one unit a pixel: a drawing scaled
    // to a phone's width squashed its axis text.
    let svg = use_node_ref();
    let size = use_state(|| (W, H));
    {
        let svg = svg.clone();
        let size = size.clone();
        use_effect_with((), move |_| {
            let measure = move || {
                if let Some(el) = svg.cast::<web_sys::Element>() {
                    let r = el.get_bounding_client_rect();
                    let next = (r.width().round(), r.height().round());
                    if next.0 >= 100.0 && next.1 >= 100.0 && next != *size {
                        size.set(next);
                    }
                }
            };
            measure();
            let listener = web_sys::window()
                .map(|win| gloo_events::EventListener::new(&win, "resize", move |_| measure()));
            move || drop(listener)
        });
    }
    let (w, h) = *size;
    let g = use_memo(
        (
            props.outcome.clone(),
            props.thresholds.clone(),
            w as u32,
            h as u32,
        ),
        move |(o, t, _, _)| layout(o, t, w, h, 900),
    );
    let cursor = use_state(|| None::<usize>);
    let n = o.days.len();
    // The drawing itself, to measure the pointer against. Not the event's
    // current target: Yew delegates events to the app's root, so that is the
    // page, and offsetX is relative to whichever line is under the pointer.
    let onmousemove = {
        let cursor = cursor.clone();
        let svg = svg.clone();
        let g_hover = g.clone();
        Callback::from(move |e: MouseEvent| {
            let Some(el) = svg.cast::<web_sys::Element>() else {
                return;
            };
            // The pointer's place in the drawing's own coordinates, from its
            // box on screen: right over any of its lines, at every width and
            // zoom.
            let rect = el.get_bounding_client_rect();
            if rect.width() <= 0.0 {
                return;
            }
            let units_per_px = w / rect.width();
            let x = (f64::from(e.client_x()) - rect.left()) * units_per_px;
            // Within 3 screen pixels of a date line reads that line's day.
            cursor.set(Some(tierwise_app::chart::day_under(
                &g_hover,
                x,
                3.0 * units_per_px,
            )));
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
                ctx.say(
                    T::ReadUpgrade,
                    &[
                        ("from", Arg::count(u.from_tier)),
                        ("to", Arg::count(u.to_tier)),
                    ],
                )
            })
            .chain(
                o.notifications
                    .iter()
                    .filter(|n| n.reached_at.local().date() == d.date)
                    .map(|n| {
                        if n.threshold == 100 {
                            ctx.t(T::ReadExceeded).to_string()
                        } else {
                            ctx.say(T::ReadReached, &[("p", Arg::count(n.threshold))])
                        }
                    }),
            )
            .chain(
                o.update_dates
                    .iter()
                    .filter(|u| u.local().date() == d.date)
                    .map(|_| ctx.t(T::LegendUpdate).to_string()),
            )
            .chain(
                o.renewals
                    .iter()
                    .filter(|u| u.local().date() == d.date)
                    .map(|_| ctx.t(T::LegendRenewal).to_string()),
            )
            .chain(
                props
                    .history_end
                    .filter(|&end| d.date <= end)
                    .map(|_| ctx.t(T::ChartHistory).to_string()),
            )
            .collect();
        let base = ctx.say(
            T::Readout,
            &[
                ("date", Arg::from(&fmt.date(d.date))),
                ("billed", Arg::count(d.billed)),
                ("peak", Arg::count(d.peak_billed)),
                ("marketing", Arg::count(d.marketing)),
                ("pending", Arg::count(d.pending_non_marketing)),
                ("tier", Arg::count(d.tier)),
            ],
        );
        if events.is_empty() {
            base
        } else {
            format!("{base} · {}", events.join(", "))
        }
    });
    let cursor_x = (*cursor).and_then(|i| g.day_x.get(i).copied());
    // The shaded span of the history: from the first day to the end of its last.
    let history_x = props.history_end.map(|end| {
        let i = o.days.partition_point(|d| d.date <= end);
        let x = g.day_x.get(i).copied().unwrap_or(w - mr);
        x.min(w - mr)
    });
    let bottom = h - mb;

    html! {
        <section class="card chart" aria-labelledby="chart-h">
            <h2 id="chart-h">{ ctx.t(T::UsageH) }</h2>
            <ul class="legend">
                <li class="k-billed">{ ctx.t(T::LegendBilled) }</li>
                <li class="k-marketing">{ ctx.t(T::LegendMarketing) }</li>
                <li class="k-tier">{ ctx.t(T::Tier) }</li>
                <li class="k-band">{ ctx.tf(T::LegendBand, &[("list", &props.thresholds.iter().map(|t| t.to_string()).collect::<Vec<_>>().join(" / "))]) }</li>
                <li class="k-upgrade">{ ctx.t(T::LegendUpgrade) }</li>
                <li class="k-notice">{ ctx.t(T::LegendNotice) }</li>
                <li class="k-update">{ ctx.t(T::LegendUpdate) }</li>
                <li class="k-renewal">{ ctx.t(T::LegendRenewal) }</li>
            </ul>
            <figure tabindex="0" class="plot" id="chart-plot"  aria-label={ctx.t(T::ChartLabel)} {onkeydown} {onfocus}
                aria-describedby="chart-readout">
                <svg ref={svg} viewBox={format!("0 0 {} {}", w as u32, h as u32)} preserveAspectRatio="none" role="img" {onmousemove}
                    aria-label={ctx.tf(T::ChartAria, &[("from", &o.days.first().map(|d| fmt.date(d.date)).unwrap_or_default()), ("to", &o.days.last().map(|d| fmt.date(d.date)).unwrap_or_default())])}>
                    <g class="grid">
                        for (y, v) in g.y_ticks.iter() {
                            <line x1={P(ml).to_string()} x2={P(w - mr).to_string()} y1={P(*y).to_string()} y2={P(*y).to_string()} />
                            <text x={P(ml - 6.0).to_string()} y={P(y + 4.0).to_string()} text-anchor="end">{ fmt.count(*v) }</text>
                        }
                        for (x, i) in g.x_ticks.iter() {
                            <text x={P(if *x > w - 110.0 { w - mr } else { *x }).to_string()} y={P(h - 8.0).to_string()} text-anchor={if *x > w - 110.0 { "end" } else { "start" }}>{ o.days.get(*i).map(|d| fmt.date(d.date)).unwrap_or_default() }</text>
                        }
                    </g>
                    if let Some(x) = history_x {
                        <g class="history-span">
                            <rect x={P(ml).to_string()} y={P(mt).to_string()} width={P((x - ml).max(1.0)).to_string()} height={P(bottom - mt).to_string()} />
                            <text x={P(ml + 4.0).to_string()} y={P(mt + 12.0).to_string()}>{ ctx.t(T::ChartHistory) }</text>
                        </g>
                    }
                    <g class="dates">
                        for m in g.markers.iter().filter(|m| matches!(m.kind, MarkerKind::Update | MarkerKind::Renewal)) {
                            <line class={if m.kind == MarkerKind::Renewal { "renewal" } else { "update" }}
                                x1={P(m.x).to_string()} x2={P(m.x).to_string()} y1={P(mt).to_string()} y2={P(bottom).to_string()}>
                                <title>{ if m.kind == MarkerKind::Renewal { ctx.tf(T::TipRenewal, &[("at", &fmt.instant(&o.renewals[m.index]))]) } else { ctx.tf(T::TipUpdate, &[("at", &fmt.instant(&o.update_dates[m.index]))]) } }</title>
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
                                    ctx.tf(T::TipWindow, &[
                                        ("what", &if nt.threshold == 100 { ctx.say(T::TipExceeded, &[("tier", Arg::count(nt.tier))]) } else { ctx.say(T::TipReached, &[("p", Arg::count(nt.threshold)), ("tier", Arg::count(nt.tier))]) }),
                                        ("at", &fmt.instant(&nt.reached_at)), ("start", &fmt.instant(&nt.window_start)), ("end", &fmt.instant(&nt.window_end))])
                                } }</title>
                            </circle>
                        </g>
                    }
                    for m in g.markers.iter().filter(|m| m.kind == MarkerKind::Upgrade) {
                        <g class="upgrade">
                            <rect x={P(m.x - 5.0).to_string()} y={P(m.y - 5.0).to_string()} width="10" height="10" transform={format!("rotate(45 {} {})", P(m.x), P(m.y))} />
                            <title>{ {
                                let u = &o.upgrades[m.index];
                                ctx.say(T::TipUpgrade, &[("from", Arg::count(u.from_tier)), ("to", Arg::count(u.to_tier)), ("at", Arg::from(&fmt.instant(&u.at))), ("amount", Arg::from(&fmt.money(&u.amount))), ("date", Arg::from(&fmt.date(u.charge_date)))])
                            } }</title>
                        </g>
                    }
                    if let Some(x) = cursor_x {
                        <line class="cursor" x1={P(x).to_string()} x2={P(x).to_string()} y1={P(mt).to_string()} y2={P(bottom).to_string()} />
                    }
                </svg>
            </figure>
            <p id="chart-readout" class="readout" aria-live="polite">
                { readout.unwrap_or_else(|| ctx.t(T::ChartHelp).to_string()) }
            </p>
        </section>
    }
}
