//! Just enough HTML scanning for the pages Trunk writes: every start tag with
//! its attributes and byte range, the raw text of `<script>` and `<style>`,
//! comments skipped. Edits are byte-range splices, so everything not touched
//! stays byte for byte as Trunk wrote it (which keeps hashes predictable).

use std::ops::Range;

/// One element found in a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Element {
    /// Lower-case tag name.
    pub tag: String,
    /// The whole element: start tag, and for `script`/`style` the text and end tag.
    pub range: Range<usize>,
    /// Attributes in source order: lower-case name, entity-decoded value (None when bare).
    pub attrs: Vec<(String, Option<String>)>,
    /// The raw text of a `script` or `style` element.
    pub content: Option<Range<usize>>,
}

impl Element {
    /// The value of attribute `name` (lower-case); `Some("")` for a bare attribute.
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_deref().unwrap_or(""))
    }

    pub fn has_attr(&self, name: &str) -> bool {
        self.attrs.iter().any(|(n, _)| n == name)
    }

    /// The element's raw text (empty for elements without any).
    pub fn text<'a>(&self, html: &'a str) -> &'a str {
        self.content.clone().map_or("", |r| &html[r])
    }

    /// Whether `rel` holds `token` (case-insensitive, space-separated list).
    pub fn rel_has(&self, token: &str) -> bool {
        self.attr("rel").is_some_and(|rel| rel.split_ascii_whitespace().any(|t| t.eq_ignore_ascii_case(token)))
    }

    /// An inline script the browser executes (classic or module), as opposed to
    /// an external one or a data block such as `type="application/json"`.
    pub fn is_inline_executable_script(&self) -> bool {
        if self.tag != "script" || self.has_attr("src") {
            return false;
        }
        match self.attr("type").map(|t| t.trim().to_ascii_lowercase()) {
            None => true,
            Some(t) => JS_TYPES.contains(&t.as_str()),
        }
    }
}

/// `type` values that make a `<script>` executable (the empty string included).
const JS_TYPES: &[&str] = &[
    "",
    "module",
    "text/javascript",
    "application/javascript",
    "application/ecmascript",
    "application/x-ecmascript",
    "application/x-javascript",
    "text/ecmascript",
    "text/jscript",
    "text/livescript",
    "text/x-ecmascript",
    "text/x-javascript",
];

/// Elements whose content is raw text, ended only by their end tag.
const RAW_TEXT: &[&str] = &["script", "style"];

/// All elements of `html`, in document order.
pub fn elements(html: &str) -> Vec<Element> {
    let lower = html.to_ascii_lowercase();
    let bytes = html.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(off) = html[i..].find('<') {
        let start = i + off;
        let rest = &html[start..];
        if rest.starts_with("<!--") {
            i = html[start + 4..].find("-->").map_or(html.len(), |e| start + 4 + e + 3);
            continue;
        }
        if rest.starts_with("</") || rest.starts_with("<!") || rest.starts_with("<?") {
            i = html[start..].find('>').map_or(html.len(), |e| start + e + 1);
            continue;
        }
        let name_end = start + 1 + rest[1..].bytes().take_while(|b| b.is_ascii_alphanumeric() || *b == b'-').count();
        if name_end == start + 1 {
            i = start + 1;
            continue;
        }
        let tag = lower[start + 1..name_end].to_string();
        let (attrs, tag_end) = parse_attrs(html, bytes, name_end);
        let (content, end) = if RAW_TEXT.contains(&tag.as_str()) {
            let content_end = raw_text_end(&lower, tag_end, &tag);
            let end = html[content_end..].find('>').map_or(html.len(), |e| content_end + e + 1);
            (Some(tag_end..content_end), end)
        } else {
            (None, tag_end)
        };
        out.push(Element { tag, range: start..end, attrs, content });
        i = end;
    }
    out
}

/// Where the raw text of a `tag` element that starts at `from` ends: at the
/// first `</tag` followed by whitespace, `/` or `>` (so `</scripts>` and
/// `</script-x>` do not end a script, as in the HTML tokenizer), else at the
/// end of the page. `lower` is the page in lower case. (The tokenizer's
/// "escaped" states for `<!--` inside a script are not modelled: Trunk
/// writes no such scripts.)
fn raw_text_end(lower: &str, from: usize, tag: &str) -> usize {
    let close = format!("</{tag}");
    let mut at = from;
    while let Some(e) = lower[at..].find(&close) {
        let start = at + e;
        match lower.as_bytes().get(start + close.len()) {
            Some(b'\t' | b'\n' | b'\x0c' | b'\r' | b' ' | b'/' | b'>') => return start,
            Some(_) => at = start + close.len(),
            None => return lower.len(),
        }
    }
    lower.len()
}

