//! Reads a scenario from a parsed JSON value, field by field, naming the path
//! of the first problem (`events[3].count`).
//!
//! Written by hand rather than derived: serde's derived visitors, wrapped by
//! serde_path_to_error to track paths, were about 25 KB of the gzipped
//! browser bundle; this reader over a [`super::json::Value`] saved 11 KB of them.
//! The format is the one the types in [`super::scenario`] describe (they keep
//! their serde derives for Rust users); `tests/format.rs` and a property test
//! check that both readings agree.

use std::collections::BTreeMap;

use super::json::Value;

use super::error::{self, Error, ErrorCode};
use super::scenario::{
    by_code, Account, Action, Assumptions, BandSpec, Contacts, Edition, EditionPricesSpec,
    EventSpec, Every, HistoryRow, InvoiceCharge, Lines, MonthEnd, PriceBookSpec, Proration,
    Rounding, RuleEdition, Scenario, Term,
};

type R<T> = Result<T, Error>;

/// What a JSON value is, in serde's words: `string "x"`, `integer `5``.
fn unexpected(v: &Value) -> String {
    match v {
        Value::Null => "null".into(),
        Value::Bool(b) => format!("boolean `{b}`"),
        Value::Number(n) if v.is_fraction() => format!("floating point `{n}`"),
        Value::Number(n) => format!("integer `{n}`"),
        Value::String(s) => format!("string \"{s}\""),
        Value::Array(_) => "sequence".into(),
        Value::Object(_) => "map".into(),
    }
}

fn invalid(path: &str, detail: String) -> Error {
    Error::new(path, ErrorCode::InvalidValue, &detail).with("detail", detail)
}

fn wrong_type(v: &Value, path: &str, expected: &str) -> Error {
    invalid(
        path,
        format!("invalid type: {}, expected {expected}", unexpected(v)),
    )
}

fn string(v: &Value, path: &str) -> R<String> {
    v.as_str()
        .map(str::to_string)
        .ok_or_else(|| wrong_type(v, path, "a string"))
}

fn integer(v: &Value, path: &str) -> R<i64> {
    match v {
        Value::Number(n) => v.as_i64().ok_or_else(|| {
            if v.is_fraction() {
                wrong_type(v, path, "i64")
            } else {
                invalid(path, format!("invalid value: integer `{n}`, expected i64"))
            }
        }),
        _ => Err(wrong_type(v, path, "i64")),
    }
}

fn boolean(v: &Value, path: &str) -> R<bool> {
    v.as_bool().ok_or_else(|| wrong_type(v, path, "a boolean"))
}

fn list<T>(v: &Value, path: &str, item: impl Fn(&Value, &str) -> R<T>) -> R<Vec<T>> {
    let Value::Array(items) = v else {
        return Err(wrong_type(v, path, "a sequence"));
    };
    items
        .iter()
        .enumerate()
        .map(|(i, x)| item(x, &format!("{path}[{i}]")))
        .collect()
}

/// A word from a fixed list, such as an edition or an action.
fn word<T: Copy>(v: &Value, path: &str, all: &[T], code: impl Fn(T) -> &'static str) -> R<T> {
    let Value::String(s) = v else {
        return Err(wrong_type(v, path, "a string"));
    };
    by_code(all, &code, s).ok_or_else(|| {
        let expected: Vec<String> = all.iter().map(|x| format!("`{}`", code(*x))).collect();
        invalid(
            path,
            format!(
                "unknown variant `{s}`, expected one of {}",
                expected.join(", ")
            ),
        )
    })
}

/// An object's fields, checked against the names the format knows.
struct Fields<'a> {
    object: &'a Value,
    path: &'a str,
}

