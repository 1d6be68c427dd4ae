//! The price book editor: every price that can be charged, editable. For
//! each edition, the contacts included and the base price, the pack size and
//! the pack price, and each price band (packs from a contact on cost another
//! price), which can be added, changed and removed.

use std::rc::Rc;

use yew::prelude::*;

use super::inputs::{InlineInput, ParseWith, TextField};
use crate::context::Ctx;
use tierwise_app::catalogue::T;
use tierwise_app::state::{Action, Edit};
use tierwise_app::text::edition_key;
use tierwise_app::typed;
use tierwise_engine::price_book;
use tierwise_engine::scenario::{BandSpec, Edition, EditionPricesSpec, PriceBookSpec, Scenario};

/// Props of [`PriceBookEditor`].
#[derive(Properties, PartialEq)]
pub struct PriceBookEditorProps {
    /// The scenario being edited.
    pub scenario: Rc<Scenario>,
}

/// A whole number read as text, for fields that hold one.
fn count_text(text: &str) -> Result<String, T> {
    typed::count(text).map(|n| n.to_string())
}

/// One change to an edition's prices.
#[derive(Clone, Copy)]
enum Part {
    Included,
    Base,
    PackSize,
    PackPrice,
    BandFrom(usize),
    BandPrice(usize),
}

/// The book with one edition's prices changed; named as the person's own
/// (a name they gave stays).
fn changed(
    book: &PriceBookSpec,
    custom: &str,
    edition: Edition,
    f: impl FnOnce(&mut EditionPricesSpec),
) -> PriceBookSpec {
    let mut next = book.clone();
    if next.example || next.name.is_none() {
        next.name = Some(custom.to_string());
    }
    next.example = false;
    if let Some(e) = next.editions.get_mut(&edition) {
        f(e);
    }
    next
}

/// A band to add after the last: ten packs further on, at the last price.
fn next_band(e: &EditionPricesSpec) -> BandSpec {
    let (from, price) = e
        .bands
        .last()
        .map_or((e.included, e.pack_price.clone()), |b| {
            (b.from, b.pack_price.clone())
        });
    BandSpec {
        from: from.saturating_add(e.pack_size.max(1).saturating_mul(10)),
        pack_price: price,
    }
}

/// The price book: its name and, per edition, every price.
#[component]
pub fn PriceBookEditor(props: &PriceBookEditorProps) -> Html {
    let ctx = use_context::<Ctx>().expect("context");
    let s = &props.scenario;
    let book = s.prices.clone().unwrap_or_else(price_book::example);
    let is_example = s.prices.is_none();
    let custom = ctx.t(T::CustomPrices);
    let currency = book.currency.clone();
    let edit = |edition: Edition, part: Part| {
        let dispatch = ctx.dispatch.clone();
        let book = book.clone();
        Callback::from(move |v: String| {
            let next = changed(&book, custom, edition, |e| match part {
                Part::Included => e.included = v.parse().unwrap_or(-1),
                Part::Base => e.base = v,
                Part::PackSize => e.pack_size = v.parse().unwrap_or(-1),
                Part::PackPrice => e.pack_price = v,
                Part::BandFrom(i) => {
                    if let Some(b) = e.bands.get_mut(i) {
                        b.from = v.parse().unwrap_or(-1);
                    }
                }
                Part::BandPrice(i) => {
                    if let Some(b) = e.bands.get_mut(i) {
                        b.pack_price = v;
                    }
                }
            });
            dispatch.emit(Action::Edit(Edit::Prices(Some(next))));
        })
    };
    let bands =
        |edition: Edition, f: fn(&mut Vec<BandSpec>, &EditionPricesSpec, usize), i: usize| {
            let dispatch = ctx.dispatch.clone();
            let book = book.clone();
            Callback::from(move |_: MouseEvent| {
                let next = changed(&book, custom, edition, |e| {
                    let before = e.clone();
                    f(&mut e.bands, &before, i);
                });
                dispatch.emit(Action::Edit(Edit::Prices(Some(next))));
            })
        };
    let price = ParseWith(typed::price_for(ctx.lang));
    let whole = ParseWith(count_text);
    let use_example = ctx
        .dispatch
        .reform(|_: MouseEvent| Action::Edit(Edit::Prices(None)));
    let factor = book
        .monthly_term_factor
        .as_deref()
        .and_then(|f| f.parse().ok())
        .unwrap_or(rust_decimal::Decimal::ONE);
    html! {
        <div class="price-book" id="price-book">
            <h3>{ ctx.t(T::PriceBook) }
                if is_example { <span class="badge example-label">{ ctx.t(T::ExampleBadge) }</span> }
                else { <span class="badge">{ book.name.clone().unwrap_or_else(|| custom.into()) }</span> }
            </h3>
            if !is_example {
                <TextField id="book-name" label={ctx.t(T::PriceBookName)} value={book.name.clone().unwrap_or_default()} maxlength={100}
                    onchange={{
                        let dispatch = ctx.dispatch.clone();
                        let book = book.clone();
                        Callback::from(move |name: String| {
                            let mut next: PriceBookSpec = book.clone();
                            next.name = Some(name).filter(|n| !n.trim().is_empty());
                            dispatch.emit(Action::Edit(Edit::Prices(Some(next))));
                        })
                    }} />
            }
            <p class="hint">{ ctx.tf(T::PricesPerMonth, &[("currency", &currency)]) }</p>
            for (edition, e) in book.editions.iter() {
                <fieldset class={classes!("edition-prices", (*edition == s.account.edition).then_some("current"))}
                    id={format!("prices-{}", edition.code())}>
                    <legend>{ ctx.t(edition_key(*edition)) }</legend>
                    { price_row(&ctx, *edition, e, price, whole, &edit) }
                    if !e.bands.is_empty() {
                        <ul class="bands">
                            for (i, b) in e.bands.iter().enumerate() {
                                <li class="band">
                                    { band_row(&ctx, *edition, i, b, price, whole, &edit) }
                                    <button type="button" class="remove-band"
                                        aria-label={ctx.tf(T::RemoveBand, &[("edition", ctx.t(edition_key(*edition))), ("n", &(i + 1).to_string())])}
                                        onclick={bands(*edition, |list, _, i| { list.remove(i); }, i)}>{ ctx.t(T::Remove) }</button>
                                </li>
                            }
                        </ul>
                    }
                    <button type="button" class="add-band" id={format!("add-band-{}", edition.code())}
                        onclick={bands(*edition, |list, e, _| list.push(next_band(e)), 0)}>
                        { ctx.tf(T::AddBand, &[("edition", ctx.t(edition_key(*edition)))]) }
                    </button>
                    if let Some(p) = (*edition == s.account.edition).then(|| price_example(&ctx, e)).flatten() {
                        <p class="hint tier-example">{ p }</p>
                    }
                </fieldset>
            }
            <p class="hint">{ ctx.tf(T::TermFactor, &[("factor", &ctx.fmt.0.decimal(&factor))]) }
                if !is_example { { " " }<button type="button" onclick={use_example}>{ ctx.t(T::BackToExample) }</button> }
            </p>
            for (p, m) in ctx.errors.iter().filter(|(p, _)| p.starts_with("prices")) {
                <small class="error" role="alert" data-path={p.to_string()}>{ m.to_string() }</small>
            }
        </div>
    }
}