/// Parses attributes from `pos` (just after the tag name) to the closing `>`.
/// Returns them and the index just past the `>`.
fn parse_attrs(html: &str, b: &[u8], mut pos: usize) -> (Vec<(String, Option<String>)>, usize) {
    let mut attrs = Vec::new();
    loop {
        while pos < b.len() && (b[pos].is_ascii_whitespace() || b[pos] == b'/') {
            pos += 1;
        }
        if pos >= b.len() {
            return (attrs, b.len());
        }
        if b[pos] == b'>' {
            return (attrs, pos + 1);
        }
        let name_start = pos;
        while pos < b.len() && !b[pos].is_ascii_whitespace() && !matches!(b[pos], b'=' | b'>' | b'/') {
            pos += 1;
        }
        let name = html[name_start..pos].to_ascii_lowercase();
        let mut look = pos;
        while look < b.len() && b[look].is_ascii_whitespace() {
            look += 1;
        }
        if look < b.len() && b[look] == b'=' {
            pos = look + 1;
            while pos < b.len() && b[pos].is_ascii_whitespace() {
                pos += 1;
            }
            let value = if pos < b.len() && (b[pos] == b'"' || b[pos] == b'\'') {
                let quote = b[pos] as char;
                let v_start = pos + 1;
                let v_end = html[v_start..].find(quote).map_or(b.len(), |e| v_start + e);
                pos = (v_end + 1).min(b.len());
                &html[v_start..v_end]
            } else {
                let v_start = pos;
                while pos < b.len() && !b[pos].is_ascii_whitespace() && b[pos] != b'>' {
                    pos += 1;
                }
                &html[v_start..pos]
            };
            attrs.push((name, Some(decode_entities(value))));
        } else {
            attrs.push((name, None));
        }
    }
}

/// Decodes the few character references that appear in attribute values.
pub fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    s.replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&apos;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// Escapes text for a double-quoted attribute value.
pub fn escape_attr(s: &str) -> String {
    s.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;")
}

/// Replaces each byte range with its text. Ranges must not overlap.
pub fn splice(html: &str, mut edits: Vec<(Range<usize>, String)>) -> String {
    edits.sort_by_key(|(r, _)| r.start);
    let mut out = String::with_capacity(html.len() + edits.iter().map(|(_, s)| s.len()).sum::<usize>());
    let mut at = 0;
    for (range, text) in edits {
        assert!(range.start >= at, "overlapping edits at byte {}", range.start);
        out.push_str(&html[at..range.start]);
        out.push_str(&text);
        at = range.end;
    }
    out.push_str(&html[at..]);
    out
}

/// Inserts `snippet` as the first thing after `<meta charset>` (which must stay
/// in the first bytes), or else right after `<head>`. Fails without a `<head>`.
pub fn insert_early_in_head(html: &str, snippet: &str) -> Option<String> {
    let els = elements(html);
    let anchor = els
        .iter()
        .find(|e| e.tag == "meta" && e.has_attr("charset"))
        .or_else(|| els.iter().find(|e| e.tag == "head"))?;
    let at = anchor.range.end;
    Some(splice(html, vec![(at..at, format!("\n  {snippet}"))]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_elements_with_attributes_and_raw_text() {
        let html = r#"<!doctype html><html><head><meta charset="utf-8"><!-- <script>no</script> -->
<link rel="stylesheet" href="./a.css" integrity="sha384-x"/>
<script type="module">import init from './x.js'; if (a < b) {} "</p>"</script>
<LINK REL=modulepreload HREF='./x.js' crossorigin></head><body data-x="a &amp; &quot;b&quot;"></body></html>"#;
        let els = elements(html);
        let tags: Vec<&str> = els.iter().map(|e| e.tag.as_str()).collect();
        assert_eq!(tags, ["html", "head", "meta", "link", "script", "link", "body"]);
        let script = &els[4];
        assert_eq!(script.text(html), r#"import init from './x.js'; if (a < b) {} "</p>""#);
        assert!(script.is_inline_executable_script());
        assert!(html[script.range.clone()].starts_with(r#"<script type="module">"#));
        assert!(html[script.range.clone()].ends_with("</script>"));
        assert_eq!(els[3].attr("href"), Some("./a.css"));
        assert!(els[3].rel_has("stylesheet"));
        assert_eq!(els[5].attr("href"), Some("./x.js"));
        assert!(els[5].rel_has("modulepreload"));
        assert_eq!(els[5].attr("crossorigin"), Some(""));
        assert_eq!(els[6].attr("data-x"), Some(r#"a & "b""#));
    }

    #[test]
    fn data_blocks_and_external_scripts_are_not_inline_executable() {
        let html = r#"<script src="a.js"></script><script type="application/json">{}</script><script type="TEXT/JavaScript">1</script><script>2</script>"#;
        let v: Vec<bool> = elements(html).iter().map(Element::is_inline_executable_script).collect();
        assert_eq!(v, [false, false, true, true]);
    }

    #[test]
    fn a_tag_inside_a_script_string_is_not_an_element() {
        let html = r#"<script>const s = "<link href='http://x'>";</script><p>"#;
        let tags: Vec<String> = elements(html).into_iter().map(|e| e.tag).collect();
        assert_eq!(tags, ["script", "p"]);
    }

    #[test]
    fn splice_applies_edits_in_order() {
        assert_eq!(splice("abcdef", vec![(4..5, "E".into()), (0..1, "".into()), (2..2, "+".into())]), "b+cdEf");
    }

    #[test]
    fn early_insertion_goes_after_charset_or_head() {
        let with_charset = "<html><head><title>t</title><meta charset=\"utf-8\"></head>";
        assert_eq!(
            insert_early_in_head(with_charset, "<X>").unwrap(),
            "<html><head><title>t</title><meta charset=\"utf-8\">\n  <X></head>"
        );
        assert_eq!(insert_early_in_head("<head></head>", "<X>").unwrap(), "<head>\n  <X></head>");
        assert!(insert_early_in_head("<body></body>", "<X>").is_none());
    }

    #[test]
    fn attribute_escaping_round_trips() {
        let s = r#"a & "b" <c>"#;
        assert_eq!(decode_entities(&escape_attr(s)), s);
    }
}
