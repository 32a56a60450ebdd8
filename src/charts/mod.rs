//! Charts drawn with plotters. They know plotters, not Leptos: each chart has plain inputs,
//! a `draw` over a `DrawingArea`, and records into a [`Scene`] (a list of shapes) that the
//! page paints on a canvas and that downloads, print and host tests write as SVG text.
//!
//! Charts place text with anchors only and never ask the backend to measure text, so they
//! draw the same on the host and in the browser and touch nothing outside the drawing.

pub mod color_scale;
pub mod frame;
pub mod hotspot;
pub mod metro_bars;
pub mod metro_inputs;
pub mod percentile;
pub mod scale;
pub mod scene;
pub mod state_ranges;
pub mod theme;
pub mod tile_map;

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

pub use scene::{Align, Baseline, Paint, Recorder, Scene, Shape};
pub use theme::Theme;

/// The last sentence of a text alternative whose figures the page also lists in a table
/// under the chart (the States view's map and range chart; not an embedded chart).
pub const TABLE_BELOW: &str = " The table below lists every figure.";

/// Records a drawing of `width` x `height` CSS pixels as a [`Scene`]; none when drawing fails.
fn record_scene(
    width: u32,
    height: u32,
    draw: &dyn Fn(&frame::Area<'_>) -> frame::Drawn,
) -> Option<Scene> {
    let mut scene = Scene::new(width, height);
    let outcome = {
        let area = Recorder::new(&mut scene).into_drawing_area();
        draw(&area).and_then(|()| area.present())
    };
    outcome.ok().map(|()| scene)
}

/// The drawing as downloaded: `scene` with a line of text (the source) under it, on the
/// chart's background.
pub fn with_footer_line(scene: &Scene, text: &str, theme: &Theme) -> Scene {
    const EXTRA: u32 = 28;
    let mut out = scene.clone();
    let (width, height) = (scene.width, scene.height);
    out.height = height + EXTRA;
    let paint = |color: RGBColor| Paint {
        rgb: (color.0, color.1, color.2),
        alpha: 1.0,
    };
    out.shapes.push(Shape::Rect {
        from: (0, height as i32),
        to: (width as i32, (height + EXTRA) as i32),
        paint: paint(theme.background),
        fill: true,
    });
    out.shapes.push(Shape::Text {
        text: text.to_string(),
        at: (8, height as i32 + 14),
        size: 11.0,
        bold: false,
        paint: paint(theme.muted),
        h: Align::Start,
        v: Baseline::Middle,
    });
    out
}

/// plotters' text sizes are CSS pixels × 1.24 (its SVG convention, which [`Scene`] undoes).
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