/// The four prices of an edition, each a labelled field.
fn price_row(
    ctx: &Ctx,
    edition: Edition,
    e: &EditionPricesSpec,
    price: ParseWith,
    whole: ParseWith,
    edit: &impl Fn(Edition, Part) -> Callback<String>,
) -> Html {
    let code = edition.code();
    let name = ctx.t(edition_key(edition));
    let path = |f: &str| format!("prices.editions.{code}.{f}");
    let field = |f: &str, label: T, value: String, parse: ParseWith, part: Part| {
        let id = format!("price-{code}-{}", f.replace('_', "-"));
        html! {
            <label class="price-field">
                <span>{ ctx.t(label) }</span>
                <InlineInput id={id} kind="text" inputmode={AttrValue::from(if matches!(part, Part::Base | Part::PackPrice) { "decimal" } else { "numeric" })}
                    label={format!("{name}: {}", ctx.t(label))} value={value} parse={parse}
                    error={ctx.error(&path(f))} onchange={edit(edition, part)} />
            </label>
        }
    };
    html! {
        <div class="price-fields">
            { field("included", T::Included, e.included.to_string(), whole, Part::Included) }
            { field("base", T::BasePrice, e.base.clone(), price, Part::Base) }
            { field("pack_size", T::PackSize, e.pack_size.to_string(), whole, Part::PackSize) }
            { field("pack_price", T::PackPrice, e.pack_price.clone(), price, Part::PackPrice) }
        </div>
    }
}

/// One band: "Packs from contact [52,000] on: [180.00] each".
fn band_row(
    ctx: &Ctx,
    edition: Edition,
    i: usize,
    b: &BandSpec,
    price: ParseWith,
    whole: ParseWith,
    edit: &impl Fn(Edition, Part) -> Callback<String>,
) -> Html {
    let code = edition.code();
    let name = ctx.t(edition_key(edition));
    let n = (i + 1).to_string();
    let path = |f: &str| format!("prices.editions.{code}.bands[{i}].{f}");
    html! {
        <>
            <label class="price-field">
                <span>{ ctx.t(T::BandFrom) }</span>
                <InlineInput id={format!("band-{code}-{i}-from")} kind="text" inputmode="numeric"
                    label={ctx.tf(T::BandFromAria, &[("edition", name), ("n", &n)])} value={b.from.to_string()} parse={whole}
                    error={ctx.error(&path("from"))} onchange={edit(edition, Part::BandFrom(i))} />
            </label>
            <label class="price-field">
                <span>{ ctx.t(T::BandPrice) }</span>
                <InlineInput id={format!("band-{code}-{i}-price")} kind="text" inputmode="decimal"
                    label={ctx.tf(T::BandPriceAria, &[("edition", name), ("n", &n)])} value={b.pack_price.clone()} parse={price}
                    error={ctx.error(&path("pack_price"))} onchange={edit(edition, Part::BandPrice(i))} />
            </label>
        </>
    }
}

/// What the edition's next tiers cost, part by part, so the bands show
/// their effect: "Tier 102,000: 800.00 + 10 × 150.00 + 10 × 180.00 =
/// 4,100.00 a month".
fn price_example(ctx: &Ctx, e: &EditionPricesSpec) -> Option<String> {
    let mut spec = price_book::example();
    spec.editions.clear();
    spec.editions.insert(Edition::Professional, e.clone());
    let book = price_book::PriceBook::from_spec(&spec, "prices").ok()?;
    let p = book.editions.get(&Edition::Professional)?;
    // The first tier past the last band, or ten packs in.
    let last_from = e.bands.last().map_or(0, |b| b.from.max(0) as u64);
    let tier = p.tier_for(last_from.max(p.included + 1) + 9 * p.pack_size);
    Some(tierwise_app::text::tier_price(
        p,
        tier,
        ctx.fmt.0.as_ref(),
        ctx.lang,
    ))
}
