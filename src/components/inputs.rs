//! Form fields that keep what the person typed. Every field, whatever it
//! holds (a count, a date, a time, a price, a name), keeps its text the same
//! way, through [`use_typed`] and a parser from [`tierwise_app::typed`]:
//! - text that reads is sent up as a value; the field keeps it as typed
//!   (`3,000` stays `3,000`) for as long as it is the value in the state;
//! - text that does not read is a *draft*, kept in the state's drafts (so it
//!   survives a reload and the page names the field), never sent up, and
//!   shown in the field until it reads again, however it is corrected;
//! - a value changed from elsewhere (undo, a file) replaces the text.
//!
//! Date and time inputs hold their own half-typed segments, which a page
//! cannot read or set: the field renders exactly the text the input last
//! reported (Yew writes a rendered value that differs from the input's), so
//! it never resets what is being typed; after a reload a draft the browser
//! would refuse is shown empty, its typed text in the banner.

use std::cell::RefCell;
use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::context::Ctx;

/// How long a pause in typing ends an undo step (milliseconds).
const TYPING_PAUSE_MS: u32 = 1000;
use tierwise_app::catalogue::T;
use tierwise_app::state::{draft_of, Action, Draft};
use tierwise_app::typed::{self, Parser};

pub use tierwise_app::typed::count as parse_count;

/// Who owns a field's half-typed text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keeps {
    /// A text input: the page shows exactly what was typed.
    Text,
    /// A date or time input: the browser does, and reports nothing of it.
    Browser,
}

/// A field's text as [`use_typed`] gives it.
pub struct Typed {
    /// What the input shows.
    pub value: AttrValue,
    /// Why what was typed does not read, if it does not.
    pub error: Option<T>,
    /// The input's handler for each keystroke.
    pub oninput: Callback<InputEvent>,
    /// The same for the input's `change`: a date or time input reports its
    /// last keystroke's text there only (typing a year's last digit, say),
    /// and its value when the person leaves it.
    pub onchange: Callback<Event>,
}

/// Keeps what is typed into one field, the same way for every field (see
/// the module's documentation). `value` is the state's value, `show` its
/// text, `parse` reads what is typed; `name` is how the page's list of
/// errors names the field.
///
/// # Example
/// ```ignore
/// let typed = use_typed(&ctx, &id, &name, &Some(1800), |v| v.map(|v| v.to_string()).unwrap_or_default(),
///                       typed::optional_count, Keeps::Text, &onchange);
/// html! { <input id={id} value={typed.value} oninput={typed.oninput} /> }
/// ```
#[hook]
#[allow(clippy::too_many_arguments)]
pub fn use_typed<V: Clone + PartialEq + 'static>(
    ctx: &Ctx,
    id: &AttrValue,
    name: &AttrValue,
    value: &V,
    show: fn(&V) -> String,
    parse: Parser<V>,
    keeps: Keeps,
    onchange: &Callback<V>,
) -> Typed {
    let draft = draft_of(&ctx.drafts, id).cloned();
    // The last text typed that read: it stays while it is the state's value.
    let kept = use_state(|| None::<String>);
    // Whether the state holds a draft for this field, as of this render
    // (the handler reads it, not a copy of the context from an older one).
    let drafted = use_mut_ref(|| false);
    *drafted.borrow_mut() = draft.is_some();
    use_draft_ends_with_field(ctx, id, drafted.clone());

    // Yew sets an input's value whenever it differs from what is rendered,
    // so what is rendered is exactly what the input holds: the draft's text
    // (as the input reported it), else the text typed while it is the
    // state's value, else the state's value.
    let text = match (&draft, keeps) {
        (Some(d), Keeps::Text) => d.text.clone(),
        // A date input takes only a whole date, or nothing (a draft restored
        // after a reload that the browser would refuse shows empty).
        (Some(d), Keeps::Browser) if browser_accepts(&d.text) => d.text.clone(),
        (Some(_), Keeps::Browser) => String::new(),
        (None, _) => match &*kept {
            Some(t) if parse(t).as_ref() == Ok(value) => t.clone(),
            _ => show(value),
        },
    };

    let read = {
        let (kept, drafted) = (kept.clone(), drafted.clone());
        let (dispatch, onchange) = (ctx.dispatch.clone(), onchange.clone());
        let (id, name, value) = (id.clone(), name.clone(), value.clone());
        Rc::new(move |v: String| match parse(&v) {
            Ok(parsed) => {
                kept.set(Some(v));
                if drafted.replace(false) {
                    dispatch.emit(Action::Draft(id.to_string(), None));
                }
                if parsed != value {
                    onchange.emit(parsed);
                }
            }
            Err(error) => {
                drafted.replace(true);
                dispatch.emit(Action::Draft(
                    id.to_string(),
                    Some(Draft {
                        label: name.to_string(),
                        text: v,
                        error: Some(error),
                    }),
                ));
            }
        })
    };
    // A pause in typing ends it too: what is typed after a second's rest is
    // an undo step of its own, though the field never lost focus.
    let idle = use_mut_ref(|| None::<gloo_timers::callback::Timeout>);
    let oninput = {
        let (read, dispatch, idle) = (read.clone(), ctx.dispatch.clone(), idle.clone());
        Callback::from(move |e: InputEvent| {
            read(e.target_unchecked_into::<HtmlInputElement>().value());
            let dispatch = dispatch.clone();
            // Replacing the timer cancels the one before it.
            *idle.borrow_mut() = Some(gloo_timers::callback::Timeout::new(
                TYPING_PAUSE_MS,
                move || dispatch.emit(Action::EndTyping),
            ));
        })
    };
    // A committed text (Enter, leaving the field, a picked date) ends the
    // typing: the next edit of this field is an undo step of its own.
    let onchange_dom = {
        let (read, dispatch) = (read.clone(), ctx.dispatch.clone());
        Callback::from(move |e: Event| {
            read(e.target_unchecked_into::<HtmlInputElement>().value());
            dispatch.emit(Action::EndTyping);
        })
    };
    {
        // A draft restored from storage is read again by this field's own
        // parser: its reason in this version's words, or, if it reads now,
        // its value.
        let restored = draft.clone().filter(|d| d.error.is_none());
        let (dispatch, onchange, id) = (ctx.dispatch.clone(), onchange.clone(), id.clone());
        let drafted = drafted.clone();
        use_effect_with((), move |_| {
            if let Some(mut d) = restored {
                match parse(&d.text) {
                    Ok(v) => {
                        drafted.replace(false);
                        dispatch.emit(Action::Draft(id.to_string(), None));
                        onchange.emit(v);
                    }
                    Err(e) => {
                        d.error = Some(e);
                        dispatch.emit(Action::Draft(id.to_string(), Some(d)));
                    }
                }
            }
        });
    }
    Typed {
        value: AttrValue::from(text),
        error: draft.and_then(|d| d.error.or_else(|| parse(&d.text).err())),
        oninput,
        onchange: onchange_dom,
    }
}

