//! The account: edition, term, dates, zone, processing time, tier, counts, cap.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::inputs::{NumberField, Select, TextField};
use crate::context::Ctx;
use tierwise_app::catalogue::{Arg, T};
use tierwise_app::state::{Action, Edit};
use tierwise_engine::price_book::{self, PriceBook};
use tierwise_engine::scenario::{Edition, Scenario, Term};
use tierwise_engine::zone::{REGIONS, SUPPORTED_ZONES};

/// Props of [`AccountForm`].
#[derive(Properties, PartialEq)]
pub struct AccountFormProps {
    /// The scenario being edited.
    pub scenario: Rc<Scenario>,
}

fn region_name(code: &str) -> T {
    match code {
        "north_america" => T::RegionNorthAmerica,
        "europe" => T::RegionEurope,
        "asia_pacific" => T::RegionAsiaPacific,
        "australia_new_zealand" => T::RegionAustralia,
        "japan" => T::RegionJapan,
        "latin_america" => T::RegionLatinAmerica,
        _ => T::RegionOther,
    }
}

/// The tier an automatic choice gives now: the smallest that holds the
/// billed count (marketing + pending) at the start.
fn automatic_tier(s: &Scenario) -> Option<u64> {
    let spec = s.prices.clone().unwrap_or_else(price_book::example);
    let book = PriceBook::from_spec(&spec, "prices").ok()?;
    let p = book.editions.get(&s.account.edition)?;
    let billed = s.contacts.marketing.max(0) + s.contacts.pending_non_marketing.max(0);
    Some(p.tier_for(u64::try_from(billed).ok()?))
}

/// The tiers to offer: from the base tier to a few above the count.
fn tier_options(s: &Scenario) -> Vec<u64> {
    let spec = s.prices.clone().unwrap_or_else(price_book::example);
    let Ok(book) = PriceBook::from_spec(&spec, "prices") else {
        return Vec::new();
    };
    let Some(p) = book.editions.get(&s.account.edition) else {
        return Vec::new();
    };
    let billed = (s.contacts.marketing.max(0) + s.contacts.pending_non_marketing.max(0)) as u64;
    let top = p.tier_for(billed.max(p.included)) + 10 * p.pack_size;
    let mut t = p.included;
    let mut out = Vec::new();
    while t <= top && out.len() < 60 {
        out.push(t);
        t += p.pack_size;
    }
    if let Some(current) = s.account.tier.and_then(|t| u64::try_from(t).ok()) {
        if !out.contains(&current) {
            out.push(current);
            out.sort();
            out.dedup();
        }
    }
    out
}

