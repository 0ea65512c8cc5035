//! Browser entry point: installs the panic display, then mounts the explorer.

fn main() {
    karabakh::app::fatal::install_panic_hook();
    // Yew empties <body> as it mounts, and renders in a microtask of the same
    // task: the claims list prerendered into index.html (tools/prerender) is
    // replaced by the app's own with no paint between.
    yew::Renderer::<karabakh::app::App>::new().render();
}