/// True for a value a date or time input takes as it is: `YYYY…-MM-DD`
/// (four or more digits of year), `HH:MM`, or nothing.
fn browser_accepts(text: &str) -> bool {
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    let date = match text.rsplitn(3, '-').collect::<Vec<_>>()[..] {
        [d, m, y] => digits(d, 2) && digits(m, 2) && y.len() >= 4 && digits(y, y.len()),
        _ => false,
    };
    let time = text
        .split_once(':')
        .is_some_and(|(h, m)| digits(h, 2) && digits(m, 2));
    text.is_empty() || date || time
}

/// A field that goes away (its event removed) takes its draft with it.
#[hook]
fn use_draft_ends_with_field(ctx: &Ctx, id: &AttrValue, drafted: Rc<RefCell<bool>>) {
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

fn show_count(v: &Option<i64>) -> String {
    v.map(|v| v.to_string()).unwrap_or_default()
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
    /// Called with each value that reads.
    pub onchange: Callback<Option<i64>>,
    /// How the page's list of errors names the field, when the label alone
    /// is not enough ("Import 2: Contacts").
    #[prop_or_default]
    pub name: Option<AttrValue>,
}

/// A whole number.
#[component]
pub fn NumberField(props: &NumberFieldProps) -> Html {
    let ctx = use_context::<Ctx>().expect("context");
    let name = props.name.clone().unwrap_or_else(|| props.label.clone());
    let parse: Parser<Option<i64>> = if props.optional {
        typed::optional_count
    } else {
        |t| typed::count(t).map(Some)
    };
    let t = use_typed(
        &ctx,
        &props.id,
        &name,
        &props.value,
        show_count,
        parse,
        Keeps::Text,
        &props.onchange,
    );
    let error = t
        .error
        .map(|k| AttrValue::from(ctx.t(k)))
        .or_else(|| props.error.clone());
    html! {
        <Field id={props.id.clone()} label={props.label.clone()} error={error.clone()} hint={props.hint.clone()}>
            <input id={props.id.clone()} type="text" inputmode="numeric" autocomplete="off"
                value={t.value} placeholder={props.placeholder.clone()} oninput={t.oninput} onchange={t.onchange}
                aria-invalid={error.is_some().then_some("true")}
                aria-describedby={error.is_some().then(|| format!("{}-error", props.id))} />
        </Field>
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
    /// Called with every value that reads.
    pub onchange: Callback<String>,
    /// Maximum length for text.
    #[prop_or(200)]
    pub maxlength: u32,
    /// How the page's list of errors names the field (see [`NumberField`]).
    #[prop_or_default]
    pub name: Option<AttrValue>,
    /// A hint under the field.
    #[prop_or_default]
    pub hint: Option<AttrValue>,
}

/// The parser and who keeps the text, for an input type.
fn reading(kind: &str) -> (Parser<String>, Keeps) {
    match kind {
        "date" => (typed::date, Keeps::Browser),
        "time" => (typed::time, Keeps::Browser),
        _ => (typed::text, Keeps::Text),
    }
}

/// A date, time or text input with an inline error.
#[component]
pub fn TextField(props: &TextFieldProps) -> Html {
    let ctx = use_context::<Ctx>().expect("context");
    let name = props.name.clone().unwrap_or_else(|| props.label.clone());
    let (parse, keeps) = reading(&props.kind);
    let t = use_typed(
        &ctx,
        &props.id,
        &name,
        &props.value.to_string(),
        String::clone,
        parse,
        keeps,
        &props.onchange,
    );
    let error = t
        .error
        .map(|k| AttrValue::from(ctx.t(k)))
        .or_else(|| props.error.clone());
    html! {
        <Field id={props.id.clone()} label={props.label.clone()} error={error.clone()} hint={props.hint.clone()}>
            <input id={props.id.clone()} type={props.kind.clone()} value={t.value} oninput={t.oninput} onchange={t.onchange}
                maxlength={props.maxlength.to_string()}
                aria-invalid={error.is_some().then_some("true")}
                aria-describedby={error.is_some().then(|| format!("{}-error", props.id))} />
        </Field>
    }
}

/// Props of [`Field`].
#[derive(Properties, PartialEq)]
pub struct FieldProps {
    /// The input's id.
    pub id: AttrValue,
    /// Visible label.
    pub label: AttrValue,
    /// The error shown under it.
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// A hint under it.
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// The input.
    pub children: Html,
}

/// A labelled field: label, input, hint and error.
#[component]
pub fn Field(props: &FieldProps) -> Html {
    html! {
        <div class={classes!("field", props.error.is_some().then_some("invalid"))}>
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            { props.children.clone() }
            if let Some(hint) = &props.hint { <small class="hint">{ hint.clone() }</small> }
            if let Some(e) = &props.error { <small class="error" id={format!("{}-error", props.id)} role="alert">{ e.clone() }</small> }
        </div>
    }
}

/// Props of [`InlineInput`].
#[derive(Properties, PartialEq)]
pub struct InlineInputProps {
    /// Element id.
    pub id: AttrValue,
    /// The accessible name ("Date of event 2").
    pub label: AttrValue,
    /// Input type: `date` or `time`, or `text` for a price or a count.
    #[prop_or(AttrValue::Static("date"))]
    pub kind: AttrValue,
    /// CSS class of the input.
    #[prop_or_default]
    pub class: AttrValue,
    /// Current value.
    pub value: AttrValue,
    /// An error about this field from the engine.
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// Called with every value that reads.
    pub onchange: Callback<String>,
    /// The parser, when not the input type's own (a price).
    #[prop_or_default]
    pub parse: Option<ParseWith>,
    /// `inputmode` of a text input.
    #[prop_or_default]
    pub inputmode: Option<AttrValue>,
}

/// A parser given as a prop (compared by address).
#[derive(Clone, Copy)]
pub struct ParseWith(pub Parser<String>);

impl PartialEq for ParseWith {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::fn_addr_eq(self.0, other.0)
    }
}

/// A field inside a sentence or a table cell (an event's "on …", a price),
/// labelled for screen readers only, with the same care for what is typed.
#[component]
pub fn InlineInput(props: &InlineInputProps) -> Html {
    let ctx = use_context::<Ctx>().expect("context");
    let (own, keeps) = reading(&props.kind);
    let parse = props.parse.map_or(own, |p| p.0);
    let t = use_typed(
        &ctx,
        &props.id,
        &props.label,
        &props.value.to_string(),
        String::clone,
        parse,
        keeps,
        &props.onchange,
    );
    let error = t
        .error
        .map(|k| AttrValue::from(ctx.t(k)))
        .or_else(|| props.error.clone());
    let err_id = format!("{}-error", props.id);
    html! {
        <span class={classes!("inline", error.is_some().then_some("invalid"))}>
            <input type={props.kind.clone()} id={props.id.clone()} aria-label={props.label.clone()} class={props.class.clone()}
                value={t.value} oninput={t.oninput} onchange={t.onchange} inputmode={props.inputmode.clone()} autocomplete="off"
                aria-invalid={error.is_some().then_some("true")}
                aria-describedby={error.is_some().then(|| err_id.clone())} />
            if let Some(m) = error { <small class="error" id={err_id} role="alert">{ m }</small> }
        </span>
    }
}

/// A select element's reference that keeps the element showing `value`.
/// Once a person has picked an option, the browser no longer follows the
/// options' `selected` attributes, so the value is set on the element
/// itself after each render: an undo, a file or another field's change (a
/// typed zone names its region) shows in the select too.
#[hook]
pub fn use_selected(value: &str) -> NodeRef {
    let node = use_node_ref();
    {
        let (node, value) = (node.clone(), value.to_string());
        use_effect(move || {
            if let Some(select) = node.cast::<HtmlSelectElement>() {
                if select.value() != value {
                    select.set_value(&value);
                }
            }
        });
    }
    node
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
    let node = use_selected(&props.value);
    html! {
        <Field id={props.id.clone()} label={props.label.clone()} error={props.error.clone()} hint={props.hint.clone()}>
            <select id={props.id.clone()} ref={node} {onchange}>
                for (v, t) in props.options.iter() {
                    <option value={v.clone()} selected={*v == props.value}>{ t.clone() }</option>
                }
            </select>
        </Field>
    }
}
