//! Finding Trunk's init script and the files it loads.

mod common;

use common::TRUNK_INDEX;
use offline_bundle::loader::{find_trunk_loader, local_path};

#[test]
fn finds_trunk_loader_files() {
    let l = find_trunk_loader(TRUNK_INDEX).unwrap();
    assert_eq!((l.js.as_str(), l.wasm.as_str()), ("./app-2.js", "./app-2_bg.wasm"));
    let old_style = "<script type=\"module\">import init from '/a.js';\nawait init('/a_bg.wasm');</script>";
    let l = find_trunk_loader(old_style).unwrap();
    assert_eq!((l.js.as_str(), l.wasm.as_str()), ("/a.js", "/a_bg.wasm"));
    assert!(find_trunk_loader("<script>1</script>").is_err());
}

#[test]
fn local_paths_are_relative_and_inside_the_site() {
    assert_eq!(local_path("./a-1.js").unwrap(), "a-1.js");
    assert_eq!(local_path("a.css?v=1").unwrap(), "a.css");
    for bad in ["/a.js", "https://cdn.example/a.js", "//cdn.example/a.js", "../a.js", "./"] {
        assert!(local_path(bad).is_err(), "{bad}");
    }
}
