//! Which field an engine error is about, as the page names it: the label a
//! person reads ("Event 2: Contacts") and the id of the input to focus.
//! Field paths such as `events[1].count` stay in the CLI and the JS API.

use crate::catalogue::{tf, Lang, T};

/// An input on the page: its element id and its label.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    /// The id of the input, for a link that puts focus in it.
    pub id: String,
    /// The field's name in the chosen language.
    pub label: String,
}

/// The input an error's path points at, or `None` for the whole document
/// and for fields the page does not show as one input.
pub fn place(lang: Lang, path: &str) -> Option<Place> {
    let at = |id: &str, key: T| {
        Some(Place {
            id: id.to_string(),
            label: key.text(lang).to_string(),
        })
    };
    match path {
        "name" => at("name", T::ScenarioName),
        "account.start" => at("start", T::PurchaseDate),
        "account.as_of" => at("as-of", T::CountsAsOf),
        "until" => at("until", T::SimulateUntil),
        "contacts.marketing" => at("marketing", T::MarketingContacts),
        "contacts.non_marketing" => at("non-marketing", T::NonMarketingContacts),
        "contacts.pending_non_marketing" => at("pending", T::PendingContacts),
        "account.tier" => at("tier", T::CurrentTier),
        "account.max_marketing" => at("cap", T::Cap),
        "account.timezone" => at("zone", T::ProcessingZone),
        "account.processing_time" => at("processing", T::ProcessedAt),
        p if p.starts_with("assumptions.notify_at") => at("notify", T::NotifyLabel),
        p => event_place(lang, p),
    }
}

/// The name a list of errors puts before an error: the field's label, the
/// line of a file ("Line 3"), or the price book; `None` for the whole
/// document.
pub fn heading(lang: Lang, path: &str) -> Option<String> {
    if let Some(p) = place(lang, path) {
        return Some(p.label);
    }
    if let Some(rest) = path.strip_prefix("line ") {
        // "line 3, column 2 (billed)": the column keeps the file's own name.
        return Some(match rest.split_once(", column ") {
            Some((n, c)) => tf(lang, T::ErrColumn, &[("n", n), ("c", c)]),
            None => tf(lang, T::ErrLine, &[("n", rest)]),
        });
    }
    if path.starts_with("prices") {
        return Some(T::PriceBook.text(lang).trim().to_string());
    }
    None
}

/// `events[1].count` is "Event 2: Contacts", in the input `ev1-count`; a
/// whole event (`events[1]`) is "Event 2", at its kind.
fn event_place(lang: Lang, path: &str) -> Option<Place> {
    let rest = path.strip_prefix("events[")?;
    let (index, field) = rest.split_once(']')?;
    let i: usize = index.parse().ok()?;
    let n = (i + 1).to_string();
    let field = field.strip_prefix('.').unwrap_or(field);
    let (id, label) = match field {
        // The whole event (its schedule, a field it must not have): its
        // first input, which every kind of event has.
        "" => ("kind", tf(lang, T::WarnWhoEvent, &[("n", &n)])),
        "at" => ("at", tf(lang, T::EventDate, &[("n", &n)])),
        "from" => ("from", tf(lang, T::EventFrom, &[("n", &n)])),
        "to" => ("to", tf(lang, T::EventTo, &[("n", &n)])),
        "through" => ("through", tf(lang, T::EventThrough, &[("n", &n)])),
        "count" | "per_day" | "tier" => {
            let name = match field {
                "count" => T::Contacts,
                "per_day" => T::PerDay,
                _ => T::Tier,
            };
            let label = tf(
                lang,
                T::EventField,
                &[("n", n.as_str()), ("field", name.text(lang))],
            );
            (field, label)
        }
        _ => return None,
    };
    Some(Place {
        id: format!("ev{i}-{id}"),
        label,
    })
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn account_fields_are_named_by_their_labels() {
        let p = place(Lang::EN, "contacts.marketing").unwrap();
        assert_eq!(p.id, "marketing");
        assert_eq!(p.label, "Marketing contacts");
        assert_eq!(place(Lang::EN, "account.as_of").unwrap().id, "as-of");
        assert_eq!(
            place(Lang::of("sv"), "until").unwrap().label,
            "Simulera till"
        );
    }

    #[test]
    fn event_fields_are_named_by_event_number_and_field() {
        let p = place(Lang::EN, "events[1].count").unwrap();
        assert_eq!(p.id, "ev1-count");
        assert_eq!(p.label, "Event 2: Contacts");
        let whole = place(Lang::EN, "events[0]").unwrap();
        assert_eq!(whole.id, "ev0-kind");
        assert_eq!(whole.label, "Event 1");
        assert_eq!(
            place(Lang::EN, "events[0].at").unwrap().label,
            "Date of event 1"
        );
        assert_eq!(place(Lang::EN, "events[0].action"), None);
        assert_eq!(place(Lang::EN, "events[x].count"), None);
    }

    #[test]
    fn the_whole_document_and_unknown_paths_have_no_place() {
        assert_eq!(place(Lang::EN, ""), None);
        assert_eq!(place(Lang::EN, "prices.editions.starter.base"), None);
        assert_eq!(heading(Lang::EN, ""), None);
    }

    #[test]
    fn lines_of_a_file_and_the_price_book_are_headed_in_words() {
        assert_eq!(
            heading(Lang::of("pl"), "line 4").as_deref(),
            Some("Wiersz 4")
        );
        assert_eq!(
            heading(Lang::of("sv"), "line 3, column 2 (billed)").as_deref(),
            Some("Rad 3, kolumn 2 (billed)")
        );
        assert_eq!(
            heading(Lang::EN, "prices.editions.starter.base").as_deref(),
            Some("Price book")
        );
        assert_eq!(
            heading(Lang::EN, "events[2].per_day").as_deref(),
            Some("Event 3: Contacts per day")
        );
    }
}
