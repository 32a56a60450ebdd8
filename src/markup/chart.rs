//! The frame every chart is drawn in: the drawing, its written summary, its caption with
//! downloads and embed snippet, and (for charts whose items can be hovered, focused and
//! selected) the layer of buttons over it.

use super::action::{self, Action};
use super::{Html, Markup};

/// The id of chart `id`'s written summary, which its drawing names as its description.
pub fn summary_id(id: &str) -> String {
    format!("{id}-summary")
}

/// The id of the field that holds chart `id`'s embed snippet.
pub fn embed_code_id(id: &str) -> String {
    format!("{id}-embed-code")
}

/// Chart `id`'s figure with nothing drawn yet, as the page first shows it: a `.chart-stage`
/// holding `.chart-drawing` (role="img", which takes the text alternative and is described
/// by the summary) with the [`drawing`] in it and, with `hotspot_group`, the
/// [`overlay_attributes`] layer of buttons over its items; then `.chart-summary` (id
/// [`summary_id`]), which takes the chart's written summary, and the [`caption`].
pub fn figure(id: &str, caption_text: &str, hotspot_group: Option<&str>) -> Markup {
    let summary = summary_id(id);
    let mut html = Html::new();
    html.open("div", &[("class", "chart-stage")])
        .open(
            "div",
            &[
                ("class", "chart-drawing"),
                ("role", "img"),
                ("aria-describedby", &summary),
            ],
        )
        .markup(&drawing())
        .close("div");
    if let Some(group) = hotspot_group {
        html.open("div", &overlay_attributes(group))
            .markup(&Markup::escaped(OVERLAY_SLOTS.into()))
            .close("div");
    }
    html.close("div")
        .element("p", &[("class", "chart-summary"), ("id", &summary)], "")
        .open("figcaption", &[])
        .markup(&caption(id, caption_text))
        .close("figcaption");
    html.finish()
}

/// What `.chart-drawing` holds: its `canvas` takes the drawing on screen and `.chart-print`
/// the same drawing as SVG while the page prints.
pub fn drawing() -> Markup {
    let mut html = Html::new();
    html.element("canvas", &[("class", "chart-canvas")], "")
        .element(
            "div",
            &[("class", "chart-print"), ("aria-hidden", "true")],
            "",
        );
    html.finish()
}

/// The attributes of the layer of buttons over a chart's items, named `group` for screen
/// readers.
pub fn overlay_attributes(group: &str) -> [(&'static str, &str); 3] {
    [
        ("class", "hotspots"),
        ("role", "group"),
        ("aria-label", group),
    ]
}

/// What the layer of buttons over a chart's items holds: `.hotspot-buttons` takes the
/// buttons, `.hotspot-tip` their tooltip.
pub const OVERLAY_SLOTS: &str =
    "<div class=\"hotspot-buttons\"></div><div class=\"hotspot-tip\"></div>";

/// Chart `id`'s caption: `text`, then its two download buttons (`data-download`) and the
/// `details.embed` disclosure, which holds the chart's embed snippet in a read-only
/// `textarea` (id [`embed_code_id`]), a copy button and its `.embed-status`.
pub fn caption(id: &str, text: &str) -> Markup {
    let mut html = Html::new();
    html.text(text)
        .open("span", &[("class", "downloads no-print")])
        .text(" Download chart: ");
    for (kind, label) in [("svg", "SVG"), ("png", "PNG")] {
        html.element(
            "button",
            &[
                ("type", "button"),
                ("class", "link-button"),
                ("data-download", kind),
                ("data-focus-key", kind),
            ],
            label,
        );
    }
    let code = embed_code_id(id);
    html.close("span")
        .open("details", &[("class", "embed no-print")])
        .element(
            "summary",
            &[("class", "link-button"), ("data-focus-key", "embed")],
            "Embed",
        )
        .element(
            "label",
            &[("for", &code)],
            "HTML that shows this chart, with these filters, on another site:",
        )
        .element(
            "textarea",
            &[("id", &code), ("readonly", ""), ("rows", "4")],
            "",
        )
        .element(
            "button",
            &[
                ("type", "button"),
                ("class", "link-button"),
                (action::ATTR, Action::CopyEmbed.attr()),
                ("data-focus-key", "copy-embed"),
            ],
            "Copy",
        )
        .element("span", &[("class", "embed-status"), ("role", "status")], "")
        .close("details");
    html.finish()
}

/// What the embed disclosure says when its snippet is on the clipboard.
pub const EMBED_COPIED: &str = "Copied.";
/// What the embed disclosure says when the browser has no clipboard.
pub const EMBED_COPY_BY_HAND: &str = "Select the HTML above and copy it.";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_figure_has_a_drawing_slot_described_by_its_summary_a_caption_and_two_downloads() {
        let html = figure("state-map", "One tile per state.", None);
        assert!(html.starts_with("<div class=\"chart-stage\"><div class=\"chart-drawing\" role=\"img\" aria-describedby=\"state-map-summary\"><canvas class=\"chart-canvas\"></canvas><div class=\"chart-print\" aria-hidden=\"true\"></div></div></div><p class=\"chart-summary\" id=\"state-map-summary\"></p><figcaption>One tile per state."));
        assert!(html.ends_with("</details></figcaption>"));
        assert_eq!(html.matches("data-download=").count(), 2);
        assert!(!html.contains("hotspots"));
        assert!(html.contains("<summary class=\"link-button\" data-focus-key=\"embed\">Embed</summary><label for=\"state-map-embed-code\">"));
        assert!(
            html.contains(
                "<textarea id=\"state-map-embed-code\" readonly=\"\" rows=\"4\"></textarea>"
            ),
            "{html}"
        );
    }

    #[test]
    fn hoverable_charts_get_a_named_button_layer() {
        let html = figure("x", "x", Some("States on the map"));
        assert!(html.contains("<div class=\"hotspots\" role=\"group\" aria-label=\"States on the map\"><div class=\"hotspot-buttons\"></div><div class=\"hotspot-tip\"></div></div>"));
    }
}
