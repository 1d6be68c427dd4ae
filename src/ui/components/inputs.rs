//! Form fields that keep what the user typed, show their error inline next
//! to the field, and only send values up when they parse.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::app::i18n::T;
use crate::app::state::{draft_of, Action, Draft};
use crate::ui::Ctx;

/// A field that goes away (its event removed) takes its draft with it.
#[hook]
fn use_draft_ends_with_field(ctx: &Ctx, id: &AttrValue) {
    let drafted = use_mut_ref(|| false);
    *drafted.borrow_mut() = draft_of(&ctx.drafts, id).is_some();
    let dispatch = ctx.dispatch.clone();
    use_effect_with(id.clone(), move |id| {
        let id = id.to_string();
        move || {
            if *drafted.borrow() {
                dispatch.emit(Action::Draft(id, None));
            }
        }
    });
}

/// Tells the page what a field holds that does not read (or that it reads
/// again), so that the figures say they are not current and name the field.
fn draft(ctx: &Ctx, id: &AttrValue, label: &str, text: &str, error: Option<T>) {
    let known = draft_of(&ctx.drafts, id);
    let draft = error.map(|error| Draft {
        label: label.to_string(),
        text: text.to_string(),
        error,
    });
    if known != draft.as_ref() {
        ctx.dispatch.emit(Action::Draft(id.to_string(), draft));
    }
}

/// Parses a whole number as people type it: spaces, commas, underscores and
/// apostrophes as group separators are ignored.
pub fn parse_count(text: &str) -> Result<i64, T> {
    let cleaned: String = text
        .chars()
        .filter(|c| !matches!(c, ' ' | ',' | '_' | '\'' | '\u{a0}' | '\u{202f}'))
        .collect();
    if cleaned.is_empty() {
        return Err(T::EnterNumber);
    }
    if cleaned.len() > 15 {
        return Err(T::NumberTooLarge);
    }
    cleaned.parse::<i64>().map_err(|_| T::WholeNumber)
}

/// Props of [`NumberField`].
#[derive(Properties, PartialEq)]
pub struct NumberFieldProps {
    /// Element id (also the label's `for`).
    pub id: AttrValue,
    /// Visible label.
    pub label: AttrValue,
    /// The current value in the state.
    pub value: Option<i64>,
    /// An empty field means `None`.
    #[prop_or_default]
    pub optional: bool,
    /// Placeholder for an empty optional field.
    #[prop_or_default]
    pub placeholder: AttrValue,
    /// An error about this field from the engine.
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// A hint under the field.
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// Called with each value that parses.
    pub onchange: Callback<Option<i64>>,
    /// How the page's list of errors names the field, when the label alone
    /// is not enough ("Import 2: Contacts").
    #[prop_or_default]
    pub name: Option<AttrValue>,
}

/// A number input that keeps the text typed, even when it does not parse.
#[component]
pub fn NumberField(props: &NumberFieldProps) -> Html {
    let ctx = use_context::<Ctx>().expect("context");
    // What was typed comes back after a reload, even when it does not read.
    let kept = draft_of(&ctx.drafts, &props.id).cloned();
    let text = use_state(|| match &kept {
        Some(d) => d.text.clone(),
        None => props.value.map(|v| v.to_string()).unwrap_or_default(),
    });
    let local_error = use_state(|| kept.as_ref().map(|d| d.error));
    use_draft_ends_with_field(&ctx, &props.id);
    {
        // When the state changes from elsewhere (undo, load), show its value.
        let text = text.clone();
        let local_error = local_error.clone();
        let drafted = kept.is_some();
        use_effect_with(props.value, move |value| {
            let shown = parse_count(&text).ok();
            if !drafted && shown != *value && !(value.is_none() && text.trim().is_empty()) {
                text.set(value.map(|v| v.to_string()).unwrap_or_default());
                local_error.set(None);
            }
        });
    }
    let oninput = {
        let text = text.clone();
        let local_error = local_error.clone();
        let onchange = props.onchange.clone();
        let optional = props.optional;
        let ctx = ctx.clone();
        let id = props.id.clone();
        let name = props.name.clone().unwrap_or_else(|| props.label.clone());
        Callback::from(move |e: InputEvent| {
            let v = e.target_unchecked_into::<HtmlInputElement>().value();
            let error = if optional && v.trim().is_empty() {
                onchange.emit(None);
                None
            } else {
                match parse_count(&v) {
                    Ok(n) => {
                        onchange.emit(Some(n));
                        None
                    }
                    Err(msg) => Some(msg),
                }
            };
            local_error.set(error);
            draft(&ctx, &id, &name, &v, error);
            text.set(v);
        })
    };
    let error = local_error
        .map(|k| AttrValue::from(ctx.t(k)))
        .or_else(|| props.error.clone());
    let err_id = format!("{}-error", props.id);
    html! {
        <div class={classes!("field", error.is_some().then_some("invalid"))}>
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            <input id={props.id.clone()} type="text" inputmode="numeric" autocomplete="off"
                value={(*text).clone()} placeholder={props.placeholder.clone()} {oninput}
                aria-invalid={error.is_some().then_some("true")}
                aria-describedby={error.is_some().then(|| err_id.clone())} />
            if let Some(hint) = &props.hint { <small class="hint">{ hint.clone() }</small> }
            if let Some(e) = error { <small class="error" id={err_id} role="alert">{ e }</small> }
        </div>
    }
}

