//! The few things the app asks of the browser: the URL, history, the viewport width.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

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

/// The screen's device pixels per CSS pixel, in hundredths (it changes with the zoom).
fn pixel_ratio_percent() -> u32 {
    web_sys::window()
        .map(|w| w.device_pixel_ratio())
        .filter(|r| r.is_finite() && *r > 0.0)
        .map_or(100, |r| (r * 100.0).clamp(25.0, 1000.0).round() as u32)
}

/// What charts are drawn for: the width and the device pixel ratio in hundredths (a canvas
/// is repainted sharp for a new one), checked once resizing (or zooming) pauses for 150 ms,
/// not on every resize event; the ratio also when the window moves to another screen.
pub fn chart_screen_signals() -> (ReadSignal<u32>, ReadSignal<u32>) {
    // main is at most 1080 px with 16 px padding; a figure adds 12 px padding and a 1 px border.
    let fit = |viewport: u32| viewport.min(1080).saturating_sub(58).max(240);
    let (width, set_width) = signal(fit(viewport_width()));
    let (ratio, set_ratio) = signal(pixel_ratio_percent());
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
                // A zoom resizes the window and changes the ratio.
                let next = pixel_ratio_percent();
                if next != ratio.get_untracked() {
                    set_ratio.set(next);
                }
            },
            std::time::Duration::from_millis(150),
        );
        pending.set_value(timer.ok());
    });
    on_cleanup(move || handle.remove());
    watch_pixel_ratio(set_ratio);
    (width, ratio)
}

/// Follows the device pixel ratio (the zoom, a move to another screen): a media query for
/// the current ratio says when it stops matching; then the next one is watched.
fn watch_pixel_ratio(set_ratio: WriteSignal<u32>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let percent = pixel_ratio_percent();
    let query = format!(
        "(resolution: {}dppx)",
        crate::model::money::plain_number(f64::from(percent) / 100.0)
    );
    let Some(list) = window.match_media(&query).ok().flatten() else {
        return;
    };
    let watched = list.clone();
    // Called once: it unhooks itself before watching the new ratio.
    let on_change = wasm_bindgen::closure::Closure::once_into_js(move || {
        watched.set_onchange(None);
        let _ = set_ratio.try_set(pixel_ratio_percent());
        watch_pixel_ratio(set_ratio);
    });
    list.set_onchange(Some(wasm_bindgen::JsCast::unchecked_ref(&on_change)));
}

/// The full address of the page with `query`.
pub fn page_link(query: &str) -> String {
    let location = web_sys::window().map(|w| w.location());
    let origin = location
        .as_ref()
        .and_then(|l| l.origin().ok())
        .unwrap_or_default();
    let path = location
        .as_ref()
        .and_then(|l| l.pathname().ok())
        .unwrap_or_default();
    format!("{origin}{path}{query}")
}

/// Asks the browser to put `text` on the clipboard; false when it has no clipboard API.
pub fn copy_to_clipboard(text: &str) -> bool {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return false;
    };
    let Ok(clipboard) = js_sys::Reflect::get(&navigator, &"clipboard".into()) else {
        return false;
    };
    let Ok(write) = js_sys::Reflect::get(&clipboard, &"writeText".into()) else {
        return false;
    };
    let Ok(write) = write.dyn_into::<js_sys::Function>() else {
        return false;
    };
    write.call1(&clipboard, &text.into()).is_ok()
}
