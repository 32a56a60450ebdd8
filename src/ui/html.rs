//! How components put their markup into the page. A component is a root element holding a
//! static skeleton (HTML text from `crate::markup`) and bindings: each keeps one element
//! of the skeleton showing one derived value, and one listener per event kind on the root
//! handles every control inside. Far less code than a reactive node per element, which
//! is what keeps the page small.

use crate::markup::action::{self, Action};
use leptos::html::ElementType;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// What a binding writes on its element.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Write {
    /// The element's content, as HTML text (see [`replace_content`]).
    Html,
    /// The element's content, as plain text.
    Text,
    /// A form field's value (left alone while it already shows that value, so typing is
    /// never disturbed).
    Value,
    /// An attribute; an empty value removes it.
    Attr(&'static str),
    /// A true/false property (`checked`, `disabled`): true when the value is not empty.
    Flag(&'static str),
    /// Of the toggle buttons inside, the one whose value (in this attribute) equals the
    /// bound value is pressed, the others not; the buttons themselves stay, so keyboard
    /// focus is not disturbed.
    Pressed(&'static str),
}

/// Keeps the element that matches `selector` under `root` (or `root` itself, for "")
/// showing `value`, written as `write`. It is written when the value changes, not before.
pub fn bind<E>(
    root: NodeRef<E>,
    selector: &'static str,
    write: Write,
    value: impl Fn() -> String + 'static,
) where
    E: ElementType,
    E::Output: JsCast + Clone + 'static,
{
    bind_element(finder(root, selector), write, Box::new(value));
}

/// Keeps the `<select>` that matches `selector` under `root` listing `options` (its
/// `<option>`s as HTML, written only when they change) with `chosen` selected: choosing
/// another value rewrites nothing.
pub fn bind_select<E>(
    root: NodeRef<E>,
    selector: &'static str,
    options: impl Fn() -> String + 'static,
    chosen: impl Fn() -> String + 'static,
) where
    E: ElementType,
    E::Output: JsCast + Clone + 'static,
{
    select_binding(finder(root, selector), Box::new(options), Box::new(chosen));
}

/// One effect type for every menu of the page.
fn select_binding(
    element: Box<dyn Fn() -> Option<web_sys::Element>>,
    options: Box<dyn Fn() -> String>,
    chosen: Box<dyn Fn() -> String>,
) {
    Effect::new(move |written: Option<Option<String>>| {
        let (options, chosen) = (options(), chosen());
        let element = element()?;
        if written.flatten().as_ref() != Some(&options) {
            replace_content(&element, &options);
        }
        apply(&element, Write::Value, &chosen);
        Some(options)
    });
}

/// The element that matches `selector` under `root` (or `root` itself, for ""), looked up
/// when needed.
fn finder<E>(root: NodeRef<E>, selector: &'static str) -> Box<dyn Fn() -> Option<web_sys::Element>>
where
    E: ElementType,
    E::Output: JsCast + Clone + 'static,
{
    Box::new(move || {
        let root: web_sys::Element = root.get()?.unchecked_into();
        if selector.is_empty() {
            return Some(root);
        }
        let found = root.query_selector(selector).ok().flatten();
        if cfg!(debug_assertions) && found.is_none() {
            warn_nothing_matches(&root, selector);
        }
        found
    })
}

/// Reports on the console (debug builds only) that a binding's selector matches nothing
/// under its root: such a binding never writes, silently.
fn warn_nothing_matches(root: &web_sys::Element, selector: &str) {
    web_sys::console::warn_1(
        &format!(
            "binding: nothing matches {selector:?} under <{}>",
            root.tag_name()
        )
        .into(),
    );
}

/// Hides the element behind `node` while `hidden` (if given) is true.
pub fn bind_hidden<E>(node: NodeRef<E>, hidden: Option<Signal<bool>>)
where
    E: ElementType,
    E::Output: JsCast + Clone + 'static,
{
    if let Some(hidden) = hidden {
        bind(node, "", Write::Flag("hidden"), move || flag(hidden.get()));
    }
}

/// One effect type for every binding of the page.
fn bind_element(
    element: Box<dyn Fn() -> Option<web_sys::Element>>,
    write: Write,
    value: Box<dyn Fn() -> String>,
) {
    Effect::new(move |written: Option<Option<String>>| {
        let value = value();
        let element = element()?;
        if written.flatten().as_ref() != Some(&value) {
            apply(&element, write, &value);
        }
        Some(value)
    });
}

fn apply(element: &web_sys::Element, write: Write, value: &str) {
    match write {
        Write::Html => replace_content(element, value),
        Write::Text => element.set_text_content(Some(value)),
        Write::Value => {
            let current = js_sys::Reflect::get(element, &"value".into()).ok();
            if current.and_then(|v| v.as_string()).as_deref() != Some(value) {
                let _ = js_sys::Reflect::set(element, &"value".into(), &value.into());
            }
        }
        Write::Attr(name) if value.is_empty() => {
            let _ = element.remove_attribute(name);
        }
        Write::Attr(name) => {
            let _ = element.set_attribute(name, value);
        }
        Write::Flag(name) => {
            let _ = js_sys::Reflect::set(element, &name.into(), &(!value.is_empty()).into());
        }
        Write::Pressed(key) => for_each_match(element, &format!("[{key}]"), |button| {
            let pressed = button.get_attribute(key).as_deref() == Some(value);
            let _ = button.set_attribute("aria-pressed", if pressed { "true" } else { "false" });
        }),
    }
}

/// "true" as a [`Write::Flag`] or [`Write::Attr`] value when `on`, else "" (off or absent).
pub fn flag(on: bool) -> String {
    if on {
        "true".into()
    } else {
        String::new()
    }
}

/// Replaces `container`'s content with `html`. When keyboard focus was inside it, focus
/// moves to the new element with the same `data-focus-key`. Elements with a `data-box`
/// ("left top width height", percent) are positioned through the CSSOM, which the strict
/// Content-Security-Policy allows where it forbids style attributes.
pub fn replace_content(container: &web_sys::Element, html: &str) {
    let focus_key = container
        .owner_document()
        .and_then(|d| d.active_element())
        .filter(|active| container.contains(Some(active)))
        .and_then(|active| active.get_attribute("data-focus-key"));
    container.set_inner_html(html);
    for_each_match(container, "[data-box]", position_box);
    if let Some(key) = focus_key {
        focus_where(container, "data-focus-key", &key);
    }
}

/// Positions an element by its `data-box` ("left top [width height]", percent of its
/// container) through the CSSOM, which the strict Content-Security-Policy allows where it
/// forbids style attributes.
pub fn position_box(el: &web_sys::HtmlElement) {
    let Some(spec) = el.get_attribute("data-box") else {
        return;
    };
    let css: String = ["left", "top", "width", "height"]
        .into_iter()
        .zip(spec.split(' '))
        .map(|(property, value)| format!("{property}:{value}%;"))
        .collect();
    el.style().set_css_text(&css);
}

/// Moves keyboard focus to the element under `container` whose `attribute` is `value`.
pub fn focus_where(container: &web_sys::Element, attribute: &str, value: &str) {
    for_each_match(container, &format!("[{attribute}]"), |el| {
        if el.get_attribute(attribute).as_deref() == Some(value) {
            let _ = el.focus();
        }
    });
}

/// Calls `f` on every element under `container` that matches `selector`.
pub fn for_each_match(
    container: &web_sys::Element,
    selector: &str,
    mut f: impl FnMut(&web_sys::HtmlElement),
) {
    let Ok(list) = container.query_selector_all(selector) else {
        return;
    };
    for index in 0..list.length() {
        if let Some(el) = list
            .item(index)
            .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
        {
            f(&el);
        }
    }
}

/// Whether the nearest element at or above the event's target that has an action has
/// `action` (compared as its attribute text: no parsing code in the page).
pub fn target_is(ev: &web_sys::Event, action: Action) -> bool {
    target_attribute(ev, action::ATTR).as_deref() == Some(action.attr())
}

/// The value of `attribute` on the nearest element at or above the event's target that has it.
pub fn target_attribute(ev: &web_sys::Event, attribute: &str) -> Option<String> {
    ev.target()?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest(&format!("[{attribute}]"))
        .ok()??
        .get_attribute(attribute)
}

/// Whether the event's target is at or inside an element matching `selector`.
pub fn target_within(ev: &web_sys::Event, selector: &str) -> bool {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.closest(selector).ok().flatten())
        .is_some()
}

/// The id of the element an event happened on, and its value (a form field's current
/// value, else "").
pub fn target_id_and_value(ev: &web_sys::Event) -> Option<(String, String)> {
    let target = ev.target()?;
    let value = js_sys::Reflect::get(&target, &"value".into())
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default();
    Some((target.dyn_into::<web_sys::Element>().ok()?.id(), value))
}

/// Whether the checkbox an event happened on is checked.
pub fn target_checked(ev: &web_sys::Event) -> bool {
    ev.target()
        .and_then(|t| js_sys::Reflect::get(&t, &"checked".into()).ok())
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
}

/// A click with the main button and no modifier key: one the page handles itself (a
/// modified click on a link opens a new tab instead).
pub fn plain_click(ev: &web_sys::MouseEvent) -> bool {
    ev.button() == 0 && !(ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key())
}
