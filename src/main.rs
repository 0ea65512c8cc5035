//! Browser entry point: installs the panic display, then mounts the explorer.

fn main() {
    karabakh::app::fatal::install_panic_hook();
    yew::Renderer::<karabakh::app::App>::new().render();
}
