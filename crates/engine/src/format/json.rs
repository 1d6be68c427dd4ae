//! The scenario format as JSON: one definition, the serde derives of
//! [`crate::scenario`], read through serde_json with field paths from
//! serde_path_to_error (`events[3].count`).
//!
//! The version is checked before anything else, so that a scenario from a
//! newer Tierwise says so instead of failing on a field this one does not
//! know. A repeated key is an error (serde's `duplicate field`); nesting past
//! serde_json's limit of 128 and numbers past its range are syntax errors
//! with their line and column.

use serde::{Deserialize, Deserializer};

use crate::error::{join, Error, ErrorCode};
use crate::scenario::{Scenario, FORMAT_VERSION};

/// The largest scenario text accepted, in bytes.
pub const MAX_INPUT_BYTES: usize = 16 * 1024 * 1024;

/// Just the version, read before the rest of the scenario, as raw text (a
/// `serde_json::Value` would bring a reader of its own into the bundle).
#[derive(Deserialize)]
struct Probe<'a> {
    #[serde(borrow, default, deserialize_with = "present")]
    version: Option<&'a serde_json::value::RawValue>,
}

/// A field that is present, even as `null`, is `Some`.
fn present<'de, D: Deserializer<'de>>(
    d: D,
) -> Result<Option<&'de serde_json::value::RawValue>, D::Error> {
    <&serde_json::value::RawValue>::deserialize(d).map(Some)
}

/// The version rule for the version as written: a whole number reads as
/// one, anything else (`"1"`, `1.5`, `null`) as no supported number.
fn check_raw_version(raw: Option<&serde_json::value::RawValue>) -> Result<(), Error> {
    match raw {
        None => check_version(None),
        Some(raw) => {
            let value = raw
                .get()
                .parse::<u64>()
                .map_or(serde_json::Value::Null, serde_json::Value::from);
            if value.is_null() {
                // Not a whole number: reported as "this value".
                return check_version(Some(&serde_json::Value::Bool(false)));
            }
            check_version(Some(&value))
        }
    }
}

/// Parses scenario JSON. The `version` is checked first, then every field;
/// unknown and repeated fields are errors.
///
/// # Errors
/// Unparsable JSON (with its line and column), a newer or missing version,
/// an unknown or repeated field, or a value of the wrong type, each naming
/// its field path.
pub fn parse(text: &str) -> Result<Scenario, Error> {
    if text.len() > MAX_INPUT_BYTES {
        return Err(Error::new(
            "",
            ErrorCode::TooLarge,
            format!(
                "the scenario is {} bytes; the most is {MAX_INPUT_BYTES}",
                text.len()
            ),
        )
        .with("size", text.len())
        .with("max", MAX_INPUT_BYTES));
    }
    // One pass for a valid scenario. Only when it fails is the text read
    // again for its version alone, so that a syntax error, or a scenario from
    // a newer Tierwise, is reported before any field error it causes.
    let mut de = serde_json::Deserializer::from_str(text);
    let read: Result<Scenario, _> = serde_path_to_error::deserialize(&mut de);
    match read {
        Ok(s) => {
            check_version(Some(&serde_json::Value::from(s.version)))?;
            Ok(s)
        }
        Err(e) => {
            let probe: Probe = serde_json::from_str(text).map_err(|e| match e.classify() {
                serde_json::error::Category::Data => not_an_object(&e),
                _ => syntax(&e),
            })?;
            // serde reads a struct from a list too; a scenario is an object.
            if !text.trim_start().starts_with('{') {
                return Err(Error::new(
                    "",
                    ErrorCode::InvalidValue,
                    "a scenario must be a JSON object",
                )
                .with("detail", "not an object"));
            }
            check_raw_version(probe.version)?;
            Err(field_error(&e.path().to_string(), e.inner()))
        }
    }
}

