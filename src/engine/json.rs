//! A small JSON reader and writer for the scenario format.
//!
//! The browser bundle reads scenarios from files, share links and storage,
//! and writes them back; serde_json's generic parser, serializer and map type
//! were about 12 KB of the gzipped bundle, for a format this small. This one
//! keeps numbers as their text (the format has only integers; decimals are
//! strings), keeps object members in document order, and limits nesting so
//! hostile input cannot exhaust the stack. Native code (the CLI's results,
//! the JS API's outcome) still uses serde_json; `tests/format.rs` checks that
//! both readers accept and reject the same texts and that the scenario writer
//! prints exactly what serde_json prints.

/// A parsed JSON value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number, as written (already checked against JSON's grammar).
    Number(String),
    /// A string, unescaped.
    String(String),
    /// An array.
    Array(Vec<Value>),
    /// An object's members in document order; a repeated name keeps its last value.
    Object(Vec<(String, Value)>),
}

/// The deepest nesting accepted (serde_json's limit too).
pub const MAX_DEPTH: usize = 128;

/// Where and why a text is not JSON.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    /// What is wrong, in serde_json's words (`expected value`).
    pub what: &'static str,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
}

impl std::fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} at line {} column {}",
            self.what, self.line, self.column
        )
    }
}

impl Value {
    /// The member `key` of an object (the last one, if repeated).
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.as_object()?
            .iter()
            .rev()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v)
    }

    /// The members, if this is an object.
    pub fn as_object(&self) -> Option<&[(String, Value)]> {
        match self {
            Value::Object(m) => Some(m),
            _ => None,
        }
    }

    /// The items, if this is an array.
    pub fn as_array(&self) -> Option<&[Value]> {
        match self {
            Value::Array(a) => Some(a),
            _ => None,
        }
    }

    /// The text, if this is a string.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    /// The value, if this is `true` or `false`.
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }

    /// True for a number written with a fraction or an exponent.
    pub fn is_fraction(&self) -> bool {
        matches!(self, Value::Number(n) if n.contains(['.', 'e', 'E']))
    }

    /// The number, if it is an integer that fits an `i64`.
    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Value::Number(n) if !self.is_fraction() => n.parse().ok(),
            _ => None,
        }
    }

    /// The number, if it is an integer that fits a `u64`.
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Value::Number(n) if !self.is_fraction() => n.parse().ok(),
            _ => None,
        }
    }

    /// Compact JSON text, as serde_json writes it.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        write(self, &mut out, None);
        out
    }

    /// JSON text indented by two spaces, as serde_json's pretty printer writes it.
    pub fn to_pretty_text(&self) -> String {
        let mut out = String::new();
        write(self, &mut out, Some(0));
        out
    }
}

/// Parses JSON text.
///
/// # Errors
/// The first place where the text is not JSON, or nests deeper than [`MAX_DEPTH`].
pub fn parse(text: &str) -> Result<Value, SyntaxError> {
    let mut p = Parser {
        s: text.as_bytes(),
        i: 0,
        depth: 0,
    };
    let v = p.value().map_err(|what| p.error(what))?;
    p.space();
    if p.i < p.s.len() {
        return Err(p.error("trailing characters"));
    }
    Ok(v)
}

struct Parser<'a> {
    s: &'a [u8],
    i: usize,
    depth: usize,
}

type P<T> = Result<T, &'static str>;

