//! wasm-bindgen's glue made inlinable.

mod common;

use common::GLUE;
use offline_bundle::glue::inline_glue;

#[test]
fn glue_is_made_inlinable() {
    let (code, init) = inline_glue(GLUE).unwrap();
    assert_eq!(init, "__wbg_init");
    assert!(!code.contains("export"));
    assert!(!code.contains("https://"));
    assert!(code.contains("async function __wbg_init(module_or_path)"));

    let multi = "export function greet() {}\nexport class Foo {}\nexport {\n  initSync,\n  init as default\n};\n";
    let (code, init) = inline_glue(multi).unwrap();
    assert_eq!(init, "init");
    assert_eq!(code, "function greet() {}\nclass Foo {}\n");

    assert_eq!(inline_glue("export default __wbg_init;\n").unwrap().1, "__wbg_init");
    assert!(inline_glue("import * as x from './snippets/a.js';\nexport default f;\n").is_err());
    assert!(inline_glue("function f() {}\n").is_err());
    assert!(inline_glue("const s = '</script>';\nexport default f;\n").is_err());
}
