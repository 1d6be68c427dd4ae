//! Output-only HTML, built as escaped text.
//!
//! The advisor's answers, the bill check's table and the like are read-only:
//! nothing in them holds focus or state. Written with Yew's `html!` each
//! element costs a few hundred bytes of wasm (a virtual node, its attribute
//! and child lists, and their drop code); as text it costs a few string
//! pushes. The components hand the result to `Html::from_html_unchecked`,
//! which Yew replaces only when the text changes. Every piece of text and every
//! attribute value goes through [`escape`], so user input stays text
//! (tests/e2e/security.test.mjs types HTML into every field).

/// An HTML fragment under construction.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Markup {
    out: String,
}

/// A table cell: text, and whether it holds a number (right-aligned).
pub type Cell = (String, bool);

impl Markup {
    /// An empty fragment.
    pub fn new() -> Self {
        Self::default()
    }

    /// Opens `tag` with attributes; a `None` value leaves the attribute out.
    pub fn open(&mut self, tag: &str, attrs: &[(&str, Option<&str>)]) -> &mut Self {
        self.out.push('<');
        self.out.push_str(tag);
        for (name, value) in attrs {
            if let Some(v) = value {
                self.out.push(' ');
                self.out.push_str(name);
                self.out.push_str("=\"");
                escape(v, &mut self.out);
                self.out.push('"');
            }
        }
        self.out.push('>');
        self
    }

    /// Closes `tag`.
    pub fn close(&mut self, tag: &str) -> &mut Self {
        self.out.push_str("</");
        self.out.push_str(tag);
        self.out.push('>');
        self
    }

    /// Appends escaped text.
    pub fn text(&mut self, text: &str) -> &mut Self {
        escape(text, &mut self.out);
        self
    }

    /// `<tag attrs>text</tag>`.
    pub fn leaf(&mut self, tag: &str, attrs: &[(&str, Option<&str>)], text: &str) -> &mut Self {
        self.open(tag, attrs).text(text).close(tag)
    }

    /// A paragraph with an optional id and class.
    pub fn p(&mut self, id: Option<&str>, class: Option<&str>, text: &str) -> &mut Self {
        self.leaf("p", &[("id", id), ("class", class)], text)
    }

    /// A scrollable table: a header row of column names (numbers aligned
    /// right), then one row per item with an optional class.
    pub fn table(
        &mut self,
        id: &str,
        head: &[Cell],
        rows: &[(Option<&str>, Vec<Cell>)],
    ) -> &mut Self {
        self.open("div", &[("class", Some("table-scroll"))]);
        // `stack`: on a phone each row becomes a card, each cell under its
        // column's name (`data-label`), so no number is cut at the edge.
        self.open("table", &[("id", Some(id)), ("class", Some("stack"))])
            .open("thead", &[])
            .open("tr", &[]);
        for (name, num) in head {
            let class = num.then_some("num");
            self.leaf("th", &[("scope", Some("col")), ("class", class)], name);
        }
        self.close("tr").close("thead").open("tbody", &[]);
        for (class, cells) in rows {
            self.open("tr", &[("class", *class)]);
            for (i, (text, num)) in cells.iter().enumerate() {
                let label = head.get(i).map(|(name, _)| name.as_str());
                self.leaf(
                    "td",
                    &[("class", num.then_some("num")), ("data-label", label)],
                    text,
                );
            }
            self.close("tr");
        }
        self.close("tbody").close("table").close("div")
    }

    /// The HTML text.
    pub fn finish(self) -> String {
        self.out
    }
}

/// Appends `text` with `&`, `<`, `>`, `"` and `'` escaped, so it is safe both
/// as element content and inside a double-quoted attribute value.
pub fn escape(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_attributes_cannot_open_markup() {
        let evil = r#"<img src=x onerror="alert(1)">&'"#;
        let mut m = Markup::new();
        m.leaf("p", &[("id", Some(evil)), ("class", None)], evil);
        let html = m.finish();
        assert_eq!(
            html,
            "<p id=\"&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;&#39;\">\
             &lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;&#39;</p>"
        );
        assert_eq!(html.matches('<').count(), 2, "only the p's own tags");
    }

    #[test]
    fn a_table_has_a_header_row_and_one_row_per_item() {
        let mut m = Markup::new();
        m.table(
            "t",
            &[("Day".into(), false), ("Cost".into(), true)],
            &[(
                Some("best"),
                vec![("1 Jan".into(), false), ("$0.00".into(), true)],
            )],
        );
        assert_eq!(
            m.finish(),
            "<div class=\"table-scroll\"><table id=\"t\" class=\"stack\"><thead><tr>\
             <th scope=\"col\">Day</th><th scope=\"col\" class=\"num\">Cost</th></tr></thead>\
             <tbody><tr class=\"best\"><td data-label=\"Day\">1 Jan</td><td class=\"num\" data-label=\"Cost\">$0.00</td></tr>\
             </tbody></table></div>"
        );
    }
}
