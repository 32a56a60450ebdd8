//! Lists of elements kept one per key (a postal code, a metro label): a change adds,
//! removes and reorders the existing elements and touches only what changed, instead of
//! writing the list again as HTML.

use super::html::replace_content;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// The children of one container, one per key, in the order last shown.
#[derive(Default)]
pub struct KeyedChildren {
    /// Every element ever made, by key; out of the page when not in the current list.
    made: Vec<(String, HtmlElement)>,
    /// The content last written by [`KeyedChildren::show_contents`], by key.
    contents: Vec<(String, String)>,
    /// The keys shown, in order.
    shown: Vec<String>,
}

impl KeyedChildren {
    /// Makes `container` hold the elements of `keys`, in that order, and no others.
    /// `make` creates the element of a key seen for the first time. Returns the shown
    /// elements in order, for the caller to bring up to date.
    pub fn show(
        &mut self,
        container: &Element,
        keys: &[&str],
        make: &dyn Fn(&str) -> Option<HtmlElement>,
    ) -> Vec<HtmlElement> {
        let mut elements = Vec::with_capacity(keys.len());
        for key in keys {
            let found = self
                .made
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, e)| e.clone());
            let element = match found {
                Some(element) => element,
                None => {
                    let Some(element) = make(key) else { continue };
                    let _ = container.append_child(&element);
                    self.made.push(((*key).to_string(), element.clone()));
                    element
                }
            };
            elements.push(element);
        }
        let order_changed =
            self.shown.len() != keys.len() || self.shown.iter().zip(keys).any(|(a, b)| a != b);
        if order_changed {
            // Elements not in the list leave the page (kept here for when they return), so
            // the page holds only what it shows.
            for (key, element) in &self.made {
                if !keys.contains(&key.as_str()) {
                    element.remove();
                }
            }
            // Walk the children in the wanted order and move only the elements out of place:
            // narrowing a list moves nothing.
            let mut next = container.first_child();
            for element in &elements {
                match &next {
                    Some(node) if node.is_same_node(Some(element)) => next = node.next_sibling(),
                    _ => {
                        let _ = container.insert_before(element, next.as_ref());
                    }
                }
            }
            self.shown = keys.iter().map(|k| (*k).to_string()).collect();
        }
        elements
    }
}

impl KeyedChildren {
    /// Makes `container` show one `tag` element per item, in order, with the item's HTML
    /// as its content; content is written only where it changed (keyboard focus stays on
    /// the element with the same `data-focus-key`, see `replace_content`).
    pub fn show_contents(&mut self, container: &Element, tag: &str, items: &[(String, String)]) {
        let keys: Vec<&str> = items.iter().map(|(key, _)| key.as_str()).collect();
        let make = |_: &str| {
            let document = web_sys::window()?.document()?;
            document.create_element(tag).ok()?.dyn_into().ok()
        };
        let shown = self.show(container, &keys, &make);
        for ((key, html), element) in items.iter().zip(&shown) {
            let known = self.contents.iter_mut().find(|(k, _)| k == key);
            match known {
                Some((_, written)) if written == html => continue,
                Some((_, written)) => *written = html.clone(),
                None => self.contents.push((key.clone(), html.clone())),
            }
            replace_content(element, html);
        }
    }
}

/// Creates an element from HTML text (one root element).
pub fn element_from_html(html: &str) -> Option<HtmlElement> {
    let document = web_sys::window()?.document()?;
    let template = document.create_element("template").ok()?;
    template.set_inner_html(html);
    let content = template
        .dyn_ref::<web_sys::HtmlTemplateElement>()?
        .content();
    content.first_element_child()?.dyn_into().ok()
}

/// Sets an attribute unless it already has that value (writes restyle the element).
pub fn set_attr(element: &Element, name: &str, value: &str) {
    if element.get_attribute(name).as_deref() != Some(value) {
        let _ = element.set_attribute(name, value);
    }
}
