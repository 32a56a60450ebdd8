//! Charts drawn with plotters over any backend. They know plotters, not Leptos: each chart
//! has plain inputs, a `draw` over a `DrawingArea`, and renders to SVG text for the page,
//! for downloads and for host tests.
//!
//! Charts place text with anchors only and never ask the backend to measure text, so they
//! draw the same on the host and in the browser and touch nothing outside the SVG.

pub mod color_scale;
pub mod metro_bars;
pub mod metro_inputs;
pub mod percentile;
pub mod scale;
pub mod state_ranges;
pub mod theme;
pub mod tile_map;

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

pub use theme::Theme;

/// The result of drawing on a backend.
pub type DrawResult<DB> = Result<(), DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>>;

/// Renders a drawing of `width` x `height` pixels to SVG text.
/// A drawing error yields an SVG that says the chart could not be drawn. (Drawing into a
/// string cannot fail for lack of space or files; the error's own text would mean nothing
/// to a reader, and formatting it would bring std's I/O error texts into the page.)
pub fn render_svg<F>(width: u32, height: u32, draw: F) -> String
where
    F: for<'a> FnOnce(&DrawingArea<SVGBackend<'a>, Shift>) -> DrawResult<SVGBackend<'a>>,
{
    let mut svg = String::new();
    let outcome = {
        let area = SVGBackend::with_string(&mut svg, (width, height)).into_drawing_area();
        draw(&area).and_then(|()| area.present())
    };
    match outcome {
        Ok(()) => svg,
        Err(_) => format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"40\"><text x=\"8\" y=\"24\">This chart could not be drawn.</text></svg>"
        ),
    }
}

/// Adds a line of text (the source) under a chart rendered by [`render_svg`], growing the
/// drawing to make room; returns the SVG unchanged if it is not of that form.
pub fn add_footer_line(svg: &str, text: &str, theme: &Theme) -> String {
    const EXTRA: u32 = 28;
    let (Some((width, height)), Some(header_end)) = (svg_size(svg), svg.find('>')) else {
        return svg.to_string();
    };
    let (Some(header), Some(rest)) = (svg.get(..header_end), svg.get(header_end..)) else {
        return svg.to_string();
    };
    let grown = height + EXTRA;
    let header = header
        .replacen(
            &format!("height=\"{height}\""),
            &format!("height=\"{grown}\""),
            1,
        )
        .replacen(
            &format!("viewBox=\"0 0 {width} {height}\""),
            &format!("viewBox=\"0 0 {width} {grown}\""),
            1,
        );
    let body = rest.trim_end().trim_end_matches("</svg>");
    format!(
        "{header}{body}<rect x=\"0\" y=\"{height}\" width=\"{width}\" height=\"{EXTRA}\" fill=\"{}\"/><text x=\"8\" y=\"{}\" font-family=\"sans-serif\" font-size=\"11\" fill=\"{}\">{}</text></svg>",
        hex(theme.background),
        height + 18,
        hex(theme.muted),
        crate::markup::escape(text)
    )
}

/// "#RRGGBB".
fn hex(color: RGBColor) -> String {
    let RGBColor(r, g, b) = color;
    format!("#{r:02X}{g:02X}{b:02X}")
}

/// The pixel size an SVG from [`render_svg`] declares.
pub fn svg_size(svg: &str) -> Option<(u32, u32)> {
    let header = svg.get(..svg.find('>')?)?;
    let number_after = |key: &str| -> Option<u32> {
        let start = header.find(key)? + key.len();
        header.get(start..)?.split('"').next()?.parse().ok()
    };
    Some((number_after("width=\"")?, number_after("height=\"")?))
}

/// plotters' SVG backend writes font-size as size / 1.24; this makes `size` the CSS pixel size.
fn backend_font_size(css_px: u32) -> f64 {
    f64::from(css_px) * 1.24
}

/// A text style in the chart font, `size` in CSS pixels. The family is given as
/// `FontFamily::SansSerif`, not by name: naming it makes plotters lowercase the name, which
/// brings Unicode case tables (about 15 KB) into the page.
pub fn font(size: u32, color: RGBColor, h: HPos, v: VPos) -> TextStyle<'static> {
    (FontFamily::SansSerif, backend_font_size(size))
        .into_font()
        .color(&color)
        .pos(Pos::new(h, v))
}

/// A bold text style in the chart font, `size` in CSS pixels.
pub fn bold_font(size: u32, color: RGBColor, h: HPos, v: VPos) -> TextStyle<'static> {
    (FontFamily::SansSerif, backend_font_size(size))
        .into_font()
        .style(FontStyle::Bold)
        .color(&color)
        .pos(Pos::new(h, v))
}

/// Says in the chart itself that nothing matches, where the rows would be.
pub fn draw_empty_note<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    text: &str,
    at: (i32, i32),
    theme: &Theme,
) -> DrawResult<DB> {
    area.draw(&Text::new(
        text,
        at,
        font(13, theme.muted, HPos::Left, VPos::Center),
    ))?;
    Ok(())
}

/// Draws a vertical dashed line from `top` to `bottom` at `x`.
pub fn dashed_vline<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    x: i32,
    top: i32,
    bottom: i32,
    color: RGBColor,
) -> DrawResult<DB> {
    let mut y = top;
    while y < bottom {
        let end = (y + 5).min(bottom);
        area.draw(&PathElement::new(
            vec![(x, y), (x, end)],
            color.stroke_width(1),
        ))?;
        y += 9;
    }
    Ok(())
}

/// Draws x-axis ticks with grid lines from `top` to `bottom`, labels below `bottom`.
pub fn draw_x_grid<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    scale: &scale::LinearScale,
    ticks: &[(f64, String)],
    top: i32,
    bottom: i32,
    theme: &Theme,
) -> DrawResult<DB> {
    for (value, label) in ticks {
        let x = scale.px(*value);
        area.draw(&PathElement::new(
            vec![(x, top), (x, bottom)],
            theme.grid.stroke_width(1),
        ))?;
        area.draw(&Text::new(
            label.clone(),
            (x, bottom + 4),
            font(11, theme.muted, HPos::Center, VPos::Top),
        ))?;
    }
    Ok(())
}
