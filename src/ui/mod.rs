//! The Leptos layer: components that read the view state, call the model and the charts,
//! and render. No business logic lives here.

mod about;
mod app;
mod browser;
mod chart;
mod metros;
mod national;
mod panic;
mod state_compare;
mod state_filters;
mod state_map;
mod states;
mod table;

use crate::model::dataset::load_embedded;
use leptos::prelude::*;

/// Starts the app: installs the visible panic report, validates the data, mounts the page.
pub fn start() {
    panic::install_hook();
    remove_static_shell();
    match load_embedded() {
        Ok(data) => leptos::mount::mount_to_body(move || view! { <app::App data=data/> }),
        Err(errors) => {
            let lines: Vec<String> = errors.iter().map(ToString::to_string).collect();
            leptos::mount::mount_to_body(move || view! { <app::DataErrorPage errors=lines/> })
        }
    }
}

/// Removes the static shell that index.html paints before the wasm arrives.
fn remove_static_shell() {
    if let Some(shell) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("app-shell")) {
        shell.remove();
    }
}
