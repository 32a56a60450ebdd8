//! HTML text for the parts of the page that only show figures: tables, lists, the
//! invisible buttons over charts. Plain Rust, tested on the host; the `ui` layer puts the
//! text into the page in one step and handles its clicks with one listener per block.
//!
//! Markup built here never carries a `style` attribute (the strict Content-Security-Policy
//! forbids them): positions go in `data-box` and the `ui` layer applies them via the CSSOM.

/// An element id that generated markup writes and the `ui` layer looks up: the `id`
/// attribute's value (what an event's target reports) and its CSS selector.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Id {
    pub name: &'static str,
    pub selector: &'static str,
}

/// The [`Id`] named `$name`, its selector written out at compile time.
macro_rules! id {
    ($name:literal) => {
        $crate::markup::Id {
            name: $name,
            selector: concat!("#", $name),
        }
    };
}

pub mod about;
pub mod action;
pub mod chart;
pub mod compare;
pub mod hotspots;
pub mod metros;
pub mod national;
pub mod shell;
pub mod skeleton;
pub mod state_filters;
pub mod table;
pub mod views;

pub use action::Action;

/// HTML (or SVG) text that is safe to put into the page: every text and attribute value in it
/// was escaped. Only [`Html::finish`] and the chart renderers (`charts::Scene::svg`) make it,
/// and the `ui` layer's HTML bindings take nothing else, so escaping is a type, not a habit.
/// It reads as the `str` it holds.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Markup(String);

impl Markup {
    /// Text whose every value was escaped; for [`Html::finish`] and the chart renderers
    /// only (a host test checks that nothing else calls it).
    pub(crate) fn escaped(text: String) -> Markup {
        Markup(text)
    }

    /// The text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The text, for the page's `innerHTML` or a file.
    pub fn into_string(self) -> String {
        self.0
    }
}

impl std::ops::Deref for Markup {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Markup {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl PartialEq<&str> for Markup {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

/// HTML text built element by element; every text and attribute value is escaped.
#[derive(Debug, Default)]
pub struct Html(String);

impl Html {
    /// An empty document fragment.
    pub fn new() -> Html {
        Html::default()
    }

    /// Opens `<tag name="value" ...>`; attributes with an empty name are left out, so an
    /// optional attribute can be written as `("", "")`.
    pub fn open(&mut self, tag: &str, attrs: &[(&str, &str)]) -> &mut Html {
        self.0.push('<');
        self.0.push_str(tag);
        for (name, value) in attrs.iter().filter(|(name, _)| !name.is_empty()) {
            self.0.push(' ');
            self.0.push_str(name);
            self.0.push_str("=\"");
            push_escaped(&mut self.0, value);
            self.0.push('"');
        }
        self.0.push('>');
        self
    }

    /// Closes `</tag>`.
    pub fn close(&mut self, tag: &str) -> &mut Html {
        self.0.push_str("</");
        self.0.push_str(tag);
        self.0.push('>');
        self
    }

    /// Escaped text.
    pub fn text(&mut self, text: &str) -> &mut Html {
        push_escaped(&mut self.0, text);
        self
    }

    /// HTML text that is already escaped, as it is.
    pub fn markup(&mut self, markup: &Markup) -> &mut Html {
        self.0.push_str(markup.as_str());
        self
    }

    /// `<tag ...>text</tag>`.
    pub fn element(&mut self, tag: &str, attrs: &[(&str, &str)], text: &str) -> &mut Html {
        self.open(tag, attrs).text(text).close(tag)
    }

