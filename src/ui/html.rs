//! How components put their markup into the page. A component is a root element holding a
//! static skeleton (HTML text from `crate::markup`) and bindings: each keeps one element
//! of the skeleton showing one derived value, and one listener per event kind on the root
//! handles every control inside. Far less code than a reactive node per element, which
//! is what keeps the page small.

use crate::markup::action::{self, Action};
use crate::markup::Markup;
use leptos::html::ElementType;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// How a binding writes a text value on its element.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Write {
    /// The element's content, as plain text.
    Text,
    /// A form field's value (left alone while it already shows that value, so typing is
    /// never disturbed).
    Value,
    /// An attribute; an empty value removes it.
    Attr(&'static str),
    /// Of the toggle buttons inside, the one whose value (in this attribute) equals the
    /// bound value is pressed, the others not; the buttons themselves stay, so keyboard
    /// focus is not disturbed.
    Pressed(&'static str),
}

/// How a binding writes a true/false value on its element.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flag {
    /// A true/false property (`checked`, `disabled`, `hidden`).
    Property(&'static str),
    /// An attribute that is "true" or absent (`aria-invalid`).
    Attr(&'static str),
}

/// Everything a binding can write; all of them go through one effect type.
#[derive(Clone, Copy)]
enum Sink {
    Html,
    Text(Write),
    Flag(Flag),
}

/// A component's root element, whatever its tag: what a binding looks its element up under.
pub trait Root: Copy + 'static {
    /// The element once it is in the page (read as a signal: an effect that asks runs again
    /// when it arrives).
    fn element(self) -> Option<web_sys::Element>;
    /// The element, read without tracking (deferred work: none when it is gone by then).
    fn element_untracked(self) -> Option<web_sys::Element>;
}

impl<E> Root for NodeRef<E>
where
    E: ElementType,
    E::Output: JsCast + Clone + 'static,
{
    fn element(self) -> Option<web_sys::Element> {
        Some(self.get()?.unchecked_into())
    }
    fn element_untracked(self) -> Option<web_sys::Element> {
        Some(self.try_get_untracked()??.unchecked_into())
    }
}

/// Keeps the element that matches `selector` under `root` (or `root` itself, for "")
/// showing `value`, written as `write`. It is written when the value changes, not before.
pub fn bind(
    root: impl Root,
    selector: &'static str,
    write: Write,
    value: impl Fn() -> String + 'static,
) {
    bind_element(finder(root, selector), Sink::Text(write), Box::new(value));
}

/// Keeps the content of the element that matches `selector` under `root` (or `root`
/// itself, for "") the HTML `value` (see [`replace_content`]), written when it changes.
pub fn bind_html(root: impl Root, selector: &'static str, value: impl Fn() -> Markup + 'static) {
    let value = move || value().into_string();
    bind_element(finder(root, selector), Sink::Html, Box::new(value));
}

/// Keeps the element that matches `selector` under `root` (or `root` itself, for "")
/// showing `on` as `flag`, written when it changes.
pub fn bind_flag(
    root: impl Root,
    selector: &'static str,
    flag: Flag,
    on: impl Fn() -> bool + 'static,
) {
    let value = move || {
        if on() {
            "true".to_string()
        } else {
            String::new()
        }
    };
    bind_element(finder(root, selector), Sink::Flag(flag), Box::new(value));
}

/// Keeps the `<select>` that matches `selector` under `root` listing `options` (its
/// `<option>`s as HTML, written only when they change) with `chosen` selected: choosing
/// another value rewrites nothing.
pub fn bind_select(
    root: impl Root,
    selector: &'static str,
    options: impl Fn() -> Markup + 'static,
    chosen: impl Fn() -> String + 'static,
) {
    select_binding(finder(root, selector), Box::new(options), Box::new(chosen));
}

/// One effect type for every menu of the page: the options are written again only when
/// what they read changes (most never do), and a new choice only moves the selection.
fn select_binding(
    element: Box<dyn Fn() -> Option<web_sys::Element>>,
    options: Box<dyn Fn() -> Markup>,
    chosen: Box<dyn Fn() -> String>,
) {
    let element: std::rc::Rc<dyn Fn() -> Option<web_sys::Element>> = element.into();
    let chosen: std::rc::Rc<dyn Fn() -> String> = chosen.into();
    let (menu, choice) = (element.clone(), chosen.clone());
    Effect::new(move |written: Option<Option<String>>| {
        let options = options().into_string();
        let element = menu()?;
        if written.flatten().as_ref() != Some(&options) {
            replace_html(&element, &options);
            apply(&element, Sink::Text(Write::Value), &untrack(|| choice()));
        }
        Some(options)
    });
    bind_element(
        Box::new(move || element()),
        Sink::Text(Write::Value),
        Box::new(move || chosen()),
    );
}

/// The element that matches `selector` under `root` (or `root` itself, for ""), looked up
/// when needed.
fn finder(root: impl Root, selector: &'static str) -> Box<dyn Fn() -> Option<web_sys::Element>> {
    Box::new(move || {
        let root = root.element()?;
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
pub fn bind_hidden(node: impl Root, hidden: Option<Signal<bool>>) {
    if let Some(hidden) = hidden {
        bind_flag(node, "", Flag::Property("hidden"), move || hidden.get());
    }
}

/// One effect type for every binding of the page.
fn bind_element(
    element: Box<dyn Fn() -> Option<web_sys::Element>>,
    write: Sink,
    value: Box<dyn Fn() -> String>,
) {
    Effect::new(move |written: Option<Option<String>>| {
        let value = value();
        // Unchanged: the element is not even looked up.
        if written.flatten().as_ref() == Some(&value) {
            return Some(value);
        }
        apply(&element()?, write, &value);
        Some(value)
    });
}

fn apply(element: &web_sys::Element, write: Sink, value: &str) {
    match write {
        Sink::Html => replace_html(element, value),
        Sink::Text(Write::Text) => element.set_text_content(Some(value)),
        Sink::Text(Write::Value) => {
            let current = js_sys::Reflect::get(element, &"value".into()).ok();
            if current.and_then(|v| v.as_string()).as_deref() != Some(value) {
                let _ = js_sys::Reflect::set(element, &"value".into(), &value.into());
            }
        }
        Sink::Text(Write::Attr(name)) | Sink::Flag(Flag::Attr(name)) if value.is_empty() => {
            let _ = element.remove_attribute(name);
        }
        Sink::Text(Write::Attr(name)) | Sink::Flag(Flag::Attr(name)) => {
            let _ = element.set_attribute(name, value);
        }
        Sink::Flag(Flag::Property(name)) => {
            let _ = js_sys::Reflect::set(element, &name.into(), &(!value.is_empty()).into());
        }
        Sink::Text(Write::Pressed(key)) => for_each_match(element, &format!("[{key}]"), |button| {
            let pressed = button.get_attribute(key).as_deref() == Some(value);
            let _ = button.set_attribute("aria-pressed", if pressed { "true" } else { "false" });
        }),
    }
}

/// Replaces `container`'s content with `html`. When keyboard focus was inside it, focus
/// moves to the new element with the same `data-focus-key`. Elements with a `data-box`
/// ("left top width height", percent) are positioned through the CSSOM, which the strict
/// Content-Security-Policy allows where it forbids style attributes.
pub fn replace_content(container: &web_sys::Element, html: &Markup) {
    replace_html(container, html);
}

/// [`replace_content`] with text that a binding took from a [`Markup`].
fn replace_html(container: &web_sys::Element, html: &str) {
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

/// Sets one property of `el`'s inline style, unless it already has that value (a write
/// restyles the element).
pub fn set_style(el: &web_sys::HtmlElement, property: &str, value: &str) {
    let style = el.style();
    if style.get_property_value(property).ok().as_deref() != Some(value) {
        let _ = style.set_property(property, value);
    }
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
