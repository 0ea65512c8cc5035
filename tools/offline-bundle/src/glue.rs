//! wasm-bindgen's `--target web` glue (an ES module) turned into code that
//! can be the body of an inline `<script type="module">` in the offline page.

use crate::error::{err, Result};

/// Makes wasm-bindgen's `--target web` glue (an ES module) runnable as the
/// body of an inline `<script type="module">`: drops its `export` statement
/// and whole-line comments (one holds a documentation URL), and returns the
/// name of the async init function (the default export).
pub fn inline_glue(glue: &str) -> Result<(String, String)> {
    let glue = glue.replace("\r\n", "\n");
    let mut out = String::with_capacity(glue.len());
    let mut init = None;
    let mut lines = glue.lines();
    while let Some(line) = lines.next() {
        let t = line.trim_start();
        if t.starts_with("//") {
            continue;
        }
        if t.starts_with("export {") && line.len() == t.len() {
            // `export { a, b as default };`, possibly over several lines.
            let mut stmt = t.to_string();
            while !stmt.contains('}') {
                match lines.next() {
                    Some(l) => stmt.push_str(l),
                    None => return err("unterminated export statement in the wasm-bindgen glue"),
                }
            }
            let inner = &stmt[stmt.find('{').unwrap() + 1..stmt.find('}').unwrap()];
            for item in inner.split(',') {
                let words: Vec<&str> = item.split_whitespace().collect();
                if let [name, "as", "default"] = words[..] {
                    init = Some(name.to_string());
                }
            }
            continue;
        }
        if let Some(name) = t.strip_prefix("export default ").filter(|_| line.len() == t.len()) {
            init = Some(name.trim_end_matches(';').trim().to_string());
            continue;
        }
        if line.len() == t.len() {
            if let Some(decl) = ["function ", "async function ", "class ", "const ", "let ", "var "]
                .iter()
                .find_map(|kw| t.strip_prefix("export ").filter(|d| d.starts_with(kw)))
            {
                out.push_str(decl);
                out.push('\n');
                continue;
            }
            if t.starts_with("import ") || t.starts_with("export ") {
                return err(format!(
                    "the wasm-bindgen glue has a line the single-file build cannot inline (JS snippets or \
                     other modules are not supported there): {t}"
                ));
            }
        }
        out.push_str(line);
        out.push('\n');
    }
    let Some(init) = init else {
        return err("the wasm-bindgen glue has no default export (its async init function)");
    };
    if !init.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$') {
        return err(format!("unexpected name of the glue's init function: {init}"));
    }
    if out.to_ascii_lowercase().contains("</script") {
        return err("the wasm-bindgen glue contains `</script`, which cannot be inlined");
    }
    Ok((out, init))
}
