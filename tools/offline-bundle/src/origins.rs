//! Finds references to network origins (`http://`, `https://`, `ws://`,
//! `wss://`) in text or binary (the decoded wasm). XML namespace URIs, which
//! DOM code needs as plain strings and which no browser fetches, are the one
//! exception, matched exactly and narrowly by [`XML_NAMESPACES`].

/// Namespace URIs of the DOM (HTML, SVG, MathML, XLink, XML, XMLNS). A match
/// must start with one of these; the host is then always www.w3.org and the
/// string is an identifier, not a resource.
pub const XML_NAMESPACES: &[&str] = &[
    "http://www.w3.org/1999/xhtml",
    "http://www.w3.org/2000/svg",
    "http://www.w3.org/1998/Math/MathML",
    "http://www.w3.org/1999/xlink",
    "http://www.w3.org/XML/1998/namespace",
    "http://www.w3.org/2000/xmlns/",
];

const SCHEMES: &[&[u8]] = &[b"http://", b"https://", b"ws://", b"wss://"];

/// Every origin reference in `bytes` (ASCII case-insensitive), each shown as
/// the URL up to the next delimiter. Namespace URIs are skipped.
pub fn origin_references(bytes: &[u8]) -> Vec<String> {
    let lower = bytes.to_ascii_lowercase();
    let mut out = Vec::new();
    let mut i = 0;
    while i < lower.len() {
        let Some(scheme) = SCHEMES.iter().find(|s| lower[i..].starts_with(s)) else {
            i += 1;
            continue;
        };
        if let Some(ns) = XML_NAMESPACES.iter().find(|ns| bytes[i..].starts_with(ns.as_bytes())) {
            i += ns.len();
            continue;
        }
        let end = bytes[i..]
            .iter()
            .position(|&b| !(0x21..0x7f).contains(&b) || matches!(b, b'"' | b'\'' | b'<' | b'>' | b'`' | b')' | b'\\'))
            .map_or(bytes.len(), |p| i + p);
        out.push(String::from_utf8_lossy(&bytes[i..end]).into_owned());
        i = (i + scheme.len()).max(end);
    }
    out
}

/// The environment variable that holds the explorer's canonical address,
/// set at build time for the citations' permalinks (see README.md).
pub const CANONICAL_VAR: &str = "KARABAKH_CANONICAL_URL";

/// `found` without the references to the canonical address: that address is
/// text in a citation, never fetched (the page's policy allows no origin).
pub fn except_canonical(found: Vec<String>, canonical: Option<&str>) -> Vec<String> {
    let Some(canonical) = canonical.map(str::trim).filter(|c| !c.is_empty()) else { return found };
    found.into_iter().filter(|u| !u.to_ascii_lowercase().starts_with(&canonical.to_ascii_lowercase())).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_canonical_address_is_let_through() {
        let found =
            || vec!["https://example.org/k/ClaimedHappened".to_owned(), "https://cdn.example.org/x.js".to_owned()];
        assert_eq!(except_canonical(found(), Some("https://example.org/k/")), ["https://cdn.example.org/x.js"]);
        assert_eq!(except_canonical(found(), None), found());
        assert_eq!(except_canonical(found(), Some(" ")), found(), "an empty setting allows nothing");
    }

    #[test]
    fn finds_http_https_and_websocket_urls() {
        let text = br#"a "https://cdn.example.org/x.js" b HTTP://Example.com c ws://127.0.0.1:9/x d"#;
        assert_eq!(
            origin_references(text),
            ["https://cdn.example.org/x.js", "HTTP://Example.com", "ws://127.0.0.1:9/x"]
        );
    }

    #[test]
    fn namespace_uris_are_not_origins_even_when_strings_run_together() {
        // As in a wasm data section: strings stored back to back.
        let data =
            b"\0http://www.w3.org/1998/Math/MathMLhttp://www.w3.org/2000/svginvalid\0http://www.w3.org/1999/xhtml";
        assert!(origin_references(data).is_empty());
    }

    #[test]
    fn the_exception_is_narrow() {
        for s in [
            "https://www.w3.org/2000/svg",     // https is not the namespace
            "http://www.w3.org/2000/sv",       // not a namespace
            "http://www.w3.org.evil.example/", // another host
            "http://www.w3.org/TR/CSP3/",      // a page on w3.org
        ] {
            assert_eq!(origin_references(s.as_bytes()), [s], "{s}");
        }
    }

    #[test]
    fn binary_around_a_url_is_cut_off() {
        assert_eq!(origin_references(b"\x01\x02https://a.example/p\x00\xff"), ["https://a.example/p"]);
    }
}