/// The account form.
#[component]
pub fn AccountForm(props: &AccountFormProps) -> Html {
    let ctx = use_context::<Ctx>().expect("context");
    let s = &props.scenario;
    let a = &s.account;
    let edit = |f: fn(String) -> Edit| ctx.dispatch.reform(move |v: String| Action::Edit(f(v)));
    let zone_error = use_state(|| None::<AttrValue>);

    let on_edition = ctx.dispatch.reform(|v: String| {
        let e = Edition::ALL
            .iter()
            .copied()
            .find(|e| e.code() == v)
            .unwrap_or(Edition::Professional);
        Action::Edit(Edit::Edition(e))
    });
    let term_of = |v: &str| {
        if v == "monthly" {
            Term::Monthly
        } else {
            Term::Annual
        }
    };
    let on_term = ctx
        .dispatch
        .reform(move |v: String| Action::Edit(Edit::Term(term_of(&v))));
    let on_billing = ctx.dispatch.reform(move |v: String| {
        Action::Edit(Edit::Billing(match v.as_str() {
            "" => None,
            other => Some(term_of(other)),
        }))
    });
    // "Other zone…" keeps the zone in force and takes the person to the
    // zone field; a region sets its zone.
    let other_zone = use_state(|| false);
    let on_region = {
        let (dispatch, other_zone) = (ctx.dispatch.clone(), other_zone.clone());
        Callback::from(
            move |code: String| match REGIONS.iter().find(|r| r.code == code) {
                Some(r) => {
                    other_zone.set(false);
                    dispatch.emit(Action::Edit(Edit::Timezone(r.zone.to_string())));
                }
                None => {
                    other_zone.set(true);
                    crate::browser::focus("#zone");
                }
            },
        )
    };
    let on_zone = {
        let dispatch = ctx.dispatch.clone();
        let lang = ctx.lang;
        use tierwise_app::catalogue::tf;
        let (zone_error, other_zone) = (zone_error.clone(), other_zone.clone());
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlInputElement>().value();
            // A pasted zone's spaces and its letter case are no reason to
            // refuse it: "asia/tokyo " is Asia/Tokyo.
            let known = SUPPORTED_ZONES
                .iter()
                .find(|z| z.eq_ignore_ascii_case(v.trim()));
            if let Some(z) = known {
                zone_error.set(None);
                other_zone.set(false);
                dispatch.emit(Action::Edit(Edit::Timezone(z.to_string())));
            } else {
                zone_error.set(Some(tf(lang, T::ZoneNotSupported, &[("zone", &v)]).into()));
            }
        })
    };
    let region = REGIONS
        .iter()
        .find(|r| r.zone == a.timezone && !*other_zone)
        .map_or("other", |r| r.code);
    let on_tier = ctx
        .dispatch
        .reform(|v: String| Action::Edit(Edit::Tier(v.parse().ok())));
    let tiers = tier_options(s);
    let tier_select =
        super::inputs::use_selected(&a.tier.map(|t| t.to_string()).unwrap_or_default());
    let auto_tier = automatic_tier(s);
    let fmt = &ctx.fmt.0;

    html! {
        <section class="card account" aria-labelledby="account-h">
            <h2 id="account-h">{ ctx.t(T::AccountH) }</h2>
            <TextField id="name" label={ctx.t(T::ScenarioName)} value={s.name.clone().unwrap_or_default()} error={ctx.error("name")}
                onchange={edit(Edit::Name)} />
            <div class="row">
                <Select id="edition" label={ctx.t(T::Edition)} value={a.edition.code()} onchange={on_edition}
                    options={vec![("starter".into(), ctx.t(T::Starter).into()), ("professional".into(), ctx.t(T::Professional).into()),
                                  ("enterprise".into(), ctx.t(T::Enterprise).into()), ("basic".into(), ctx.t(T::BasicLegacy).into())]} />
                <Select id="term" label={ctx.t(T::ContractTerm)} value={a.term.code()} onchange={on_term}
                    options={vec![("annual".into(), ctx.t(T::Annual).into()), ("monthly".into(), ctx.t(T::Monthly).into())]} />
                <Select id="billing" label={ctx.t(T::Billed)} value={a.billing.map_or("", |b| b.code())} onchange={on_billing}
                    hint={AttrValue::from(ctx.t(T::BillingHint))}
                    options={vec![("".into(), ctx.t(T::AsTheTerm).into()), ("monthly".into(), ctx.t(T::MonthlyAdverb).into()), ("annual".into(), ctx.t(T::Annually).into())]} />
            </div>
            <div class="row">
                <TextField id="start" label={ctx.t(T::PurchaseDate)} kind="date" value={a.start.clone()} error={ctx.error("account.start")} onchange={edit(Edit::Start)} />
                <TextField id="as-of" label={ctx.t(T::CountsAsOf)} kind="date" value={a.as_of.clone().unwrap_or_else(|| a.start.clone())} error={ctx.error("account.as_of")} onchange={edit(Edit::AsOf)} />
                <TextField id="until" label={ctx.t(T::SimulateUntil)} kind="date" value={s.until.clone()} error={ctx.error("until")} onchange={edit(Edit::Until)} />
            </div>
            if let Some(first) = s.history.first() {
                <p class="hint" id="history-as-of">{ ctx.say(T::HistoryAsOf, &[("first", Arg::from(&first.date)), ("rows", Arg::count(s.history.len()))]) }</p>
            }
            <div class="row">
                <Select id="region" label={ctx.t(T::BoughtThrough)} value={region} onchange={on_region}
                    hint={AttrValue::from(ctx.t(T::RegionHint))}
                    options={REGIONS.iter().map(|r| (AttrValue::from(r.code), AttrValue::from(ctx.t(region_name(r.code)))))
                        .chain(std::iter::once((AttrValue::from("other"), AttrValue::from(ctx.t(T::RegionOther))))).collect::<Vec<_>>()} />
                <div class={classes!("field", (zone_error.is_some() || ctx.error("account.timezone").is_some()).then_some("invalid"))}>
                    <label for="zone">{ ctx.t(T::ProcessingZone) }</label>
                    <input id="zone" type="search" list="zones" value={a.timezone.clone()} onchange={on_zone} autocomplete="off" />
                    <datalist id="zones">
                        for z in SUPPORTED_ZONES.iter() { <option value={*z} /> }
                    </datalist>
                    if let Some(e) = (*zone_error).clone().or_else(|| ctx.error("account.timezone")) { <small class="error" role="alert">{ e }</small> }
                </div>
                <Select id="processing" label={ctx.t(T::ProcessedAt)} value={a.processing_time.clone()} onchange={edit(Edit::ProcessingTime)}
                    hint={AttrValue::from(ctx.t(T::ProcessingHint))} error={ctx.error("account.processing_time")}
                    options={{
                        let mut o: Vec<(AttrValue, AttrValue)> = vec![("00:00".into(), ctx.t(T::Midnight).into()), ("12:00".into(), ctx.t(T::Noon).into())];
                        if !matches!(a.processing_time.as_str(), "00:00" | "12:00") {
                            o.push((a.processing_time.clone().into(), a.processing_time.clone().into()));
                        }
                        o
                    }} />
            </div>
            <div class="row">
                <NumberField id="marketing" label={ctx.t(T::MarketingContacts)} value={Some(s.contacts.marketing)} error={ctx.error("contacts.marketing")}
                    onchange={ctx.dispatch.reform(|v: Option<i64>| Action::Edit(Edit::Marketing(v.unwrap_or(0))))} />
                <NumberField id="non-marketing" label={ctx.t(T::NonMarketingContacts)} value={Some(s.contacts.non_marketing)} error={ctx.error("contacts.non_marketing")}
                    onchange={ctx.dispatch.reform(|v: Option<i64>| Action::Edit(Edit::NonMarketing(v.unwrap_or(0))))} />
                <NumberField id="pending" label={ctx.t(T::PendingContacts)} value={Some(s.contacts.pending_non_marketing)} error={ctx.error("contacts.pending_non_marketing")}
                    hint={AttrValue::from(ctx.t(T::PendingHint))}
                    onchange={ctx.dispatch.reform(|v: Option<i64>| Action::Edit(Edit::Pending(v.unwrap_or(0))))} />
            </div>
            <div class="row">
                <div class={classes!("field", ctx.error("account.tier").is_some().then_some("invalid"))}>
                    <label for="tier">{ ctx.t(T::CurrentTier) }</label>
                    <select id="tier" ref={tier_select} onchange={on_tier.reform(|e: Event| e.target_unchecked_into::<web_sys::HtmlSelectElement>().value())}>
                        <option value="" selected={a.tier.is_none()}>{ match auto_tier {
                            Some(t) => ctx.say(T::TierAuto, &[("tier", Arg::count(t))]),
                            None => ctx.t(T::TierAutoNone).to_string(),
                        } }</option>
                        for t in tiers.iter() {
                            <option value={t.to_string()} selected={a.tier == Some(*t as i64)}>{ fmt.count(*t) }</option>
                        }
                    </select>
                    if a.tier.is_none() { <small class="hint">{ ctx.t(T::TierAutoHint) }</small> }
                    if let Some(e) = ctx.error("account.tier") { <small class="error" role="alert">{ e }</small> }
                </div>
                <NumberField id="cap" label={ctx.t(T::Cap)} value={a.max_marketing} optional=true placeholder={ctx.t(T::NoCap)}
                    error={ctx.error("account.max_marketing")} hint={AttrValue::from(ctx.t(T::CapHint))}
                    onchange={ctx.dispatch.reform(|v: Option<i64>| Action::Edit(Edit::MaxMarketing(v)))} />
            </div>

        </section>
    }
}
