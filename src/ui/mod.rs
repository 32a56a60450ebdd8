//! The Leptos layer: components that read the view state, call the model and the charts,
//! and render. No business logic lives here.

mod about;
mod app;
mod browser;
mod chart;
mod metros;
mod national;
mod panic;
mod states;
mod table;
mod theme;

use leptos::prelude::*;

/// Starts the app: installs the visible panic report and mounts the page with the data
/// that build.rs validated.
pub fn start() {
    panic::install_hook();
    remove_static_shell();
    let data = crate::embedded::dataset();
    leptos::mount::mount_to_body(move || view! { <app::App data=data/> });
}

/// Removes the static shell that index.html paints before the wasm arrives.
fn remove_static_shell() {
    if let Some(shell) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app-shell"))
    {
        shell.remove();
    }
}
