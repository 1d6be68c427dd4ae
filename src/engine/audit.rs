//! Invoice audit: line up the charges of a real invoice with the simulated
//! invoice lines, and say which assumption explains a difference (issue 9).
//!
//! # Pairing, date by date
//! 1. A charge with the same date and amount as a simulated line matches it.
//! 2. A charge equal to the sum of that date's remaining upgrade lines (a
//!    credit-and-charge pair shown as one net amount) matches them together.
//! 3. A charge left over is paired with the nearest remaining line that date
//!    and *differs* by the difference; with none, it is *not simulated*.
//! 4. A simulated line left over, dated within the invoice's first and last
//!    charge dates, is *missing* from the invoice.
//!
//! The invoice matches when every charge matches and nothing is missing.
//!
//! # Explanations
//! For each charge that does not match, the 47 other combinations of the
//! discrete assumptions (SPEC R4, R5, R8) are simulated; those under which the
//! charge would match, with the fewest settings changed, explain it.
//! [`search`] lists every combination under which the whole invoice matches.

use chrono::{NaiveDate, Timelike};
use rust_decimal::Decimal;
use serde::Serialize;

use super::error::{Error, ErrorCode};
use super::money;
use super::outcome::{InvoiceLine, LineKind};
use super::plan::{self, Plan};
use super::scenario::{InvoiceCharge, Lines, MonthEnd, Proration, Rounding};
use super::simulate::{self, Mode};
use super::timeline::Timeline;

/// The most charges an invoice may list.
pub const MAX_CHARGES: usize = 1000;

/// The audit of an invoice against the simulation.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Audit {
    /// One entry per invoice charge, in the order given.
    pub charges: Vec<AuditedCharge>,
    /// Simulated lines within the invoice's dates that no charge accounts for.
    pub missing: Vec<MissingLine>,
    /// True when every charge matches and nothing is missing.
    pub matches: bool,
}

/// How one invoice charge compares.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum ChargeStatus {
    /// A simulated line (or a credit-and-charge pair) has the same date and amount.
    Matches,
    /// A simulated line that date has another amount.
    Differs,
    /// The simulation has no line that date.
    NotSimulated,
}

/// One invoice charge and what it was paired with.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct AuditedCharge {
    /// Date on the invoice.
    pub date: NaiveDate,
    /// Amount on the invoice.
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub amount: Decimal,
    /// The verdict.
    pub status: ChargeStatus,
    /// Indexes into `invoice_lines` of the simulated lines it was paired with.
    pub lines: Vec<usize>,
    /// The simulated amount, when paired.
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub simulated: Option<Decimal>,
    /// Invoice minus simulation, when paired.
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub difference: Option<Decimal>,
    /// Sets of changed assumptions under which this charge would match, the
    /// fewest changes first; empty when it matches or nothing explains it.
    pub explained_by: Vec<Vec<Change>>,
}

/// A simulated line that the invoice does not show.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct MissingLine {
    /// Index into `invoice_lines`.
    pub line: usize,
    /// Its date.
    pub date: NaiveDate,
    /// Its amount.
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub amount: Decimal,
    /// Its kind.
    pub kind: LineKind,
}

/// One assumption set to another value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(tag = "setting", content = "value", rename_all = "snake_case")]
pub enum Change {
    /// `account.processing_time`: `"00:00"` or `"12:00"`.
    ProcessingTime(#[cfg_attr(feature = "ts", ts(type = "string"))] &'static str),
    /// `assumptions.proration`.
    Proration(Proration),
    /// `assumptions.rounding`.
    Rounding(Rounding),
    /// `assumptions.lines`.
    Lines(Lines),
    /// `assumptions.month_end`.
    MonthEnd(MonthEnd),
}

/// One combination of the discrete assumptions that "try every assumption"
/// searches (48 in all).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Combination {
    /// `"00:00"` or `"12:00"`.
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub processing_time: &'static str,
    /// Proration fraction.
    pub proration: Proration,
    /// Rounding.
    pub rounding: Rounding,
    /// Net line or credit and charge.
    pub lines: Lines,
    /// Month-end rule.
    pub month_end: MonthEnd,
}

