//! CSV exports of the day series and the invoice ledger (RFC 4180: commas,
//! CRLF line ends, quotes doubled; numbers and money as plain decimals).

use tierwise_engine::outcome::{LineKind, Outcome};

/// A plain decimal such as `-12.50`: digits with an optional sign and point.
fn is_number(text: &str) -> bool {
    let body = text.strip_prefix(['-', '+']).unwrap_or(text);
    let mut parts = body.splitn(2, '.');
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    parts.next().is_some_and(digits) && parts.next().is_none_or(digits)
}

fn field(text: &str) -> String {
    // A leading = + - @ would be a formula to a spreadsheet: quote it and add a '.
    let guarded = if text.starts_with(['=', '+', '-', '@']) && !is_number(text) {
        format!("'{text}")
    } else {
        text.to_string()
    };
    if guarded.contains([',', '"', '\n', '\r']) || guarded != text {
        format!("\"{}\"", guarded.replace('"', "\"\""))
    } else {
        guarded
    }
}

/// The day series: one row per local date.
pub fn days_csv(o: &Outcome) -> String {
    let mut out = String::from(
        "date,marketing,pending_non_marketing,non_marketing,billed,peak_billed,tier\r\n",
    );
    for d in &o.days {
        out.push_str(&format!(
            "{},{},{},{},{},{},{}\r\n",
            d.date,
            d.marketing,
            d.pending_non_marketing,
            d.non_marketing,
            d.billed,
            d.peak_billed,
            d.tier
        ));
    }
    out
}

/// The invoice ledger, with the total as the last row.
pub fn ledger_csv(o: &Outcome) -> String {
    let mut out = String::from("date,kind,amount,currency,description\r\n");
    for l in &o.invoice_lines {
        let kind = match l.kind {
            LineKind::Recurring => "recurring",
            LineKind::Proration => "proration",
            LineKind::Credit => "credit",
            LineKind::Charge => "charge",
        };
        out.push_str(&format!(
            "{},{kind},{},{},{}\r\n",
            l.date,
            l.amount,
            o.currency,
            field(&l.description)
        ));
    }
    out.push_str(&format!(",total,{},{},\r\n", o.total, o.currency));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use tierwise_engine as engine;

    #[test]
    fn the_ledger_csv_has_one_row_per_line_and_the_total() {
        let o = engine::evaluate(
            &engine::parse(include_str!(
                "../../../tests/fixtures/import-on-the-20th.json"
            ))
            .unwrap(),
            engine::Options::FULL,
        )
        .unwrap();
        let csv = ledger_csv(&o);
        let rows: Vec<&str> = csv.split("\r\n").filter(|r| !r.is_empty()).collect();
        assert_eq!(rows.len(), o.invoice_lines.len() + 2);
        assert_eq!(rows[2], "2026-12-21,proration,87.10,USD,Upgrade from tier 7000 to 12000: 12/31 days of the price difference");
        assert_eq!(*rows.last().unwrap(), ",total,16112.10,USD,");
    }

    #[test]
    fn fields_are_quoted_and_formulas_defused() {
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("=HYPERLINK(1)"), "\"'=HYPERLINK(1)\"");
        assert_eq!(field("-180.65"), "-180.65");
    }
}
