//! Pins the scanner's exact extraction of inline script text: the CSP hashes
//! are computed from it, so one byte more or less than the browser takes
//! breaks the page. Each case is written by hand as the HTML standard's
//! tokenizer reads it (script data state: the text ends at the first
//! `</script` followed by whitespace, `/` or `>`, whatever JavaScript quoting
//! surrounds it).

use offline_bundle::csp::sha256_source;
use offline_bundle::html::elements;

/// The text of every `<script>` in `html`, in order.
fn scripts(html: &str) -> Vec<&str> {
    elements(html).into_iter().filter(|e| e.tag == "script").map(|e| e.text(html)).collect::<Vec<_>>()
}

/// Every tag name the scanner saw, in order.
fn tags(html: &str) -> Vec<String> {
    elements(html).into_iter().map(|e| e.tag).collect()
}

#[test]
fn the_text_is_every_byte_between_the_tags() {
    let html = "<script>\n  let a = 1;\t\n</script>";
    assert_eq!(scripts(html), ["\n  let a = 1;\t\n"]);
    assert_eq!(scripts("<script></script>"), [""]);
}

#[test]
fn a_closing_tag_inside_a_javascript_string_ends_the_script() {
    // As in a browser: the script is `var s = "`; the rest is page text.
    let html = r#"<script>var s = "</script>";</script><p>"#;
    assert_eq!(scripts(html), [r#"var s = ""#]);
    assert_eq!(tags(html), ["script", "p"]);
}

#[test]
fn only_a_real_end_tag_ends_the_script() {
    // `</scripts` and `</script-x` are not `</script`; `</SCRIPT >` and `</script/>` are.
    let html = "<script>a('</scripts>'); b('</script-x>');</SCRIPT ><script>c</script/><script>d</script\n>";
    assert_eq!(scripts(html), ["a('</scripts>'); b('</script-x>');", "c", "d"]);
}

#[test]
fn other_markup_inside_a_script_is_text() {
    let html = r#"<script>if (a < b && c > d) document.write("<p title='x'>" + '<!-- -->');</script><i>"#;
    assert_eq!(scripts(html), [r#"if (a < b && c > d) document.write("<p title='x'>" + '<!-- -->');"#]);
    assert_eq!(tags(html), ["script", "i"]);
}

#[test]
fn a_quoted_greater_than_in_an_attribute_does_not_end_the_start_tag() {
    let html = r#"<script data-note="a>b" data-other='c>d' type=module>run()</script>"#;
    let els = elements(html);
    assert_eq!(els.len(), 1);
    assert_eq!(els[0].attr("data-note"), Some("a>b"));
    assert_eq!(els[0].attr("data-other"), Some("c>d"));
    assert_eq!(els[0].attr("type"), Some("module"));
    assert_eq!(els[0].text(html), "run()");
    assert!(els[0].is_inline_executable_script());
}

#[test]
fn comments_hide_their_scripts_and_may_hold_greater_than_signs() {
    let html = "<!-- <script>hidden()</script> a > b -- > --><script>shown()</script><!-- <script> -->";
    assert_eq!(scripts(html), ["shown()"]);
}

#[test]
fn a_self_closing_script_tag_still_has_text_until_its_end_tag() {
    // HTML ignores the `/` of `<script/>`: what follows is the script's text.
    let html = "<script/>x()</script><p>";
    assert_eq!(scripts(html), ["x()"]);
    assert_eq!(tags(html), ["script", "p"]);
}

#[test]
fn a_style_may_hold_what_looks_like_a_script() {
    let html = "<style>p::after { content: '<script>x</script>'; }</style><script>y</script>";
    let els = elements(html);
    assert_eq!(els.iter().map(|e| e.tag.as_str()).collect::<Vec<_>>(), ["style", "script"]);
    assert_eq!(els[0].text(html), "p::after { content: '<script>x</script>'; }");
    assert_eq!(els[1].text(html), "y");
}

#[test]
fn line_endings_are_kept_in_the_text_and_normalised_in_the_hash() {
    let html = "<script>a();\r\nb();\rc();</script>";
    assert_eq!(scripts(html), ["a();\r\nb();\rc();"]);
    // printf 'a();\nb();\nc();' | openssl dgst -sha256 -binary | base64
    assert_eq!(sha256_source(scripts(html)[0]), "'sha256-VdchsQXMF4B+6HyWonTG3jDVuro98k0jCZ1GcYTVXu4='");
}

#[test]
fn an_unclosed_script_runs_to_the_end_of_the_page() {
    assert_eq!(scripts("<p><script>never closed"), ["never closed"]);
}
