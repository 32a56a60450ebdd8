//! A panic must never fail silently: it replaces nothing, but puts a visible alert on top.

use wasm_bindgen::JsCast;

/// Installs a panic hook that logs to the console and shows `#fatal-error` in the page.
pub fn install_hook() {
    std::panic::set_hook(Box::new(|info| {
        let message = format!("Something went wrong and this page stopped working: {info}");
        web_sys::console::error_1(&message.clone().into());
        show_fatal_error(&message);
    }));
}

fn show_fatal_error(message: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(body) = document.body() else { return };
    let Ok(alert) = document.create_element("div") else {
        return;
    };
    alert.set_id("fatal-error");
    let _ = alert.set_attribute("role", "alert");
    alert.set_text_content(Some(&format!("{message}. Reload the page to start again.")));
    if let Ok(alert) = alert.dyn_into::<web_sys::HtmlElement>() {
        let _ = body.prepend_with_node_1(&alert);
    }
}