impl<'a> Fields<'a> {
    fn new(v: &'a Value, path: &'a str, known: &[&str], what: &str) -> R<Fields<'a>> {
        let Value::Object(map) = v else {
            return Err(wrong_type(v, path, what));
        };
        if let Some((k, _)) = map.iter().find(|(k, _)| !known.contains(&k.as_str())) {
            let names: Vec<String> = known.iter().map(|n| format!("`{n}`")).collect();
            let detail = format!("unknown field `{k}`, expected one of {}", names.join(", "));
            return Err(
                Error::new(error::join(path, k), ErrorCode::UnknownField, &detail)
                    .with("field", k)
                    .with("detail", detail),
            );
        }
        Ok(Fields { object: v, path })
    }

    /// A member by name (the last one if repeated, as serde_json reads it).
    fn get(&self, name: &str) -> Option<&'a Value> {
        self.object.get(name)
    }

    fn at(&self, name: &str) -> String {
        error::join(self.path, name)
    }

    /// A required field.
    fn req<T>(&self, name: &str, read: impl Fn(&Value, &str) -> R<T>) -> R<T> {
        match self.get(name) {
            Some(v) => read(v, &self.at(name)),
            None => {
                let detail = format!("missing field `{name}`");
                Err(Error::new(self.at(name), ErrorCode::MissingField, &detail)
                    .with("field", name)
                    .with("detail", detail))
            }
        }
    }

    /// An optional field: absent or `null` is `None`.
    fn opt<T>(&self, name: &str, read: impl Fn(&Value, &str) -> R<T>) -> R<Option<T>> {
        match self.get(name) {
            None | Some(Value::Null) => Ok(None),
            Some(v) => read(v, &self.at(name)).map(Some),
        }
    }

    /// A field with a default when absent (`null` is a wrong type, as serde reads it).
    fn or<T>(
        &self,
        name: &str,
        default: impl FnOnce() -> T,
        read: impl Fn(&Value, &str) -> R<T>,
    ) -> R<T> {
        match self.get(name) {
            None => Ok(default()),
            Some(v) => read(v, &self.at(name)),
        }
    }
}

/// Reads a whole scenario (after its version has been checked).
pub fn scenario(v: &Value) -> R<Scenario> {
    let f = Fields::new(
        v,
        "",
        &[
            "version",
            "name",
            "account",
            "prices",
            "contacts",
            "events",
            "until",
            "assumptions",
            "history",
            "invoice",
        ],
        "struct Scenario",
    )?;
    Ok(Scenario {
        version: f.req("version", |v, p| {
            let n = integer(v, p)?;
            u32::try_from(n)
                .map_err(|_| invalid(p, format!("invalid value: integer `{n}`, expected u32")))
        })?,
        name: f.opt("name", string)?,
        account: f.req("account", account)?,
        prices: f.opt("prices", prices)?,
        contacts: f.req("contacts", contacts)?,
        events: f.or("events", Vec::new, |v, p| list(v, p, event))?,
        until: f.req("until", string)?,
        assumptions: f.or("assumptions", Assumptions::default, assumptions)?,
        history: f.or("history", Vec::new, |v, p| list(v, p, history_row))?,
        invoice: f.or("invoice", Vec::new, |v, p| list(v, p, invoice_charge))?,
    })
}

fn edition(v: &Value, p: &str) -> R<Edition> {
    word(v, p, &Edition::ALL, Edition::code)
}

fn term(v: &Value, p: &str) -> R<Term> {
    word(v, p, &Term::ALL, Term::code)
}

fn account(v: &Value, path: &str) -> R<Account> {
    let f = Fields::new(
        v,
        path,
        &[
            "edition",
            "term",
            "billing",
            "start",
            "as_of",
            "timezone",
            "processing_time",
            "tier",
            "max_marketing",
        ],
        "struct Account",
    )?;
    Ok(Account {
        edition: f.req("edition", edition)?,
        term: f.req("term", term)?,
        billing: f.opt("billing", term)?,
        start: f.req("start", string)?,
        as_of: f.opt("as_of", string)?,
        timezone: f.or("timezone", super::scenario::default_timezone, string)?,
        processing_time: f.or(
            "processing_time",
            super::scenario::default_processing_time,
            string,
        )?,
        tier: f.opt("tier", integer)?,
        max_marketing: f.opt("max_marketing", integer)?,
    })
}

fn contacts(v: &Value, path: &str) -> R<Contacts> {
    let f = Fields::new(
        v,
        path,
        &["marketing", "non_marketing", "pending_non_marketing"],
        "struct Contacts",
    )?;
    Ok(Contacts {
        marketing: f.req("marketing", integer)?,
        non_marketing: f.or("non_marketing", || 0, integer)?,
        pending_non_marketing: f.or("pending_non_marketing", || 0, integer)?,
    })
}