/// Reads a scenario from a serde_json value, for Rust callers that build
/// scenarios with `serde_json::json!` and for stored copies (see [`parse`]).
///
/// # Errors
/// As [`parse`], without the syntax errors.
pub fn from_value(value: serde_json::Value) -> Result<Scenario, Error> {
    if !value.is_object() {
        return Err(Error::new(
            "",
            ErrorCode::InvalidValue,
            "a scenario must be a JSON object",
        )
        .with("detail", "not an object"));
    }
    check_version(value.get("version"))?;
    serde_path_to_error::deserialize(value)
        .map_err(|e| field_error(&e.path().to_string(), e.inner()))
}

/// Reads any JSON document of the app's formats (a stored session, a
/// language file, the advisor's questions) into `T`: the one place where
/// serde's errors are read, so every reader names the field path and gives
/// a code, as [`parse`] does.
///
/// # Errors
/// Unparsable JSON (with its line and column), or a field that does not
/// read, at its path.
pub fn read<'a, T: Deserialize<'a>>(text: &'a str) -> Result<T, Error> {
    let mut de = serde_json::Deserializer::from_str(text);
    let value: T = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        match inner.classify() {
            serde_json::error::Category::Data => field_error(&path, &inner),
            _ => syntax(&inner),
        }
    })?;
    de.end().map_err(|e| syntax(&e))?;
    Ok(value)
}

/// The scenario as compact JSON text, as files, links and storage hold it.
pub fn to_text(s: &Scenario) -> String {
    // The scenario types serialize to strings, numbers, lists and maps with
    // string keys only, which serde_json cannot fail on.
    serde_json::to_string(s).unwrap_or_default()
}

/// The same, indented for people to read (exports, the CLI).
pub fn to_pretty(s: &Scenario) -> String {
    serde_json::to_string_pretty(s).unwrap_or_default()
}

/// The version rule: missing, newer, or not a supported number.
///
/// # Errors
/// Anything but `FORMAT_VERSION`.
pub fn check_version(version: Option<&serde_json::Value>) -> Result<(), Error> {
    match version.map(serde_json::Value::as_u64) {
        None => Err(Error::new(
            "version",
            ErrorCode::MissingField,
            "is missing; this format needs \"version\": 1",
        )
        .with("field", "version")),
        Some(Some(n)) if n == u64::from(FORMAT_VERSION) => Ok(()),
        Some(Some(n)) if n > u64::from(FORMAT_VERSION) => Err(Error::new(
            "version",
            ErrorCode::NewerVersion,
            format!("this scenario was made by a newer version of Tierwise (format {n}); this one reads format {FORMAT_VERSION}"),
        )
        .with("version", n)),
        Some(other) => {
            let shown = other.map_or_else(|| "this value".to_string(), |n| n.to_string());
            Err(Error::new(
                "version",
                ErrorCode::BadVersion,
                format!("{shown} is not a supported version; this one reads format {FORMAT_VERSION}"),
            )
            .with("value", shown))
        }
    }
}

fn syntax(e: &serde_json::Error) -> Error {
    let what = message(e);
    Error::new(
        "",
        ErrorCode::Syntax,
        format!(
            "not valid JSON: {what} at line {} column {}",
            e.line(),
            e.column()
        ),
    )
    .with("line", e.line())
    .with("column", e.column())
    .with(
        "detail",
        format!("{what} at line {} column {}", e.line(), e.column()),
    )
}

fn not_an_object(e: &serde_json::Error) -> Error {
    let what = message(e);
    if what.starts_with("duplicate field") {
        return field_error("", e);
    }
    Error::new(
        "",
        ErrorCode::InvalidValue,
        "a scenario must be a JSON object",
    )
    .with("detail", "not an object")
}

/// serde_json's message without the position it appends.
fn message(e: &impl std::fmt::Display) -> String {
    let text = e.to_string();
    match text.rfind(" at line ") {
        Some(i) if text[i..].contains(" column ") => text[..i].to_string(),
        _ => text,
    }
}

