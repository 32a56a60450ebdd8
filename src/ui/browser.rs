//! The few things the app asks of the browser: the URL, history, the viewport width.

use leptos::prelude::*;

/// The current query string ("?view=states"), or "" when it cannot be read.
pub fn location_query() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// Writes `query` into the address bar: a new history entry when `push`, else in place.
pub fn write_query(query: &str, push: bool) {
    let Some(history) = web_sys::window().and_then(|w| w.history().ok()) else {
        return;
    };
    // An empty query means the page's plain address, without a dangling "?".
    let path = web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default();
    let url = if query.is_empty() {
        path.as_str()
    } else {
        query
    };
    let _ = if push {
        history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(url))
    } else {
        history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(url))
    };
}

/// Sets the document title.
pub fn set_title(title: &str) {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(title);
    }
}

/// The viewport width in CSS pixels.
fn viewport_width() -> u32 {
    web_sys::window()
        .and_then(|w| w.inner_width().ok())
        .and_then(|w| w.as_f64())
        .map(|w| w.clamp(0.0, 10_000.0) as u32)
        .unwrap_or(1024)
}

/// The width charts are drawn at, following the window as it resizes: redrawn once the
/// resizing pauses for 150 ms, not on every resize event.
pub fn chart_width_signal() -> ReadSignal<u32> {
    // main is at most 1080 px with 16 px padding; a figure adds 12 px padding and a 1 px border.
    let fit = |viewport: u32| viewport.min(1080).saturating_sub(58).max(240);
    let (width, set_width) = signal(fit(viewport_width()));
    let pending = StoredValue::new(None::<TimeoutHandle>);
    let handle = window_event_listener(leptos::ev::resize, move |_| {
        if let Some(timer) = pending.get_value() {
            timer.clear();
        }
        let timer = set_timeout_with_handle(
            move || {
                let next = fit(viewport_width());
                if next != width.get_untracked() {
                    set_width.set(next);
                }
            },
            std::time::Duration::from_millis(150),
        );
        pending.set_value(timer.ok());
    });
    on_cleanup(move || handle.remove());
    width
}
