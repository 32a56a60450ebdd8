//! One drawing for both themes: the pre-rendered charts carry the light theme's colours, and
//! where the dark theme's differ, a class that names the colour's role, which the stylesheet
//! colours in the theme in force. Half the drawings in the page that way.

use crate::charts::scene::Paint;
use crate::charts::{tile_map, Theme};
use plotters::style::RGBColor;

/// The colours of `theme` that a drawing may use, by role: the names of the stylesheet's
/// `--chart-*` properties and of the `f-*` (fill) and `s-*` (stroke) classes that use them.
pub fn theme_roles(theme: &Theme) -> [(&'static str, RGBColor); 11] {
    [
        ("background", theme.background),
        ("text", theme.text),
        ("muted", theme.muted),
        ("grid", theme.grid),
        ("mark", theme.mark),
        ("mark-soft", theme.mark_soft),
        ("accent", theme.accent),
        ("reference", theme.reference),
        ("highlight", theme.highlight),
        ("no-data", theme.no_data),
        ("no-data-ground", tile_map::no_data_ground(theme)),
    ]
}

/// The stylesheet's rules that colour [`themed_svg`] drawings: each role's colour in both
/// themes as a `--chart-*` property, and the `f-*` and `s-*` classes that use them. The
/// block in style/main.css must be exactly this (a host test checks it).
pub fn chart_colours_css() -> String {
    let properties = |theme: &Theme| -> String {
        theme_roles(theme)
            .iter()
            .map(|(role, colour)| format!("--chart-{role}: {};", hex(*colour)))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let dark = properties(&Theme::DARK);
    let mut css = format!("#app-shell svg {{ {} }}\n", properties(&Theme::LIGHT));
    css.push_str(&format!(
        "@media (prefers-color-scheme: dark) {{ :root:not([data-theme=\"light\"]) #app-shell svg {{ {dark} }} }}\n"
    ));
    css.push_str(&format!(
        ":root[data-theme=\"dark\"] #app-shell svg {{ {dark} }}\n"
    ));
    for (role, _) in theme_roles(&Theme::LIGHT) {
        css.push_str(&format!(
            "#app-shell svg .f-{role} {{ fill: var(--chart-{role}); }} #app-shell svg .s-{role} {{ stroke: var(--chart-{role}); }}\n"
        ));
    }
    css
}

/// `color` as the SVG writer spells it.
fn hex(color: RGBColor) -> String {
    Paint {
        rgb: (color.0, color.1, color.2),
        alpha: 1.0,
    }
    .hex()
}

/// One drawing for both themes: `light` (the drawing in the light theme) where every colour
/// that differs in `dark` (the same drawing in the dark theme) also carries the class of its
/// theme role, which the stylesheet colours by the theme in force. None when the two differ
/// in anything but theme colours.
pub fn themed_svg(light: &str, dark: &str) -> Option<String> {
    let (light_roles, dark_roles) = (theme_roles(&Theme::LIGHT), theme_roles(&Theme::DARK));
    let role_of = |from: &str, to: &str| {
        light_roles
            .iter()
            .zip(&dark_roles)
            .find(|((_, l), (_, d))| hex(*l) == from && hex(*d) == to)
            .map(|((name, _), _)| *name)
    };
    let (light_lines, dark_lines): (Vec<&str>, Vec<&str>) =
        (light.lines().collect(), dark.lines().collect());
    if light_lines.len() != dark_lines.len() {
        return None;
    }
    let mut out = String::with_capacity(light.len() + light.len() / 8);
    for (l, d) in light_lines.iter().zip(&dark_lines) {
        if l == d {
            out.push_str(l);
            out.push('\n');
            continue;
        }
        let (lp, dp): (Vec<&str>, Vec<&str>) = (l.split('"').collect(), d.split('"').collect());
        if lp.len() != dp.len() {
            return None;
        }
        let mut classes = Vec::new();
        for (i, (a, b)) in lp.iter().zip(&dp).enumerate() {
            if a == b {
                continue;
            }
            // Only attribute values (odd parts) may differ, and only fill and stroke colours.
            let name = lp.get(i.checked_sub(1)?)?.trim_end_matches('=');
            let prefix = match name.rsplit(' ').next()? {
                "fill" => "f",
                "stroke" => "s",
                _ => return None,
            };
            if i % 2 == 0 {
                return None;
            }
            classes.push(format!("{prefix}-{}", role_of(a, b)?));
        }
        let tag_end = l.find(' ').filter(|_| l.starts_with('<'))?;
        out.push_str(l.get(..tag_end)?);
        out.push_str(&format!(" class=\"{}\"", classes.join(" ")));
        out.push_str(l.get(tag_end..)?);
        out.push('\n');
    }
    Some(out)
}
