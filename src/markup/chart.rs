//! The frame every chart is drawn in: the drawing, its written summary, its caption with
//! downloads and embed snippet, and (for charts whose items can be hovered, focused and
//! selected) the layer of buttons over it.

use super::action::{self, Action};
use super::hotspots::boxed;
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
pub fn figure(id: &str, caption_text: &str, hotspot_group: Option<&str>, veiled: bool) -> Markup {
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
        .markup(&drawing(veiled))
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
/// the same drawing as SVG while the page prints; when `veiled`, `.chart-veils` takes the
/// [`veil`]s the page lays over parts of the drawing.
pub fn drawing(veiled: bool) -> Markup {
    let mut html = Html::new();
    html.element("canvas", &[("class", "chart-canvas")], "")
        .element(
            "div",
            &[("class", "chart-print"), ("aria-hidden", "true")],
            "",
        );
    if veiled {
        html.element(
            "div",
            &[("class", "chart-veils"), ("aria-hidden", "true")],
            "",
        );
    }
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

/// A cover in the drawing's background colour over part of it (left, top, width, height
/// in percent), or nothing.
pub fn veil(area: Option<[f64; 4]>) -> Markup {
    area.map(|area| {
        let mut html = Html::new();
        html.element(
            "div",
            &[("class", "chart-veil"), ("data-box", &boxed(&area))],
            "",
        );
        html.finish()
    })
    .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_figure_has_a_drawing_slot_described_by_its_summary_a_caption_and_two_downloads() {
        let html = figure("state-map", "One tile per state.", None, false);
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
        let html = figure("x", "x", Some("States on the map"), false);
        assert!(html.contains("<div class=\"hotspots\" role=\"group\" aria-label=\"States on the map\"><div class=\"hotspot-buttons\"></div><div class=\"hotspot-tip\"></div></div>"));
        assert!(!html.contains("chart-veils"));
    }

    #[test]
    fn a_veiled_figure_has_a_hidden_slot_under_its_buttons_and_a_veil_is_one_box() {
        let html = figure("x", "x", Some("States on the map"), true);
        let slot = "<div class=\"chart-veils\" aria-hidden=\"true\"></div>";
        assert!(
            html.contains(&format!("{slot}</div><div class=\"hotspots\"")),
            "{html}"
        );
        assert_eq!(
            veil(Some([75.5, 80.0, 20.0, 5.25])),
            "<div class=\"chart-veil\" data-box=\"75.500 80.000 20.000 5.250\"></div>"
        );
        assert_eq!(veil(None), "");
    }
}
