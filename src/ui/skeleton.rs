//! The components' static skeletons, taken from the page the build wrote
//! (`crate::markup::skeleton`): read once, just before the app removes that page, and kept
//! as HTML text for every time a view is built again.

use crate::markup::skeleton::Skeleton;
use std::cell::RefCell;
use wasm_bindgen::JsCast;

thread_local! {
    /// Each block's HTML, by name, as [`keep`] found it.
    static KEPT: RefCell<Vec<(String, String)>> = const { RefCell::new(Vec::new()) };
}

/// Keeps the HTML of every block of `shell` (the pre-rendered page) marked with a
/// [`Skeleton`], its controls enabled (the build disables them until the app runs).
pub fn keep(shell: &web_sys::Element) {
    let Ok(blocks) = shell.query_selector_all(&format!("[{}]", Skeleton::ATTR)) else {
        return;
    };
    let kept: Vec<(String, String)> = (0..blocks.length())
        .filter_map(|i| blocks.item(i)?.dyn_into::<web_sys::Element>().ok())
        .filter_map(|block| {
            if let Ok(disabled) = block.query_selector_all("[disabled]") {
                for i in 0..disabled.length() {
                    if let Some(control) = disabled
                        .item(i)
                        .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
                    {
                        let _ = control.remove_attribute("disabled");
                    }
                }
            }
            Some((block.get_attribute(Skeleton::ATTR)?, block.inner_html()))
        })
        .collect();
    KEPT.with(|k| *k.borrow_mut() = kept);
}

/// The HTML of block `which`; empty (and a warning on the console) when the page the build
/// wrote did not have it.
pub fn skeleton(which: Skeleton) -> String {
    let found = KEPT.with(|k| {
        k.borrow()
            .iter()
            .find(|(name, _)| name == which.name())
            .map(|(_, html)| html.clone())
    });
    found.unwrap_or_else(|| {
        let warning = format!("the page has no pre-rendered {} block", which.name());
        web_sys::console::warn_1(&warning.into());
        String::new()
    })
}