/// Props of [`TextField`] (dates, times, names).
#[derive(Properties, PartialEq)]
pub struct TextFieldProps {
    /// Element id.
    pub id: AttrValue,
    /// Visible label.
    pub label: AttrValue,
    /// Input type: `date`, `time`, `text`.
    #[prop_or(AttrValue::Static("text"))]
    pub kind: AttrValue,
    /// Current value.
    pub value: AttrValue,
    /// An error about this field from the engine.
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// Called with every non-empty value.
    pub onchange: Callback<String>,
    /// Maximum length for text.
    #[prop_or(200)]
    pub maxlength: u32,
    /// How the page's list of errors names the field (see [`NumberField`]).
    #[prop_or_default]
    pub name: Option<AttrValue>,
}

/// True for a date the browser reports while its year is still being typed
/// (`0002-06-01` on the way to 2028), which is no date anyone means.
fn partial_date(v: &str) -> bool {
    v.split('-')
        .next()
        .and_then(|y| y.parse::<u32>().ok())
        .is_some_and(|y| y < 1900)
}

/// A date, time or text input with an inline error.
#[component]
pub fn TextField(props: &TextFieldProps) -> Html {
    let ctx = use_context::<Ctx>().expect("context");
    let name = props.name.clone().unwrap_or_else(|| props.label.clone());
    let (value, typed_error, oninput) = use_typed_text(
        &ctx,
        &props.id,
        &name,
        &props.kind,
        &props.value,
        &props.onchange,
    );
    let error = typed_error.or_else(|| props.error.clone());
    let err_id = format!("{}-error", props.id);
    html! {
        <div class={classes!("field", error.is_some().then_some("invalid"))}>
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            <input id={props.id.clone()} type={props.kind.clone()} {value} {oninput}
                maxlength={props.maxlength.to_string()}
                aria-invalid={error.is_some().then_some("true")}
                aria-describedby={error.is_some().then(|| err_id.clone())} />
            if let Some(e) = error { <small class="error" id={err_id} role="alert">{ e }</small> }
        </div>
    }
}