    /// The HTML text.
    pub fn finish(self) -> Markup {
        Markup(self.0)
    }
}

/// `attr` when `on`, else nothing (see [`Html::open`]).
pub fn attr_if<'a>(on: bool, attr: (&'a str, &'a str)) -> (&'a str, &'a str) {
    if on {
        attr
    } else {
        ("", "")
    }
}

/// "true" or "false", for aria-pressed and the like.
pub fn bool_text(value: bool) -> &'static str {
    if value {
        "true"
    } else {
        "false"
    }
}

/// `<option>`s for a menu, `(value, label)` each; the one whose value is `selected` is
/// marked selected.
pub fn options(items: &[(&str, &str)], selected: &str) -> Markup {
    let mut html = Html::new();
    for (value, label) in items {
        html.element(
            "option",
            &[
                ("value", value),
                attr_if(*value == selected, ("selected", "")),
            ],
            label,
        );
    }
    html.finish()
}

/// A row of toggle buttons, `(value, label)` each, the value in the attribute `key`; the
/// one whose value is `pressed` is pressed.
pub fn toggle_buttons(key: &str, items: &[(&str, &str)], pressed: &str) -> Markup {
    let mut html = Html::new();
    for (value, label) in items {
        let focus_key = format!("{key}:{value}");
        html.element(
            "button",
            &[
                ("type", "button"),
                (key, value),
                ("data-focus-key", &focus_key),
                ("aria-pressed", bool_text(*value == pressed)),
            ],
            label,
        );
    }
    html.finish()
}

fn push_escaped(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
}

/// Plain text as HTML, escaped.
pub fn text(text: &str) -> Markup {
    Markup(escape(text))
}

/// Escapes text for use inside HTML or SVG, as text or as a quoted attribute value.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    push_escaped(&mut out, text);
    out
}

/// Asserts that `html` gives each of `ids` to exactly one element.
#[cfg(test)]
pub fn assert_each_id_once(html: &str, ids: &[Id]) {
    for id in ids {
        let attribute = format!("id=\"{}\"", id.name);
        assert_eq!(html.matches(&attribute).count(), 1, "{attribute} in {html}");
        assert_eq!(id.selector.strip_prefix('#'), Some(id.name));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_attribute_values_are_escaped() {
        let mut html = Html::new();
        html.element("p", &[("title", "a \"b\" & <c>")], "<script>&");
        assert_eq!(
            html.finish(),
            "<p title=\"a &quot;b&quot; &amp; &lt;c&gt;\">&lt;script&gt;&amp;</p>"
        );
    }

    #[test]
    fn only_the_markup_builders_and_the_chart_renderer_make_markup() {
        fn sources(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    sources(&path, out);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    out.push(path);
                }
            }
        }
        let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut files = Vec::new();
        sources(&src, &mut files);
        let makers: Vec<String> = files
            .iter()
            .filter(|f| {
                std::fs::read_to_string(f)
                    .unwrap()
                    .contains("Markup::escaped(")
            })
            .map(|f| f.strip_prefix(&src).unwrap().display().to_string())
            .filter(|f| !f.starts_with("markup/"))
            .collect();
        assert_eq!(makers, ["charts/scene/svg.rs"]);
    }

    #[test]
    fn the_chosen_option_is_selected() {
        let html = options(&[("", "All"), ("TX", "Texas")], "TX");
        assert_eq!(
            html,
            "<option value=\"\">All</option><option value=\"TX\" selected=\"\">Texas</option>"
        );
    }

    #[test]
    fn one_toggle_button_is_pressed() {
        let html = toggle_buttons("data-region", &[("all", "All"), ("west", "West")], "west");
        assert_eq!(html.matches("aria-pressed=\"true\"").count(), 1);
        assert!(html.ends_with("<button type=\"button\" data-region=\"west\" data-focus-key=\"data-region:west\" aria-pressed=\"true\">West</button>"));
    }

    #[test]
    fn attributes_with_an_empty_name_are_left_out() {
        let mut html = Html::new();
        html.open(
            "li",
            &[attr_if(false, ("class", "x")), attr_if(true, ("id", "y"))],
        )
        .close("li");
        assert_eq!(html.finish(), "<li id=\"y\"></li>");
    }
}
