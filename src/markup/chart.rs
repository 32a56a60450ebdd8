//! The frame every chart is drawn in: the drawing, its caption and downloads, and (for
//! charts whose items can be hovered, focused and selected) the layer of buttons over it.

use super::Html;

/// A chart figure with nothing drawn yet: `.chart-svg` (role="img") takes the drawing and
/// its text alternative; with `hotspot_group`, `.hotspot-buttons` takes the buttons over
/// its items and `.hotspot-tip` their tooltip.
pub fn figure(caption: &str, hotspot_group: Option<&str>) -> String {
    let mut html = Html::new();
    html.open("div", &[("class", "chart-stage")]).element(
        "div",
        &[("class", "chart-svg"), ("role", "img")],
        "",
    );
    if let Some(group) = hotspot_group {
        html.open(
            "div",
            &[
                ("class", "hotspots"),
                ("role", "group"),
                ("aria-label", group),
            ],
        )
        .element("div", &[("class", "hotspot-buttons")], "")
        .element("div", &[("class", "hotspot-tip")], "")
        .close("div");
    }
    html.close("div")
        .open("figcaption", &[])
        .text(caption)
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
    html.close("span").close("figcaption");
    html.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_figure_has_a_drawing_slot_caption_and_two_downloads() {
        let html = figure("One tile per state.", None);
        assert!(html.starts_with("<div class=\"chart-stage\"><div class=\"chart-svg\" role=\"img\"></div></div><figcaption>One tile per state."));
        assert_eq!(html.matches("data-download=").count(), 2);
        assert!(!html.contains("hotspots"));
    }

    #[test]
    fn hoverable_charts_get_a_named_button_layer() {
        let html = figure("x", Some("States on the map"));
        assert!(html.contains("<div class=\"hotspots\" role=\"group\" aria-label=\"States on the map\"><div class=\"hotspot-buttons\"></div><div class=\"hotspot-tip\"></div></div>"));
    }
}