impl Combination {
    /// All 48 combinations, the defaults first.
    pub fn all() -> Vec<Combination> {
        let mut out = Vec::with_capacity(48);
        for processing_time in ["00:00", "12:00"] {
            for proration in Proration::ALL {
                for rounding in Rounding::ALL {
                    for lines in Lines::ALL {
                        for month_end in MonthEnd::ALL {
                            out.push(Combination {
                                processing_time,
                                proration,
                                rounding,
                                lines,
                                month_end,
                            });
                        }
                    }
                }
            }
        }
        out
    }

    /// The plan's own combination. A processing time other than 00:00 and
    /// 12:00 is `"other"`, so that every one of the 48 differs from it in
    /// processing time and an explanation can name that change.
    pub fn of(plan: &Plan) -> Combination {
        let p = plan.calendar.processing;
        Combination {
            processing_time: match (p.hour(), p.minute()) {
                (0, 0) => "00:00",
                (12, 0) => "12:00",
                _ => "other",
            },
            proration: plan.assumptions.proration,
            rounding: plan.assumptions.rounding,
            lines: plan.assumptions.lines,
            month_end: plan.calendar.month_end,
        }
    }

    /// The settings in which `self` differs from `base`.
    pub fn changes_from(&self, base: &Combination) -> Vec<Change> {
        let mut out = Vec::new();
        if self.processing_time != base.processing_time {
            out.push(Change::ProcessingTime(self.processing_time));
        }
        if self.proration != base.proration {
            out.push(Change::Proration(self.proration));
        }
        if self.rounding != base.rounding {
            out.push(Change::Rounding(self.rounding));
        }
        if self.lines != base.lines {
            out.push(Change::Lines(self.lines));
        }
        if self.month_end != base.month_end {
            out.push(Change::MonthEnd(self.month_end));
        }
        out
    }

    /// `plan` with these settings.
    pub fn apply(&self, plan: &Plan) -> Plan {
        let mut p = plan.clone();
        p.calendar.processing = plan::parse_time(self.processing_time, "").unwrap_or_default();
        p.calendar.month_end = self.month_end;
        p.assumptions.proration = self.proration;
        p.assumptions.rounding = self.rounding;
        p.assumptions.lines = self.lines;
        p.assumptions.month_end = self.month_end;
        p
    }
}

