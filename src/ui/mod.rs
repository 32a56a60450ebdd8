//! The Leptos layer: components that read the view state, call the model and the charts,
//! and render. No business logic lives here.

mod about;
mod app;
mod browser;
mod canvas;
mod chart;
mod context;
mod download;
mod html;
mod keyed;
mod metros;
mod national;
mod panic;
mod reactive;
mod schedule;
mod skeleton;
mod state_compare;
mod state_filters;
mod state_map;
mod states;
mod table;
mod theme;

use leptos::prelude::*;
use wasm_bindgen::JsValue;

/// Starts the app: installs the visible panic report and mounts the page with the data
/// that build.rs validated.
pub fn start() {
    panic::install_hook();
    register_offline_support();
    // The page the build wrote (`crate::prerender`) is painted first, however fast the wasm
    // came; the app takes its place in the task just after that frame.
    schedule::after_next_frame(|| {
        remove_static_shell();
        let data = crate::embedded::dataset();
        leptos::mount::mount_to_body(move || view! { <app::App data=data/> });
    });
}

/// Removes the page the build wrote, in the task that mounts the app in its place, keeping
/// the skeletons the app builds its components from (`skeleton::keep`).
fn remove_static_shell() {
    if let Some(shell) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app-shell"))
    {
        skeleton::keep(&shell);
        shell.remove();
    }
}

/// Registers the service worker that keeps the page working offline after the first visit.
fn register_offline_support() {
    let Some(window) = web_sys::window() else {
        return;
    };
    if !window.is_secure_context() {
        return;
    }
    // In another site's frame (an embedded chart) the browser keeps a worker apart from the
    // page's own, or refuses it: the reader's visits to the page itself are what it is for.
    let framed = window
        .parent()
        .ok()
        .flatten()
        .is_some_and(|parent| JsValue::from(parent) != JsValue::from(window.clone()));
    if framed {
        return;
    }
    // The promise is left to settle on its own: offline support is a bonus, never a blocker.
    let _ = window.navigator().service_worker().register("./sw.js");
}
