//! The usage-history CSV, as the account's usage page exports it:
//! `date,billed[,non_marketing]`, read with the `csv` crate.
//!
//! A byte-order mark, CRLF line ends, blank lines, `;` as the separator (when
//! the header has no comma), quoted cells and spaces around cells are all
//! accepted. Every error names its line, and a cell's error its column.

use chrono::NaiveDate;

use crate::error::{Error, ErrorCode};
use crate::fields as plan;
use crate::history::MAX_ROWS;
use crate::scenario::HistoryRow;

/// The most errors listed for one file; past them the reader stops.
const MOST_ERRORS: usize = 50;

/// Reads a usage-history CSV into the rows of a scenario's `history`.
///
/// # Errors
/// Every bad line (up to 50): a header that is not one the format names,
/// a line with the wrong number of cells, a date that is not a date or does
/// not come after the previous row's, a count that is not a whole number;
/// or a file with no rows, or too many.
pub fn parse(text: &str) -> Result<Vec<HistoryRow>, Vec<Error>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // A spreadsheet or an image read as text: NUL bytes, replacement
    // characters for bytes that are not UTF-8, or other control characters.
    // Say so, rather than quote its bytes as a bad header.
    let binary = |c: char| c == '\u{fffd}' || (c.is_control() && !matches!(c, '\t' | '\n' | '\r'));
    if text.chars().take(4096).any(binary) {
        return Err(vec![Error::new(
            "",
            ErrorCode::NotCsv,
            "the file is not a CSV text file (it holds binary data); export the usage as CSV and try again",
        )]);
    }
    let first_line = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let separator = if first_line.contains(';') && !first_line.contains(',') {
        b';'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .delimiter(separator)
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    // Lines of spaces are blank lines too; the csv crate reads them as
    // records of one empty cell.
    let blank = |r: &csv::StringRecord| r.len() == 1 && r.get(0).is_some_and(str::is_empty);
    let mut records = reader.records().filter(|r| !r.as_ref().is_ok_and(blank));
    // The line an editor shows. The csv crate's own line count is off after
    // CRLF line ends and blank lines (BurntSushi/rust-csv#395, #208), so the
    // line is found from the record's byte offset, past any line ends before
    // its first cell, among the file's line ends (found once, not counted
    // again from the start for every record).
    let line_ends: Vec<usize> = text.match_indices('\n').map(|(i, _)| i).collect();
    let line_at = |byte: u64| {
        let start = usize::try_from(byte).unwrap_or(text.len()).min(text.len());
        let skipped = text[start..]
            .find(|c: char| c != '\r' && c != '\n')
            .map_or(text.len(), |i| start + i);
        1 + line_ends.partition_point(|&end| end < skipped)
    };
    let line_of = |r: &csv::StringRecord| r.position().map_or(1, |p| line_at(p.byte()));

    let header = match records.next() {
        None => {
            return Err(vec![Error::new(
                "line 1",
                ErrorCode::CsvHeader,
                "the file is empty; it needs the header date,billed",
            )
            .with("line", 1)
            .with("found", "")])
        }
        Some(Err(e)) => return Err(vec![unreadable(&e, &line_at)]),
        Some(Ok(h)) => h,
    };
    let header_line = line_of(&header);
    let names: Vec<String> = header.iter().map(str::to_ascii_lowercase).collect();
    let with_non_marketing = match names.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        ["date", "billed"] => false,
        ["date", "billed", "non_marketing"] => true,
        _ => {
            let found = first_line.trim();
            return Err(vec![Error::new(
                format!("line {header_line}"),
                ErrorCode::CsvHeader,
                format!(
                    "the header is \"{found}\"; it must be date,billed or date,billed,non_marketing"
                ),
            )
            .with("line", header_line)
            .with("found", found)]);
        }
    };

    let mut rows = Vec::new();
    let mut errors = Vec::new();
    let mut previous: Option<(NaiveDate, usize)> = None;
    for record in records {
        if errors.len() >= MOST_ERRORS {
            break;
        }
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                errors.push(unreadable(&e, &line_at));
                continue;
            }
        };
        let line = line_of(&record);
        if record.len() != names.len() {
            errors.push(
                Error::new(
                    format!("line {line}"),
                    ErrorCode::CsvColumns,
                    format!("has {} cells; the header has {}", record.len(), names.len()),
                )
                .with("line", line)
                .with("found", record.len())
                .with("expected", names.len()),
            );
            continue;
        }
        let cell = |col: usize| record.get(col).unwrap_or("");
        let at = |col: usize| format!("line {line}, column {} ({})", col + 1, names[col]);
        let date = match plan::parse_date(cell(0), &at(0)) {
            Ok(d) => Some(d),
            Err(e) => {
                errors.push(e.with("line", line).with("column", 1));
                None
            }
        };
        if let (Some(d), Some((prev, prev_line))) = (date, previous) {
            if d <= prev {
                errors.push(
                    Error::new(
                        at(0),
                        ErrorCode::HistoryOutOfOrder,
                        format!("{d} does not come after {prev} on line {prev_line}; rows must be ascending, one per day"),
                    )
                    .with("date", d)
                    .with("previous", prev)
                    .with("line", line)
                    .with("column", 1),
                );
            }
        }
        if let Some(d) = date {
            previous = Some((d, line));
        }
        let number = |col: usize, errors: &mut Vec<Error>| -> Option<i64> {
            let text = cell(col);
            let err = |e: Error| e.with("line", line).with("column", col + 1);
            match text.parse::<i64>() {
                Ok(v) => match plan::count(v, &at(col)) {
                    Ok(_) => Some(v),
                    Err(e) => {
                        errors.push(err(e));
                        None
                    }
                },
                Err(_) => {
                    errors.push(err(Error::new(
                        at(col),
                        ErrorCode::NotACount,
                        format!("\"{text}\" is not a whole number of contacts"),
                    )
                    .with("value", text)));
                    None
                }
            }
        };
        let billed = number(1, &mut errors);
        let non_marketing = match with_non_marketing {
            true if !cell(2).is_empty() => number(2, &mut errors).map(Some),
            _ => Some(None),
        };
        if let (Some(d), Some(billed), Some(non_marketing)) = (date, billed, non_marketing) {
            rows.push(HistoryRow {
                date: d.to_string(),
                billed,
                non_marketing,
            });
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    if rows.is_empty() {
        return Err(vec![Error::new(
            format!("line {}", header_line + 1),
            ErrorCode::CsvHeader,
            "the file has a header but no rows",
        )
        .with("line", header_line + 1)
        .with("found", "")]);
    }
    if rows.len() > MAX_ROWS {
        return Err(vec![Error::too_many(
            "history",
            rows.len(),
            MAX_ROWS,
            "rows",
        )]);
    }
    Ok(rows)
}

/// A line the CSV reader itself could not read.
fn unreadable(e: &csv::Error, line_at: &dyn Fn(u64) -> usize) -> Error {
    let line = e.position().map_or(1, |p| line_at(p.byte()));
    Error::new(
        format!("line {line}"),
        ErrorCode::CsvColumns,
        format!("cannot be read as CSV ({e})"),
    )
    .with("line", line)
    .with("found", 0)
    .with("expected", 2)
}

/// Writes history rows as CSV, the format [`parse`] reads.
pub fn write(rows: &[HistoryRow]) -> String {
    let with_nm = rows.iter().any(|r| r.non_marketing.is_some());
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(Vec::new());
    let header: &[&str] = if with_nm {
        &["date", "billed", "non_marketing"]
    } else {
        &["date", "billed"]
    };
    // Writing to memory cannot fail.
    let _ = w.write_record(header);
    for r in rows {
        let billed = r.billed.to_string();
        let nm = r.non_marketing.map(|n| n.to_string()).unwrap_or_default();
        let _ = if with_nm {
            w.write_record([r.date.as_str(), &billed, &nm])
        } else {
            w.write_record([r.date.as_str(), &billed])
        };
    }
    String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
}
