//! Saving files from the page: text as a download, a chart as a PNG at 2x. No server.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// Offers `text` as a file download named `file_name`.
pub fn save_text(file_name: &str, mime: &str, text: &str) {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    save_blob(file_name, &blob);
}

fn save_blob(file_name: &str, blob: &web_sys::Blob) {
    let Ok(url) = web_sys::Url::create_object_url_with_blob(blob) else {
        return;
    };
    let anchor = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("a").ok())
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok());
    if let Some(anchor) = anchor {
        anchor.set_href(&url);
        anchor.set_download(file_name);
        anchor.click();
    }
    // Revoke after the click has been handled.
    let revoke = Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    if let Some(window) = web_sys::window() {
        let _ = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 1000);
    }
}

/// Saves `scene` as a PNG at twice its size in CSS pixels.
pub fn save_png(file_name: &str, scene: &crate::charts::Scene) {
    let Some(canvas) = super::canvas::painted_at(scene, 2.0) else {
        return;
    };
    let name = file_name.to_string();
    let on_blob = Closure::once_into_js(move |png: Option<web_sys::Blob>| {
        if let Some(png) = png {
            save_blob(&name, &png);
        }
    });
    let _ = canvas.to_blob_with_type(on_blob.unchecked_ref(), "image/png");
}
