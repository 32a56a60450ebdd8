//! Lists of elements kept one per key (a postal code, a metro label): a change adds,
//! removes and reorders the existing elements and touches only what changed, instead of
//! writing the list again as HTML.

use super::html::replace_content;
use crate::markup::Markup;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// An element made for a key, and what was last written into it.
struct Made {
    key: String,
    element: HtmlElement,
    /// Its content as HTML (see [`KeyedChildren::show_contents`]).
    content: Option<Markup>,
    /// Its attribute values (see [`KeyedChildren::show_attributes`]).
    attributes: Vec<String>,
}

/// The children of one container, one per key, in the order last shown.
#[derive(Default)]
pub struct KeyedChildren {
    /// Every element ever made; out of the page when not in the current list.
    made: Vec<Made>,
    /// Which of them are shown, in order.
    shown: Vec<usize>,
}

impl KeyedChildren {
    /// Makes `container` hold one element per key of `keys`, in that order, and no others.
    /// `make` creates the element of a key seen for the first time (a key listed twice gets
    /// two elements). Returns the indexes of the shown elements in `made`, in order.
    fn place(
        &mut self,
        container: &Element,
        keys: &[&str],
        make: &dyn Fn(&str) -> Option<HtmlElement>,
    ) -> Vec<usize> {
        let mut wanted: Vec<usize> = Vec::with_capacity(keys.len());
        for key in keys {
            let found = (0..self.made.len())
                .find(|i| !wanted.contains(i) && self.made.get(*i).is_some_and(|m| m.key == *key));
            let index = match found {
                Some(index) => index,
                None => {
                    let Some(element) = make(key) else { continue };
                    self.made.push(Made {
                        key: (*key).to_string(),
                        element,
                        content: None,
                        attributes: Vec::new(),
                    });
                    self.made.len() - 1
                }
            };
            wanted.push(index);
        }
        if wanted != self.shown {
            // Elements no longer in the list leave the page (kept here for when they return),
            // so the page holds only what it shows.
            for index in self.shown.iter().filter(|i| !wanted.contains(i)) {
                if let Some(made) = self.made.get(*index) {
                    made.element.remove();
                }
            }
            // Walk the children in the wanted order and move only the elements out of place:
            // narrowing a list moves nothing.
            let mut next = container.first_child();
            for made in wanted.iter().filter_map(|i| self.made.get(*i)) {
                match &next {
                    Some(node) if node.is_same_node(Some(&made.element)) => {
                        next = node.next_sibling();
                    }
                    _ => {
                        let _ = container.insert_before(&made.element, next.as_ref());
                    }
                }
            }
            self.shown = wanted.clone();
        }
        wanted
    }

    /// Makes `container` hold one element per item (key, attributes), in order; `make`
    /// creates the element of a key seen for the first time. An element's attributes are
    /// written only where they changed (an empty value removes one), and always as a whole
    /// list in the same order; `on_change` runs with each element and attribute name
    /// written.
    pub fn show_attributes(
        &mut self,
        container: &Element,
        items: &[(&str, Vec<(&'static str, String)>)],
        make: &dyn Fn(&str) -> Option<HtmlElement>,
        on_change: &dyn Fn(&HtmlElement, &str),
    ) {
        let keys: Vec<&str> = items.iter().map(|(key, _)| *key).collect();
        let placed = self.place(container, &keys, make);
        for ((_, attributes), index) in items.iter().zip(placed) {
            let Some(made) = self.made.get_mut(index) else {
                continue;
            };
            // Compared with what was written, not read back: an unchanged attribute costs no
            // call into the page.
            let mut written = false;
            for (position, (name, value)) in attributes.iter().enumerate() {
                if made.attributes.get(position) == Some(value) {
                    continue;
                }
                if value.is_empty() {
                    let _ = made.element.remove_attribute(name);
                } else {
                    let _ = made.element.set_attribute(name, value);
                }
                on_change(&made.element, name);
                written = true;
            }
            if written {
                made.attributes = attributes.iter().map(|(_, value)| value.clone()).collect();
            }
        }
    }

    /// Makes `container` hold one `tag` element per item (key, HTML), in order, with the
    /// item's HTML as its content; content is written only where it changed (keyboard focus
    /// stays on the element with the same `data-focus-key`, see `replace_content`).
    pub fn show_contents(&mut self, container: &Element, tag: &str, items: &[(String, Markup)]) {
        let keys: Vec<&str> = items.iter().map(|(key, _)| key.as_str()).collect();
        let make = |_: &str| {
            let document = web_sys::window()?.document()?;
            document.create_element(tag).ok()?.dyn_into().ok()
        };
        let placed = self.place(container, &keys, &make);
        for ((_, html), index) in items.iter().zip(placed) {
            let Some(made) = self.made.get_mut(index) else {
                continue;
            };
            if made.content.as_ref() != Some(html) {
                replace_content(&made.element, html);
                made.content = Some(html.clone());
            }
        }
    }
}

/// Creates an element from HTML text (one root element).
pub fn element_from_html(html: &Markup) -> Option<HtmlElement> {
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