impl Parser<'_> {
    fn error(&self, what: &'static str) -> SyntaxError {
        let end = self.i.min(self.s.len());
        let before = &self.s[..end];
        let line = 1 + before.iter().filter(|&&b| b == b'\n').count();
        let start = before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |p| p + 1);
        let column = String::from_utf8_lossy(&before[start..]).chars().count() + 1;
        SyntaxError { what, line, column }
    }

    fn space(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.s.get(self.i) {
            self.i += 1;
        }
    }

    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }

    fn word(&mut self, w: &[u8], v: Value) -> P<Value> {
        if self.s[self.i..].starts_with(w) {
            self.i += w.len();
            Ok(v)
        } else {
            Err("expected value")
        }
    }

    fn value(&mut self) -> P<Value> {
        self.space();
        match self.peek() {
            None => Err("EOF while parsing a value"),
            Some(b'n') => self.word(b"null", Value::Null),
            Some(b't') => self.word(b"true", Value::Bool(true)),
            Some(b'f') => self.word(b"false", Value::Bool(false)),
            Some(b'"') => self.string().map(Value::String),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(b'[') => self.nested(Self::array),
            Some(b'{') => self.nested(Self::object),
            Some(_) => Err("expected value"),
        }
    }

    fn nested(&mut self, read: fn(&mut Self) -> P<Value>) -> P<Value> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err("recursion limit exceeded");
        }
        self.i += 1;
        let v = read(self)?;
        self.depth -= 1;
        Ok(v)
    }

    fn array(&mut self) -> P<Value> {
        let mut items = Vec::new();
        self.space();
        if self.peek() == Some(b']') {
            self.i += 1;
            return Ok(Value::Array(items));
        }
        loop {
            items.push(self.value()?);
            self.space();
            match self.peek() {
                Some(b',') => self.i += 1,
                Some(b']') => {
                    self.i += 1;
                    return Ok(Value::Array(items));
                }
                None => return Err("EOF while parsing a list"),
                Some(_) => return Err("expected `,` or `]`"),
            }
        }
    }

    fn object(&mut self) -> P<Value> {
        let mut members = Vec::new();
        self.space();
        if self.peek() == Some(b'}') {
            self.i += 1;
            return Ok(Value::Object(members));
        }
        loop {
            self.space();
            match self.peek() {
                Some(b'"') => {}
                None => return Err("EOF while parsing an object"),
                Some(_) => return Err("key must be a string"),
            }
            let key = self.string()?;
            self.space();
            match self.peek() {
                Some(b':') => self.i += 1,
                None => return Err("EOF while parsing an object"),
                Some(_) => return Err("expected `:`"),
            }
            let v = self.value()?;
            members.push((key, v));
            self.space();
            match self.peek() {
                Some(b',') => self.i += 1,
                Some(b'}') => {
                    self.i += 1;
                    return Ok(Value::Object(members));
                }
                None => return Err("EOF while parsing an object"),
                Some(_) => return Err("expected `,` or `}`"),
            }
        }
    }

    fn digits(&mut self) -> usize {
        let from = self.i;
        while let Some(b'0'..=b'9') = self.peek() {
            self.i += 1;
        }
        self.i - from
    }

    fn number(&mut self) -> P<Value> {
        let from = self.i;
        if self.peek() == Some(b'-') {
            self.i += 1;
        }
        match self.peek() {
            Some(b'0') => {
                self.i += 1;
                if let Some(b'0'..=b'9') = self.peek() {
                    return Err("invalid number");
                }
            }
            Some(b'1'..=b'9') => {
                self.digits();
            }
            _ => return Err("invalid number"),
        }
        if self.peek() == Some(b'.') {
            self.i += 1;
            if self.digits() == 0 {
                return Err("invalid number");
            }
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.i += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.i += 1;
            }
            if self.digits() == 0 {
                return Err("invalid number");
            }
        }
        // The bytes are ASCII digits and signs, so this cannot fail.
        let text = std::str::from_utf8(&self.s[from..self.i]).unwrap_or_default();
        Ok(Value::Number(text.to_string()))
    }

    fn hex4(&mut self) -> P<u32> {
        let mut n = 0;
        for _ in 0..4 {
            let d = match self.peek() {
                Some(b @ b'0'..=b'9') => b - b'0',
                Some(b @ b'a'..=b'f') => b - b'a' + 10,
                Some(b @ b'A'..=b'F') => b - b'A' + 10,
                None => return Err("EOF while parsing a string"),
                Some(_) => return Err("invalid escape"),
            };
            n = n * 16 + u32::from(d);
            self.i += 1;
        }
        Ok(n)
    }

    fn string(&mut self) -> P<String> {
        self.i += 1; // the opening quote
        let mut out = String::new();
        loop {
            // Copy the run up to the next quote, backslash or control character.
            let from = self.i;
            while let Some(&b) = self.s.get(self.i) {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.i += 1;
            }
            // The input is a &str and the run stops at an ASCII byte, so it is UTF-8.
            out.push_str(std::str::from_utf8(&self.s[from..self.i]).unwrap_or_default());
            match self.peek() {
                None => return Err("EOF while parsing a string"),
                Some(b'"') => {
                    self.i += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.i += 1;
                    let c = match self.peek() {
                        None => return Err("EOF while parsing a string"),
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => {
                            self.i += 1;
                            let c = self.unicode_escape()?;
                            out.push(c);
                            continue;
                        }
                        Some(_) => return Err("invalid escape"),
                    };
                    self.i += 1;
                    out.push(c);
                }
                Some(_) => {
                    return Err("control character (\\u0000-\\u001F) found while parsing a string")
                }
            }
        }
    }

    /// After `\u`: one code point, from a surrogate pair where needed.
    fn unicode_escape(&mut self) -> P<char> {
        let hi = self.hex4()?;
        let code = match hi {
            0xD800..=0xDBFF => {
                if !self.s[self.i..].starts_with(b"\\u") {
                    return Err("lone leading surrogate in hex escape");
                }
                self.i += 2;
                let lo = self.hex4()?;
                if !(0xDC00..=0xDFFF).contains(&lo) {
                    return Err("lone leading surrogate in hex escape");
                }
                0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)
            }
            0xDC00..=0xDFFF => return Err("lone trailing surrogate in hex escape"),
            n => n,
        };
        char::from_u32(code).ok_or("invalid unicode code point")
    }
}