/// Checks invoice charges (paths `invoice[i].date`, `invoice[i].amount`).
///
/// # Errors
/// Every unreadable date or amount, or too many charges.
pub fn check(charges: &[InvoiceCharge]) -> Result<Vec<(NaiveDate, Decimal)>, Vec<Error>> {
    if charges.len() > MAX_CHARGES {
        return Err(vec![Error::too_many(
            "invoice",
            charges.len(),
            MAX_CHARGES,
            "charges",
        )]);
    }
    let mut out = Vec::with_capacity(charges.len());
    let mut errors = Vec::new();
    for (i, c) in charges.iter().enumerate() {
        let date =
            plan::parse_date(&c.date, &format!("invoice[{i}].date")).map_err(|e| errors.push(e));
        let amount = money::parse(&c.amount).ok_or_else(|| {
            errors.push(
                Error::new(
                    format!("invoice[{i}].amount"),
                    ErrorCode::InvalidMoney,
                    format!("\"{}\" is not an amount such as \"123.45\"", c.amount),
                )
                .with("value", &c.amount),
            );
        });
        if let (Ok(d), Ok(a)) = (date, amount) {
            out.push((d, a));
        }
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

/// Pairs invoice charges with simulated lines (see the module docs), without
/// explanations.
pub fn pair(lines: &[InvoiceLine], invoice: &[(NaiveDate, Decimal)]) -> Audit {
    let mut used = vec![false; lines.len()];
    let mut charges: Vec<Option<AuditedCharge>> = vec![None; invoice.len()];
    let on =
        |d: NaiveDate| -> Vec<usize> { (0..lines.len()).filter(|&i| lines[i].date == d).collect() };
    let verdict = |date, amount, status, idx: Vec<usize>, sim: Option<Decimal>| AuditedCharge {
        date,
        amount,
        status,
        lines: idx,
        simulated: sim,
        difference: sim.map(|s| amount - s),
        explained_by: Vec::new(),
    };
    // 1. Exact matches first, so that a near miss never takes another's line.
    for (k, &(d, a)) in invoice.iter().enumerate() {
        if let Some(i) = on(d)
            .into_iter()
            .find(|&i| !used[i] && lines[i].amount == a)
        {
            used[i] = true;
            charges[k] = Some(verdict(d, a, ChargeStatus::Matches, vec![i], Some(a)));
        }
    }
    // 2. A net amount for a credit-and-charge pair (or several upgrades).
    for (k, &(d, a)) in invoice.iter().enumerate() {
        if charges[k].is_some() {
            continue;
        }
        let rest: Vec<usize> = on(d)
            .into_iter()
            .filter(|&i| !used[i] && lines[i].kind != LineKind::Recurring)
            .collect();
        if rest.len() >= 2 && rest.iter().map(|&i| lines[i].amount).sum::<Decimal>() == a {
            for &i in &rest {
                used[i] = true;
            }
            charges[k] = Some(verdict(d, a, ChargeStatus::Matches, rest, Some(a)));
        }
    }
    // 3. Near misses and charges the simulation does not have.
    for (k, &(d, a)) in invoice.iter().enumerate() {
        if charges[k].is_some() {
            continue;
        }
        let nearest = on(d).into_iter().filter(|&i| !used[i]).min_by_key(|&i| {
            (
                (lines[i].amount.is_sign_negative() != a.is_sign_negative()),
                (lines[i].amount - a).abs(),
            )
        });
        charges[k] = Some(match nearest {
            Some(i) => {
                used[i] = true;
                verdict(d, a, ChargeStatus::Differs, vec![i], Some(lines[i].amount))
            }
            None => verdict(d, a, ChargeStatus::NotSimulated, Vec::new(), None),
        });
    }
    // 4. Lines within the invoice's dates that it does not show.
    let span = invoice
        .iter()
        .map(|c| c.0)
        .min()
        .zip(invoice.iter().map(|c| c.0).max());
    let missing: Vec<MissingLine> = match span {
        Some((first, last)) => lines
            .iter()
            .enumerate()
            .filter(|(i, l)| !used[*i] && l.date >= first && l.date <= last)
            .map(|(i, l)| MissingLine {
                line: i,
                date: l.date,
                amount: l.amount,
                kind: l.kind,
            })
            .collect(),
        None => Vec::new(),
    };
    let charges: Vec<AuditedCharge> = charges.into_iter().flatten().collect();
    let matches = missing.is_empty() && charges.iter().all(|c| c.status == ChargeStatus::Matches);
    Audit {
        charges,
        missing,
        matches,
    }
}

/// The invoice lines of `plan` simulated without the day series.
fn lines_of(plan: &Plan) -> Option<Vec<InvoiceLine>> {
    let timeline = Timeline::new(plan);
    let mode = Mode {
        lenient: true,
        ..Mode::default()
    };
    simulate::run(plan, &timeline, mode).ok().map(|r| r.lines)
}

/// The audit of `plan.invoice` against `lines`, each charge that does not
/// match explained by the fewest changed assumptions that would make it match.
pub fn audit(plan: &Plan, lines: &[InvoiceLine]) -> Audit {
    let mut audit = pair(lines, &plan.invoice);
    if audit
        .charges
        .iter()
        .all(|c| c.status == ChargeStatus::Matches)
    {
        return audit;
    }
    let base = Combination::of(plan);
    let mut combinations: Vec<(Vec<Change>, Combination)> = Combination::all()
        .into_iter()
        .filter(|c| *c != base)
        .map(|c| (c.changes_from(&base), c))
        .collect();
    combinations.sort_by_key(|(changes, _)| changes.len());
    // Simulate one level of changes at a time (one change, then two, ...)
    // and stop once every differing charge has a fix: only the fewest
    // changes are reported, so later levels cannot alter the answer. Most
    // differences are explained by one change, so an edit re-runs a handful
    // of simulations instead of all 47.
    let mut alternatives: Vec<(Vec<Change>, Audit)> = Vec::new();
    let mut level = combinations.as_slice();
    while let Some((first, _)) = level.first() {
        let size = first.len();
        let end = level
            .iter()
            .position(|(c, _)| c.len() != size)
            .unwrap_or(level.len());
        for (changes, c) in &level[..end] {
            if let Some(l) = lines_of(&c.apply(plan)) {
                alternatives.push((changes.clone(), pair(&l, &plan.invoice)));
            }
        }
        level = &level[end..];
        let explained = |k: usize| {
            alternatives
                .iter()
                .any(|(_, a)| a.charges[k].status == ChargeStatus::Matches)
        };
        let differing = audit.charges.iter().enumerate();
        if differing
            .filter(|(_, c)| c.status != ChargeStatus::Matches)
            .all(|(k, _)| explained(k))
        {
            break;
        }
    }
    explain(&mut audit, &alternatives);
    audit
}

/// Gives each charge that does not match the changes of the alternatives
/// (sorted by number of changes) under which it matches, the fewest only.
fn explain(audit: &mut Audit, alternatives: &[(Vec<Change>, Audit)]) {
    for (k, charge) in audit.charges.iter_mut().enumerate() {
        if charge.status == ChargeStatus::Matches {
            continue;
        }
        let fixes: Vec<&Vec<Change>> = alternatives
            .iter()
            .filter(|(_, a)| a.charges[k].status == ChargeStatus::Matches)
            .map(|(c, _)| c)
            .collect();
        if let Some(fewest) = fixes.first().map(|c| c.len()) {
            charge.explained_by = fixes
                .into_iter()
                .take_while(|c| c.len() == fewest)
                .cloned()
                .collect();
        }
    }
}

/// Every combination of the discrete assumptions under which the whole
/// invoice matches ("try every assumption"), the plan's own first if it does.
pub fn search(plan: &Plan) -> Vec<Combination> {
    let base = Combination::of(plan);
    let mut all = Combination::all();
    all.sort_by_key(|c| c.changes_from(&base).len());
    all.into_iter()
        .filter(|c| lines_of(&c.apply(plan)).is_some_and(|l| pair(&l, &plan.invoice).matches))
        .collect()
}

/// Reads invoice charges pasted as text: one charge a line, an ISO date and
/// an amount, such as `2026-12-11, $1,234.50` or `2026-12-11;-12,50 kr`.
/// A first line that is a header is skipped, as are blank lines. Amounts may
/// carry a currency sign or code, thousands separators, a decimal comma, and
/// parentheses or a minus for credits.
///
/// # Errors
/// Every line that is not a date and an amount, naming the line.
pub fn parse_invoice_text(text: &str) -> Result<Vec<InvoiceCharge>, Vec<Error>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut out = Vec::new();
    let mut errors = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        let l = raw.trim();
        if l.is_empty() {
            continue;
        }
        let (date, rest) = l.split_at(l.char_indices().nth(10).map_or(l.len(), |(b, _)| b));
        let parsed = plan::parse_date(date, "")
            .ok()
            .and_then(|d| amount(rest).map(|a| (d, a)));
        match parsed {
            Some((d, a)) => out.push(InvoiceCharge {
                date: d.to_string(),
                amount: a.to_string(),
            }),
            // A header such as "date,amount" on the first line.
            None if out.is_empty()
                && errors.is_empty()
                && !l.starts_with(|c: char| c.is_ascii_digit()) => {}
            None => errors.push(
                Error::new(
                    format!("line {line}"),
                    ErrorCode::InvoiceLine,
                    format!("\"{l}\" is not a date and an amount such as \"2026-12-11, 123.45\""),
                )
                .with("line", line)
                .with("found", l),
            ),
        }
        if errors.len() >= 50 || out.len() > MAX_CHARGES {
            break;
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    check(&out).map(|_| out)
}

/// An amount as written on an invoice, as a decimal.
fn amount(text: &str) -> Option<Decimal> {
    let t = text.trim_start_matches(|c: char| c == ',' || c == ';' || c.is_whitespace());
    let negative =
        t.contains('-') || t.contains('\u{2212}') || (t.contains('(') && t.contains(')'));
    let kept: String = t
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '.' || *c == ',')
        .collect();
    if !kept.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    // The last separator followed by one or two digits is the decimal one.
    let body = match kept.rfind(['.', ',']) {
        Some(p) if (1..=2).contains(&(kept.len() - p - 1)) => {
            let (int, frac) = kept.split_at(p);
            format!("{}.{}", int.replace(['.', ','], ""), &frac[1..])
        }
        _ => kept.replace(['.', ','], ""),
    };
    let v = money::parse(&body)?;
    Some(if negative { -v } else { v })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The audit as first written: every alternative simulated.
    fn exhaustive(plan: &Plan, lines: &[InvoiceLine]) -> Audit {
        let mut audit = pair(lines, &plan.invoice);
        let base = Combination::of(plan);
        let mut alternatives: Vec<(Vec<Change>, Audit)> = Combination::all()
            .into_iter()
            .filter(|c| *c != base)
            .filter_map(|c| {
                let changes = c.changes_from(&base);
                lines_of(&c.apply(plan)).map(|l| (changes, pair(&l, &plan.invoice)))
            })
            .collect();
        alternatives.sort_by_key(|(changes, _)| changes.len());
        explain(&mut audit, &alternatives);
        audit
    }

    /// Stopping at the first level of changes that explains every charge
    /// gives the exhaustive answer, for an invoice made under each of the
    /// 48 combinations (so fixes of one, two and more changes occur) and for
    /// invoices off by a cent or by a charge that nothing explains.
    #[test]
    fn stopping_early_gives_the_exhaustive_answer() {
        let text = include_str!("../../tests/fixtures/march-audit-inline.json");
        let base = Plan::new(&crate::engine::parse(text).unwrap()).unwrap();
        let lines = lines_of(&base).unwrap();
        let mut invoices: Vec<Vec<(chrono::NaiveDate, Decimal)>> = Combination::all()
            .into_iter()
            .filter_map(|c| lines_of(&c.apply(&base)))
            .map(|l| l.iter().map(|l| (l.date, l.amount)).collect())
            .collect();
        let own: Vec<_> = lines.iter().map(|l| (l.date, l.amount)).collect();
        let mut cent = own.clone();
        cent[0].1 += Decimal::new(1, 2);
        let mut stray = own.clone();
        stray.push((own[0].0, Decimal::new(12_345, 2)));
        invoices.extend([cent, stray]);
        let mut deeper = 0;
        for invoice in invoices {
            let mut plan = base.clone();
            plan.invoice = invoice;
            let fast = audit(&plan, &lines);
            assert_eq!(fast, exhaustive(&plan, &lines));
            deeper += usize::from(
                fast.charges
                    .iter()
                    .any(|c| c.explained_by.first().is_some_and(|f| f.len() > 1)),
            );
        }
        assert!(deeper > 0, "some invoice needs two or more changes");
    }
}
