//! Writes a scenario as JSON, field by field: the counterpart of
//! [`super::reader`], for the browser bundle (see [`super::json`]). It prints
//! exactly what serde_json prints for the same scenario, fields in the same
//! order and the same ones left out; `tests/format.rs` checks that on every
//! fixture and on generated scenarios.

use super::json::Value;
use super::scenario::{
    Account, Assumptions, BandSpec, Contacts, EditionPricesSpec, EventSpec, HistoryRow,
    InvoiceCharge, PriceBookSpec, Scenario,
};

/// An object under construction; `None` members are left out.
struct Obj(Vec<(String, Value)>);

impl Obj {
    fn new() -> Self {
        Obj(Vec::new())
    }
    fn put(mut self, name: &str, v: Value) -> Self {
        self.0.push((name.to_string(), v));
        self
    }
    fn opt(self, name: &str, v: Option<Value>) -> Self {
        match v {
            Some(v) => self.put(name, v),
            None => self,
        }
    }
    fn done(self) -> Value {
        Value::Object(self.0)
    }
}

fn text(s: &str) -> Value {
    Value::String(s.to_string())
}

fn int(n: i64) -> Value {
    Value::Number(n.to_string())
}

fn or_null(v: Option<Value>) -> Value {
    v.unwrap_or(Value::Null)
}

fn list<T>(items: &[T], f: impl Fn(&T) -> Value) -> Value {
    Value::Array(items.iter().map(f).collect())
}

/// The scenario as a JSON value.
pub fn scenario(s: &Scenario) -> Value {
    Obj::new()
        .put("version", Value::Number(s.version.to_string()))
        .opt("name", s.name.as_deref().map(text))
        .put("account", account(&s.account))
        .put("prices", or_null(s.prices.as_ref().map(prices)))
        .put("contacts", contacts(&s.contacts))
        .put("events", list(&s.events, event))
        .put("until", text(&s.until))
        .put("assumptions", assumptions(&s.assumptions))
        .opt(
            "history",
            (!s.history.is_empty()).then(|| list(&s.history, history_row)),
        )
        .opt(
            "invoice",
            (!s.invoice.is_empty()).then(|| list(&s.invoice, invoice_charge)),
        )
        .done()
}

fn account(a: &Account) -> Value {
    Obj::new()
        .put("edition", text(a.edition.code()))
        .put("term", text(a.term.code()))
        .opt("billing", a.billing.map(|b| text(b.code())))
        .put("start", text(&a.start))
        .opt("as_of", a.as_of.as_deref().map(text))
        .put("timezone", text(&a.timezone))
        .put("processing_time", text(&a.processing_time))
        .put("tier", or_null(a.tier.map(int)))
        .put("max_marketing", or_null(a.max_marketing.map(int)))
        .done()
}

fn contacts(c: &Contacts) -> Value {
    Obj::new()
        .put("marketing", int(c.marketing))
        .put("non_marketing", int(c.non_marketing))
        .opt(
            "pending_non_marketing",
            (c.pending_non_marketing != 0).then(|| int(c.pending_non_marketing)),
        )
        .done()
}

fn event(e: &EventSpec) -> Value {
    Obj::new()
        .opt("at", e.at.as_deref().map(text))
        .opt("from", e.from.as_deref().map(text))
        .opt("to", e.to.as_deref().map(text))
        .put("action", text(e.action.code()))
        .opt("count", e.count.map(int))
        .opt("per_day", e.per_day.map(int))
        .opt("tier", e.tier.map(int))
        .opt("every", e.every.map(|_| text("month")))
        .opt("through", e.through.as_deref().map(text))
        .done()
}

fn assumptions(a: &Assumptions) -> Value {
    Obj::new()
        .put("proration", text(a.proration.code()))
        .put("rounding", text(a.rounding.code()))
        .put("lines", text(a.lines.code()))
        .put("notify_at", list(&a.notify_at, |n| int(*n)))
        .put("month_end", text(a.month_end.code()))
        .opt(
            "rule_edition",
            (!a.rule_edition.is_current()).then(|| text(a.rule_edition.code())),
        )
        .done()
}

fn prices(p: &PriceBookSpec) -> Value {
    let editions = p
        .editions
        .iter()
        .map(|(e, spec)| (e.code().to_string(), edition_prices(spec)))
        .collect();
    Obj::new()
        .opt("name", p.name.as_deref().map(text))
        .put("currency", text(&p.currency))
        .opt(
            "monthly_term_factor",
            p.monthly_term_factor.as_deref().map(text),
        )
        .opt("example", p.example.then_some(Value::Bool(true)))
        .put("editions", Value::Object(editions))
        .done()
}

fn edition_prices(e: &EditionPricesSpec) -> Value {
    Obj::new()
        .put("included", int(e.included))
        .put("base", text(&e.base))
        .put("pack_size", int(e.pack_size))
        .put("pack_price", text(&e.pack_price))
        .opt("bands", (!e.bands.is_empty()).then(|| list(&e.bands, band)))
        .done()
}

fn band(b: &BandSpec) -> Value {
    Obj::new()
        .put("from", int(b.from))
        .put("pack_price", text(&b.pack_price))
        .done()
}

fn history_row(h: &HistoryRow) -> Value {
    Obj::new()
        .put("date", text(&h.date))
        .put("billed", int(h.billed))
        .opt("non_marketing", h.non_marketing.map(int))
        .done()
}

fn invoice_charge(c: &InvoiceCharge) -> Value {
    Obj::new()
        .put("date", text(&c.date))
        .put("amount", text(&c.amount))
        .done()
}

impl Scenario {
    /// The scenario as a JSON value, to embed in larger documents.
    pub fn to_json_value(&self) -> Value {
        scenario(self)
    }

    /// Compact JSON text of the scenario format.
    pub fn to_json(&self) -> String {
        scenario(self).to_text()
    }

    /// The same, indented for people to read.
    pub fn to_json_pretty(&self) -> String {
        scenario(self).to_pretty_text()
    }
}