/// Writes `v`; `indent` is `None` for compact text, or the current depth.
fn write(v: &Value, out: &mut String, indent: Option<usize>) {
    match v {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => out.push_str(n),
        Value::String(s) => write_str(s, out),
        Value::Array(items) => {
            out.push('[');
            for (k, item) in items.iter().enumerate() {
                separate(out, k, indent);
                write(item, out, indent.map(|d| d + 1));
            }
            close(out, items.is_empty(), indent, ']');
        }
        Value::Object(members) => {
            out.push('{');
            for (k, (name, item)) in members.iter().enumerate() {
                separate(out, k, indent);
                write_str(name, out);
                out.push_str(if indent.is_some() { ": " } else { ":" });
                write(item, out, indent.map(|d| d + 1));
            }
            close(out, members.is_empty(), indent, '}');
        }
    }
}

fn newline(out: &mut String, depth: usize) {
    out.push('\n');
    for _ in 0..depth {
        out.push_str("  ");
    }
}

fn separate(out: &mut String, k: usize, indent: Option<usize>) {
    if k > 0 {
        out.push(',');
    }
    if let Some(d) = indent {
        newline(out, d + 1);
    }
}

fn close(out: &mut String, empty: bool, indent: Option<usize>, bracket: char) {
    if let (Some(d), false) = (indent, empty) {
        newline(out, d);
    }
    out.push(bracket);
}

/// A JSON string, escaped as serde_json escapes it.
fn write_str(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\u00");
                out.push(HEX[(c as usize) >> 4] as char);
                out.push(HEX[(c as usize) & 15] as char);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_every_kind_of_value() {
        let v = parse(r#" { "a": [1, -2, 3.5e2, true, false, null], "b": "x\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00", "a": {} } "#).unwrap();
        assert_eq!(
            v.get("a"),
            Some(&Value::Object(vec![])),
            "the last of a repeated name"
        );
        assert_eq!(
            v.get("b").and_then(Value::as_str),
            Some("x\"\\/\u{8}\u{c}\n\r\t\u{e9}\u{1F600}")
        );
        let Value::Array(items) = &v.as_object().unwrap()[0].1 else {
            panic!()
        };
        assert_eq!(items[0].as_u64(), Some(1));
        assert_eq!(items[1].as_i64(), Some(-2));
        assert_eq!(items[1].as_u64(), None);
        assert!(items[2].is_fraction() && items[2].as_i64().is_none());
        assert_eq!(items[3].as_bool(), Some(true));
        assert_eq!(items[5], Value::Null);
    }

    #[test]
    fn says_where_the_text_stops_being_json() {
        let cases = [
            ("", "EOF while parsing a value", 1, 1),
            ("{\"a\": 1,\n  \"b\" 2}", "expected `:`", 2, 7),
            ("[1 2]", "expected `,` or `]`", 1, 4),
            ("{\"a\": 1 \"b\"}", "expected `,` or `}`", 1, 9),
            ("{1: 2}", "key must be a string", 1, 2),
            ("01", "invalid number", 1, 2),
            ("1.", "invalid number", 1, 3),
            ("-", "invalid number", 1, 2),
            (
                "\"a\u{1}\"",
                "control character (\\u0000-\\u001F) found while parsing a string",
                1,
                3,
            ),
            ("\"\\x\"", "invalid escape", 1, 3),
            ("\"\\ud800\"", "lone leading surrogate in hex escape", 1, 8),
            ("\"é", "EOF while parsing a string", 1, 3),
            ("nul", "expected value", 1, 1),
            ("{} x", "trailing characters", 1, 4),
            ("[1,", "EOF while parsing a value", 1, 4),
        ];
        for (text, what, line, column) in cases {
            let e = parse(text).unwrap_err();
            assert_eq!((e.what, e.line, e.column), (what, line, column), "{text:?}");
        }
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_stack_overflow() {
        let deep = "[".repeat(100_000);
        assert_eq!(parse(&deep).unwrap_err().what, "recursion limit exceeded");
        let ok = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert!(parse(&ok).is_ok());
    }

    #[test]
    fn writes_compact_and_pretty_text_and_reads_it_back() {
        let text = r#"{"a":[1,{"b":"x\"\u0001é"}],"c":{},"d":[],"e":null}"#;
        let v = parse(text).unwrap();
        assert_eq!(v.to_text(), text);
        assert_eq!(
            v.to_pretty_text(),
            "{\n  \"a\": [\n    1,\n    {\n      \"b\": \"x\\\"\\u0001é\"\n    }\n  ],\n  \"c\": {},\n  \"d\": [],\n  \"e\": null\n}"
        );
        assert_eq!(parse(&v.to_pretty_text()).unwrap(), v);
    }
}