/// The text between the first backtick and the next "`," or final
/// backtick: serde's field name (which may itself hold a backtick).
fn quoted(detail: &str) -> Option<&str> {
    let start = detail.find('`')? + 1;
    let rest = &detail[start..];
    let len = rest.find("`,").or_else(|| rest.rfind('`'))?;
    Some(&rest[..len])
}

/// A serde error at `path` (serde_path_to_error's `events[3].count`, `.`
/// for the root), with the engine's code and the field it names.
pub fn field_error(path: &str, e: &impl std::fmt::Display) -> Error {
    let detail = message(e);
    let path = if path == "." { "" } else { path }.to_string();
    // serde_path_to_error reports a missing field at its parent, and an
    // unknown or repeated one at the field itself, except at the root.
    let named = |code: ErrorCode| {
        let field = quoted(&detail).unwrap_or_default().to_string();
        let at_field = path == field || path.ends_with(&format!(".{field}"));
        let at = if code != ErrorCode::MissingField && at_field {
            path.clone()
        } else {
            join(&path, &field)
        };
        Error::new(at, code, &detail)
            .with("field", field)
            .with("detail", &detail)
    };
    if detail.starts_with("missing field") {
        named(ErrorCode::MissingField)
    } else if detail.starts_with("unknown field") {
        named(ErrorCode::UnknownField)
    } else if detail.starts_with("duplicate field") {
        named(ErrorCode::InvalidValue).with("problem", "duplicate")
    } else if let Some(rest) = detail.strip_prefix("unknown variant ") {
        // "unknown variant `pro`, expected one of `starter`, `professional`"
        let value = quoted(rest).unwrap_or_default().to_string();
        let choices: Vec<&str> = rest
            .split_once("expected")
            .map(|(_, list)| list.split('`').skip(1).step_by(2).collect())
            .unwrap_or_default();
        Error::new(path, ErrorCode::InvalidValue, &detail)
            .with("detail", &detail)
            .with("problem", "not_a_choice")
            .with("value", value)
            .with("choices", choices.join(", "))
    } else if let Some((found, expected)) = wrong_type(&detail) {
        Error::new(path, ErrorCode::InvalidValue, &detail)
            .with("detail", &detail)
            .with("problem", "wrong_type")
            .with("found", found)
            .with("expected", expected)
    } else {
        Error::new(path, ErrorCode::InvalidValue, &detail).with("detail", detail)
    }
}

/// serde's "invalid type: string \"five\", expected i64" (or "invalid
/// value: integer `-5`, expected u64") as what was found, in JSON's own
/// notation (`"five"`, `-5`, `{…}`), and the kind of value expected:
/// `whole_number`, `number`, `text`, `true_false`, `list`, `object`, or
/// `other`. These words, not serde's, reach a person.
fn wrong_type(detail: &str) -> Option<(String, &'static str)> {
    let rest = detail
        .strip_prefix("invalid type: ")
        .or_else(|| detail.strip_prefix("invalid value: "))?;
    let (found, expected) = rest.rsplit_once(", expected ")?;
    let inner = |t: &str| {
        t.split_once('`')
            .and_then(|(_, v)| v.rsplit_once('`'))
            .map(|(v, _)| v.to_string())
    };
    let found = match found {
        "null" | "unit value" => "null".to_string(),
        "map" => "{…}".to_string(),
        "sequence" => "[…]".to_string(),
        t if t.starts_with("string ") => t["string ".len()..].to_string(),
        t => inner(t).unwrap_or_else(|| t.to_string()),
    };
    let expected = match expected.trim() {
        "i8" | "i16" | "i32" | "i64" | "u8" | "u16" | "u32" | "u64" | "usize" | "isize" => {
            "whole_number"
        }
        "f32" | "f64" => "number",
        e if e.contains("string") || e.contains("date") || e.contains("time") => "text",
        "a boolean" => "true_false",
        e if e.contains("sequence") || e.starts_with("a list") => "list",
        e if e.contains("map") || e.starts_with("struct ") => "object",
        _ => "other",
    };
    Some((found, expected))
}
