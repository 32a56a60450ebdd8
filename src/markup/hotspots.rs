//! Invisible buttons laid over chart items ([`Hotspot`]s, which each chart computes), and
//! the tooltip that shows an item's figures.

use super::{bool_text, Html, Markup};
use crate::charts::hotspot::Hotspot;
use crate::model::money::fixed;

/// The attributes of the button over `spot`, at `index` in the list: `data-spot-index` is
/// the position, `data-key` the item. An empty value means the attribute is absent. The
/// page creates each button once and keeps it up to date with these; which button is the
/// tab stop (`tabindex`) is kept apart, as it follows the pointer and the keyboard.
pub fn attributes(spot: &Hotspot, index: usize) -> [(&'static str, String); 6] {
    [
        ("data-spot-index", index.to_string()),
        ("data-key", spot.key.clone()),
        ("data-focus-key", format!("spot:{}", spot.key)),
        (
            "data-box",
            boxed(&[spot.left, spot.top, spot.width, spot.height]),
        ),
        ("aria-label", spot.label.clone()),
        (
            "aria-pressed",
            spot.pressed.map(bool_text).unwrap_or_default().into(),
        ),
    ]
}

/// A button over a chart item before its [`attributes`] are set: not the tab stop.
pub fn button_skeleton() -> Markup {
    let mut html = Html::new();
    html.element(
        "button",
        &[("type", "button"), ("class", "hotspot"), ("tabindex", "-1")],
        "",
    );
    html.finish()
}

/// The button over `spot` as HTML (see [`attributes`]); `tab_stop` is the index of the one
/// button reached with Tab (the others with the arrow keys).
pub fn button(spot: &Hotspot, index: usize, tab_stop: usize) -> Markup {
    let attributes = attributes(spot, index);
    let tabindex = if index == tab_stop { "0" } else { "-1" };
    let mut attrs: Vec<(&str, &str)> = vec![
        ("type", "button"),
        ("tabindex", tabindex),
        ("class", "hotspot"),
    ];
    attrs.extend(
        attributes
            .iter()
            .filter(|(_, value)| !value.is_empty())
            .map(|(name, value)| (*name, value.as_str())),
    );
    let mut html = Html::new();
    html.element("button", &attrs, "");
    html.finish()
}

/// The tooltip of `spot`: above it, or below when it is near the top; growing away from
/// the chart's left or right edge, so it stays inside the chart. Hidden from screen
/// readers, which hear the button's label instead.
pub fn tooltip(spot: &Hotspot) -> Markup {
    let below = spot.top < 20.0;
    let (centre, _) = spot.centre();
    let (start, end) = (centre < 30.0, centre > 70.0);
    let anchor = if start {
        spot.left
    } else if end {
        spot.left + spot.width
    } else {
        centre
    };
    let top = if below {
        spot.top + spot.height
    } else {
        spot.top
    };
    let mut class = String::from("chart-tooltip");
    for (on, name) in [(below, " below"), (start, " start"), (end, " end")] {
        if on {
            class.push_str(name);
        }
    }
    let mut html = Html::new();
    html.element(
        "div",
        &[
            ("class", &class),
            ("aria-hidden", "true"),
            ("data-box", &boxed(&[anchor.clamp(0.0, 100.0), top])),
        ],
        &spot.tooltip,
    );
    html.finish()
}

/// "left top [width height]" in percent with three decimals, for `data-box`.
pub(super) fn boxed(values: &[f64]) -> String {
    values
        .iter()
        .map(|v| fixed(*v, 3))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The spot an arrow key moves to from `current`: the nearest one in that direction.
pub fn next_spot(spots: &[Hotspot], current: usize, key: &str) -> Option<usize> {
    match key {
        "Home" => return (!spots.is_empty()).then_some(0),
        "End" => return spots.len().checked_sub(1),
        _ => {}
    }
    let here = spots.get(current)?;
    let (dx, dy) = match key {
        "ArrowLeft" => (-1.0, 0.0),
        "ArrowRight" => (1.0, 0.0),
        "ArrowUp" => (0.0, -1.0),
        "ArrowDown" => (0.0, 1.0),
        _ => return None,
    };
    let (x0, y0) = here.centre();
    let found = spots
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != current)
        .filter_map(|(i, s)| {
            let (x, y) = s.centre();
            let along = (x - x0) * dx + (y - y0) * dy;
            let across = ((x - x0) * dy).abs() + ((y - y0) * dx).abs();
            (along > 0.01).then_some((i, along + across * 2.0))
        })
        .min_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(i, _)| i);
    // In a single column, left and right step through the list too.
    found.or(match key {
        "ArrowLeft" => current.checked_sub(1),
        "ArrowRight" => (current + 1 < spots.len()).then_some(current + 1),
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spot(key: &str, left: f64, top: f64) -> Hotspot {
        Hotspot {
            key: key.into(),
            label: format!("{key}: median $1"),
            tooltip: format!("{key} · median $1"),
            left,
            top,
            width: 10.0,
            height: 10.0,
            pressed: None,
        }
    }

    #[test]
    fn buttons_carry_position_label_and_one_tab_stop() {
        let mut selected = spot("TX", 10.0, 50.0);
        selected.pressed = Some(true);
        let html = format!(
            "{}{}",
            button(&spot("CA", 0.0, 50.0), 0, 1),
            button(&selected, 1, 1)
        );
        assert_eq!(html.matches("<button").count(), 2);
        assert_eq!(html.matches("tabindex=\"0\"").count(), 1);
        assert!(!button(&spot("CA", 0.0, 50.0), 0, 1).contains("aria-pressed"));
        assert!(html.contains("<button type=\"button\" tabindex=\"0\" class=\"hotspot\" data-spot-index=\"1\" data-key=\"TX\" data-focus-key=\"spot:TX\" data-box=\"10.000 50.000 10.000 10.000\" aria-label=\"TX: median $1\" aria-pressed=\"true\""), "{html}");
        assert!(!html.contains("style="));
    }

    #[test]
    fn a_tooltip_near_the_top_left_opens_below_and_rightwards() {
        let html = tooltip(&spot("CA", 0.0, 5.0));
        assert!(html.starts_with("<div class=\"chart-tooltip below start\" aria-hidden=\"true\" data-box=\"0.000 15.000\">CA · median $1</div>"), "{html}");
    }

    #[test]
    fn arrow_keys_move_to_the_nearest_spot_in_that_direction() {
        let spots = [
            spot("A", 0.0, 0.0),
            spot("B", 20.0, 0.0),
            spot("C", 0.0, 20.0),
        ];
        assert_eq!(next_spot(&spots, 0, "ArrowRight"), Some(1));
        assert_eq!(next_spot(&spots, 0, "ArrowDown"), Some(2));
        assert_eq!(next_spot(&spots, 1, "ArrowLeft"), Some(0));
        assert_eq!(next_spot(&spots, 0, "ArrowUp"), None);
        assert_eq!(next_spot(&spots, 1, "End"), Some(2));
        assert_eq!(next_spot(&spots, 2, "Home"), Some(0));
        assert_eq!(next_spot(&spots, 9, "ArrowUp"), None);
    }
}