fn event(v: &Value, path: &str) -> R<EventSpec> {
    let f = Fields::new(
        v,
        path,
        &[
            "at", "from", "to", "action", "count", "per_day", "tier", "every", "through",
        ],
        "struct EventSpec",
    )?;
    Ok(EventSpec {
        at: f.opt("at", string)?,
        from: f.opt("from", string)?,
        to: f.opt("to", string)?,
        action: f.req("action", |v, p| word(v, p, &Action::ALL, Action::code))?,
        count: f.opt("count", integer)?,
        per_day: f.opt("per_day", integer)?,
        tier: f.opt("tier", integer)?,
        every: f.opt("every", |v, p| word(v, p, &[Every::Month], |_| "month"))?,
        through: f.opt("through", string)?,
    })
}

fn assumptions(v: &Value, path: &str) -> R<Assumptions> {
    let f = Fields::new(
        v,
        path,
        &[
            "proration",
            "rounding",
            "lines",
            "notify_at",
            "month_end",
            "rule_edition",
        ],
        "struct Assumptions",
    )?;
    let d = Assumptions::default();
    Ok(Assumptions {
        proration: f.or(
            "proration",
            || d.proration,
            |v, p| word(v, p, &Proration::ALL, Proration::code),
        )?,
        rounding: f.or(
            "rounding",
            || d.rounding,
            |v, p| word(v, p, &Rounding::ALL, Rounding::code),
        )?,
        lines: f.or(
            "lines",
            || d.lines,
            |v, p| word(v, p, &Lines::ALL, Lines::code),
        )?,
        notify_at: f.or(
            "notify_at",
            || d.notify_at.clone(),
            |v, p| list(v, p, integer),
        )?,
        month_end: f.or(
            "month_end",
            || d.month_end,
            |v, p| word(v, p, &MonthEnd::ALL, MonthEnd::code),
        )?,
        rule_edition: f.or(
            "rule_edition",
            || d.rule_edition,
            |v, p| word(v, p, &RuleEdition::ALL, RuleEdition::code),
        )?,
    })
}

fn prices(v: &Value, path: &str) -> R<PriceBookSpec> {
    let f = Fields::new(
        v,
        path,
        &[
            "name",
            "currency",
            "monthly_term_factor",
            "example",
            "editions",
        ],
        "struct PriceBookSpec",
    )?;
    Ok(PriceBookSpec {
        name: f.opt("name", string)?,
        currency: f.or("currency", || "USD".to_string(), string)?,
        monthly_term_factor: f.opt("monthly_term_factor", string)?,
        example: f.or("example", || false, boolean)?,
        editions: f.req("editions", editions)?,
    })
}

fn editions(v: &Value, path: &str) -> R<BTreeMap<Edition, EditionPricesSpec>> {
    let Value::Object(map) = v else {
        return Err(wrong_type(v, path, "a map"));
    };
    let mut out = BTreeMap::new();
    for (k, x) in map {
        let at = error::join(path, k);
        let e = edition(&Value::String(k.clone()), &at)?;
        out.insert(e, edition_prices(x, &at)?);
    }
    Ok(out)
}

fn edition_prices(v: &Value, path: &str) -> R<EditionPricesSpec> {
    let f = Fields::new(
        v,
        path,
        &["included", "base", "pack_size", "pack_price", "bands"],
        "struct EditionPricesSpec",
    )?;
    Ok(EditionPricesSpec {
        included: f.req("included", integer)?,
        base: f.req("base", string)?,
        pack_size: f.req("pack_size", integer)?,
        pack_price: f.req("pack_price", string)?,
        bands: f.or("bands", Vec::new, |v, p| {
            list(v, p, |v, p| {
                let f = Fields::new(v, p, &["from", "pack_price"], "struct BandSpec")?;
                Ok(BandSpec {
                    from: f.req("from", integer)?,
                    pack_price: f.req("pack_price", string)?,
                })
            })
        })?,
    })
}

fn history_row(v: &Value, path: &str) -> R<HistoryRow> {
    let f = Fields::new(
        v,
        path,
        &["date", "billed", "non_marketing"],
        "struct HistoryRow",
    )?;
    Ok(HistoryRow {
        date: f.req("date", string)?,
        billed: f.req("billed", integer)?,
        non_marketing: f.opt("non_marketing", integer)?,
    })
}

fn invoice_charge(v: &Value, path: &str) -> R<InvoiceCharge> {
    let f = Fields::new(v, path, &["date", "amount"], "struct InvoiceCharge")?;
    Ok(InvoiceCharge {
        date: f.req("date", string)?,
        amount: f.req("amount", string)?,
    })
}
