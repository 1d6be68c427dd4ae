//! Form fields that keep what the user typed, show their error inline next
//! to the field, and only send values up when they parse.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::app::i18n::T;
use crate::ui::Ctx;

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
}

/// A number input that keeps the text typed, even when it does not parse.
#[component]
pub fn NumberField(props: &NumberFieldProps) -> Html {
    let ctx = use_context::<Ctx>().expect("context");
    let text = use_state(|| props.value.map(|v| v.to_string()).unwrap_or_default());
    let local_error = use_state(|| None::<T>);
    {
        // When the state changes from elsewhere (undo, load), show its value.
        let text = text.clone();
        let local_error = local_error.clone();
        use_effect_with(props.value, move |value| {
            let shown = parse_count(&text).ok();
            if shown != *value && !(value.is_none() && text.trim().is_empty()) {
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
        Callback::from(move |e: InputEvent| {
            let v = e.target_unchecked_into::<HtmlInputElement>().value();
            if optional && v.trim().is_empty() {
                local_error.set(None);
                onchange.emit(None);
            } else {
                match parse_count(&v) {
                    Ok(n) => {
                        local_error.set(None);
                        onchange.emit(Some(n));
                    }
                    Err(msg) => local_error.set(Some(msg)),
                }
            }
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
}

/// A date, time or text input with an inline error.
#[component]
pub fn TextField(props: &TextFieldProps) -> Html {
    let ctx = use_context::<Ctx>().expect("context");
    let empty = use_state(|| false);
    let oninput = {
        let onchange = props.onchange.clone();
        let empty = empty.clone();
        let kind = props.kind.clone();
        Callback::from(move |e: InputEvent| {
            let v = e.target_unchecked_into::<HtmlInputElement>().value();
            // A date input reports "" while a date is half typed: keep the last one.
            if v.is_empty() && kind != "text" {
                empty.set(true);
            } else {
                empty.set(false);
                onchange.emit(v);
            }
        })
    };
    let error = if *empty {
        Some(AttrValue::from(ctx.t(if props.kind == "time" {
            T::EnterTime
        } else {
            T::EnterDate
        })))
    } else {
        props.error.clone()
    };
    let err_id = format!("{}-error", props.id);
    html! {
        <div class={classes!("field", error.is_some().then_some("invalid"))}>
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            <input id={props.id.clone()} type={props.kind.clone()} value={props.value.clone()} {oninput}
                maxlength={props.maxlength.to_string()}
                aria-invalid={error.is_some().then_some("true")}
                aria-describedby={error.is_some().then(|| err_id.clone())} />
            if let Some(e) = error { <small class="error" id={err_id} role="alert">{ e }</small> }
        </div>
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