/// The text of a date, time or text field as the person types it: what does
/// not read yet (an empty or half-typed date, a year of 0002 on the way to
/// 2028) is kept as typed and reported to the page as a draft, never sent
/// on, never replaced by the last value that did read. Returns the value to
/// show, the error to show, and the input handler.
#[hook]
fn use_typed_text(
    ctx: &Ctx,
    id: &AttrValue,
    name: &AttrValue,
    kind: &AttrValue,
    value: &AttrValue,
    onchange: &Callback<String>,
) -> (AttrValue, Option<AttrValue>, Callback<InputEvent>) {
    let typed = use_state(|| draft_of(&ctx.drafts, id).map(|d| (d.text.clone(), d.error)));
    let oninput = {
        let onchange = onchange.clone();
        let typed = typed.clone();
        let kind = kind.clone();
        let ctx = ctx.clone();
        let id = id.clone();
        let name = name.clone();
        Callback::from(move |e: InputEvent| {
            let v = e.target_unchecked_into::<HtmlInputElement>().value();
            let error = match kind.as_str() {
                "time" if v.is_empty() => Some(T::EnterTime),
                "date" if v.is_empty() || partial_date(&v) => Some(T::EnterDate),
                _ => None,
            };
            match error {
                Some(error) => typed.set(Some((v.clone(), error))),
                None => {
                    typed.set(None);
                    onchange.emit(v.clone());
                }
            }
            draft(&ctx, &id, &name, &v, error);
        })
    };
    use_draft_ends_with_field(ctx, id);
    {
        // Undo or a file replaces the value: show it, not the old text.
        let typed = typed.clone();
        let before = use_mut_ref(|| value.clone());
        use_effect_with(value.clone(), move |value| {
            let changed = *before.borrow() != *value;
            *before.borrow_mut() = value.clone();
            if changed && typed.is_some() {
                typed.set(None);
            }
        });
    }
    match &*typed {
        Some((text, key)) => (
            AttrValue::from(text.clone()),
            Some(AttrValue::from(ctx.t(*key))),
            oninput,
        ),
        None => (value.clone(), None, oninput),
    }
}

/// Props of [`InlineDate`].
#[derive(Properties, PartialEq)]
pub struct InlineDateProps {
    /// Element id.
    pub id: AttrValue,
    /// The accessible name ("Date of event 2").
    pub label: AttrValue,
    /// CSS class of the input.
    #[prop_or_default]
    pub class: AttrValue,
    /// Current value, `YYYY-MM-DD`.
    pub value: AttrValue,
    /// An error about this field from the engine.
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// Called with every date that reads.
    pub onchange: Callback<String>,
}

/// A date inside a sentence (an event's "on …"), with the same care for
/// what is typed as [`TextField`].
#[component]
pub fn InlineDate(props: &InlineDateProps) -> Html {
    let ctx = use_context::<Ctx>().expect("context");
    let (value, typed_error, oninput) = use_typed_text(
        &ctx,
        &props.id,
        &props.label,
        &AttrValue::Static("date"),
        &props.value,
        &props.onchange,
    );
    let error = typed_error.or_else(|| props.error.clone());
    let err_id = format!("{}-error", props.id);
    html! {
        <span class={classes!("inline", error.is_some().then_some("invalid"))}>
            <input type="date" id={props.id.clone()} aria-label={props.label.clone()} class={props.class.clone()} {value} {oninput}
                aria-invalid={error.is_some().then_some("true")}
                aria-describedby={error.is_some().then(|| err_id.clone())} />
            if let Some(m) = error { <small class="error" id={err_id} role="alert">{ m }</small> }
        </span>
    }
}

/// Props of [`Select`].
#[derive(Properties, PartialEq)]
pub struct SelectProps {
    /// Element id.
    pub id: AttrValue,
    /// Visible label.
    pub label: AttrValue,
    /// Options as (value, text).
    pub options: Vec<(AttrValue, AttrValue)>,
    /// The selected value.
    pub value: AttrValue,
    /// A hint under the field (such as "assumption").
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// An error about this field.
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// Called with the chosen value.
    pub onchange: Callback<String>,
}

/// A labelled select.
#[component]
pub fn Select(props: &SelectProps) -> Html {
    let onchange = {
        let cb = props.onchange.clone();
        Callback::from(move |e: Event| {
            cb.emit(e.target_unchecked_into::<HtmlSelectElement>().value())
        })
    };
    html! {
        <div class={classes!("field", props.error.is_some().then_some("invalid"))}>
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            <select id={props.id.clone()} {onchange}>
                for (v, t) in props.options.iter() {
                    <option value={v.clone()} selected={*v == props.value}>{ t.clone() }</option>
                }
            </select>
            if let Some(h) = &props.hint { <small class="hint">{ h.clone() }</small> }
            if let Some(e) = &props.error { <small class="error" role="alert">{ e.clone() }</small> }
        </div>
    }
}
