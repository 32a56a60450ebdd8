//! Painting a chart's [`Scene`] on a `<canvas>`: sharp at any device pixel ratio, sized to
//! the chart's width in CSS pixels, and redrawn in place (no DOM is created per shape).

use super::html::set_style;
use crate::charts::scene::{baseline_shift, Align, Paint, Shape};
use crate::charts::Scene;
use crate::model::money::fixed;
use crate::model::short_sort::sort_short_by_key;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, Path2d};

/// The screen's device pixels per CSS pixel (1 where it cannot be read), bounded so a
/// strange value cannot ask for a huge canvas.
fn pixel_ratio() -> f64 {
    web_sys::window()
        .map(|w| w.device_pixel_ratio())
        .filter(|r| r.is_finite() && *r > 0.0)
        .unwrap_or(1.0)
        .clamp(1.0, 4.0)
}

/// Sizes `canvas` for `scene` at the device pixel ratio; its CSS width is the scene's width
/// (shrinking with its container, keeping the scene's proportions). False for an empty scene
/// (a chart with nothing to show, hidden by its figure): the canvas is left as it is, its
/// bitmap kept for the next drawing instead of being freed and made again.
///
/// A canvas whose size is set is cleared and reallocated, which costs more than painting a
/// chart. So a drawing that gets shorter (fewer rows after a filter) keeps the taller
/// bitmap: the box takes the scene's proportions (`aspect-ratio`) and shows the top of the
/// bitmap (`object-fit: cover; object-position: top` in the stylesheet).
///
/// Every canvas a change repaints is sized before any is drawn on ([`draw`]): a drawing's
/// first font brings the page's styles up to date, and a size set after that would make the
/// next drawing bring them up to date once more.
pub fn fit(canvas: &HtmlCanvasElement, scene: &Scene) -> bool {
    if scene.width == 0 || scene.height == 0 {
        return false;
    }
    let ratio = pixel_ratio();
    let device = |css: u32| (f64::from(css) * ratio).round() as u32;
    let (width, height) = (device(scene.width), device(scene.height));
    if canvas.width() != width {
        canvas.set_width(width);
        canvas.set_height(height);
    } else if canvas.height() < height {
        canvas.set_height(height);
    }
    set_style(canvas, "width", &format!("{}px", scene.width));
    set_style(
        canvas,
        "aspect-ratio",
        &format!("{} / {}", scene.width, scene.height.max(1)),
    );
    true
}

/// Paints `scene` on `canvas`, which [`fit`] sized for it.
pub fn draw(canvas: &HtmlCanvasElement, scene: &Scene) {
    let Some(context) = context_of(canvas) else {
        return;
    };
    let ratio = pixel_ratio();
    let _ = context.set_transform(ratio, 0.0, 0.0, ratio, 0.0, 0.0);
    // Nothing is cleared under the drawing: every scene starts by filling its whole box with
    // its opaque background (a host test checks each chart), and clearing the bitmap costs
    // the browser more than painting the chart. Only the pixel row under the box is cleared,
    // which a fractional pixel ratio leaves partly covered at the bitmap's edge.
    context.clear_rect(0.0, f64::from(scene.height), f64::from(scene.width), 1.0);
    draw_shapes(&context, scene);
}

/// A new canvas with `scene` painted at `scale` device pixels per CSS pixel (for the PNG
/// download).
pub fn painted_at(scene: &Scene, scale: f64) -> Option<HtmlCanvasElement> {
    let canvas: HtmlCanvasElement = web_sys::window()?
        .document()?
        .create_element("canvas")
        .ok()?
        .dyn_into()
        .ok()?;
    canvas.set_width((f64::from(scene.width) * scale).round() as u32);
    canvas.set_height((f64::from(scene.height) * scale).round() as u32);
    let context = context_of(&canvas)?;
    let _ = context.set_transform(scale, 0.0, 0.0, scale, 0.0, 0.0);
    draw_shapes(&context, scene);
    Some(canvas)
}

fn context_of(canvas: &HtmlCanvasElement) -> Option<CanvasRenderingContext2d> {
    canvas.get_context("2d").ok()??.dyn_into().ok()
}

/// The context's drawing state as last set, so each setting crosses into the browser only
/// when it changes (setting a colour or a font makes the browser parse it again).
#[derive(Default)]
struct Pen {
    alpha: Option<f64>,
    fill: Option<(u8, u8, u8)>,
    stroke: Option<(u8, u8, u8)>,
    width: Option<u32>,
    font: Option<(u32, bool)>,
    align: Option<Align>,
}

impl Pen {
    fn alpha(&mut self, context: &CanvasRenderingContext2d, alpha: f64) {
        if self.alpha != Some(alpha) {
            context.set_global_alpha(alpha);
            self.alpha = Some(alpha);
        }
    }

    fn fill(&mut self, context: &CanvasRenderingContext2d, paint: Paint) {
        self.alpha(context, paint.alpha);
        if self.fill != Some(paint.rgb) {
            context.set_fill_style_str(&paint.hex());
            self.fill = Some(paint.rgb);
        }
    }

    fn stroke(&mut self, context: &CanvasRenderingContext2d, paint: Paint, width: u32) {
        self.alpha(context, paint.alpha);
        if self.stroke != Some(paint.rgb) {
            context.set_stroke_style_str(&paint.hex());
            self.stroke = Some(paint.rgb);
        }
        if self.width != Some(width) {
            context.set_line_width(f64::from(width));
            self.width = Some(width);
        }
    }

    fn font(&mut self, context: &CanvasRenderingContext2d, size: f64, bold: bool, align: Align) {
        // Sizes are whole or tenths of a pixel; a tenth is the key.
        let key = ((size * 10.0).round().max(0.0) as u32, bold);
        if self.font != Some(key) {
            let weight = if bold { "bold " } else { "" };
            context.set_font(&format!("{weight}{}px sans-serif", fixed(size, 1)));
            self.font = Some(key);
        }
        if self.align != Some(align) {
            context.set_text_align(match align {
                Align::Start => "left",
                Align::Middle => "center",
                Align::End => "right",
            });
            self.align = Some(align);
        }
    }
}

/// How a run of shapes is painted: filled, or stroked at a width.
#[derive(Clone, Copy, PartialEq)]
enum Ink {
    Fill(Paint),
    Stroke(Paint, u32),
}

/// Paints the scene. Runs of shapes painted alike (grid lines, bars of one colour, tiles)
/// go to the browser as one path in SVG path syntax: one call per run instead of several
/// per shape. Text goes last, grouped by font and then colour: setting a font is the
/// dearest call of all, no chart hides text under a shape drawn after it, and no two texts
/// overlap.
fn draw_shapes(context: &CanvasRenderingContext2d, scene: &Scene) {
    let mut pen = Pen::default();
    let mut run: Option<(Ink, String)> = None;
    let mut texts: Vec<&Shape> = Vec::new();
    for shape in &scene.shapes {
        let Some((ink, path)) = outline(shape) else {
            texts.push(shape);
            continue;
        };
        match &mut run {
            Some((current, d)) if *current == ink => d.push_str(&path),
            _ => {
                flush(context, &mut pen, run.take());
                run = Some((ink, path));
            }
        }
    }
    flush(context, &mut pen, run);
    sort_short_by_key(&mut texts, |shape| match shape {
        Shape::Text {
            size,
            bold,
            h,
            paint,
            ..
        } => ((size * 10.0).round() as i64, *bold, *h as u8, paint.rgb),
        _ => (0, false, 0, (0, 0, 0)),
    });
    context.set_text_baseline("alphabetic");
    // Every text crosses into the browser as one string, split there: each string passed on
    // its own costs a decoding call, more than painting it.
    let mut joined = String::new();
    for (index, shape) in texts.iter().enumerate() {
        if let Shape::Text { text, .. } = shape {
            if index > 0 {
                joined.push(TEXT_SEPARATOR);
            }
            joined.extend(
                text.chars()
                    .map(|c| if c == TEXT_SEPARATOR { ' ' } else { c }),
            );
        }
    }
    let strings = js_sys::JsString::from(joined.as_str()).split(TEXT_SEPARATOR_STR);
    let painter: &TextPainter = context.unchecked_ref();
    for (index, shape) in texts.into_iter().enumerate() {
        if let Shape::Text {
            at,
            size,
            bold,
            paint,
            h,
            v,
            ..
        } = shape
        {
            pen.fill(context, *paint);
            pen.font(context, *size, *bold, *h);
            let y = f64::from(at.1) + baseline_shift(*v) * size;
            painter.fill_text_value(&strings.get(index as u32), f64::from(at.0), y);
        }
    }
    context.set_global_alpha(1.0);
}

/// Between the texts of a drawing as they cross into the browser (no label holds it).
const TEXT_SEPARATOR: char = '\u{1f}';
const TEXT_SEPARATOR_STR: &str = "\u{1f}";

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// A 2D context, as far as painting a string the browser already holds goes.
    type TextPainter;
    /// `fillText` with a string that is already the browser's.
    #[wasm_bindgen(method, js_name = fillText)]
    fn fill_text_value(this: &TextPainter, text: &wasm_bindgen::JsValue, x: f64, y: f64);
}

/// A shape other than text as SVG path data, with how it is painted.
fn outline(shape: &Shape) -> Option<(Ink, String)> {
    let point = |(x, y): (i32, i32)| format!("{x} {y}");
    let polyline = |points: &[(i32, i32)]| {
        let mut d = String::new();
        for (index, p) in points.iter().enumerate() {
            d.push(if index == 0 { 'M' } else { 'L' });
            d.push_str(&point(*p));
        }
        d
    };
    Some(match shape {
        Shape::Line {
            from,
            to,
            paint,
            width,
        } => (Ink::Stroke(*paint, *width), polyline(&[*from, *to])),
        Shape::Path {
            points,
            paint,
            width,
        } => (Ink::Stroke(*paint, *width), polyline(points)),
        Shape::Polygon { points, paint } => (Ink::Fill(*paint), polyline(points) + "Z"),
        Shape::Rect {
            from,
            to,
            paint,
            fill,
        } => {
            let d = format!(
                "M{}h{}v{}h{}Z",
                point(*from),
                to.0 - from.0,
                to.1 - from.1,
                from.0 - to.0
            );
            let ink = if *fill {
                Ink::Fill(*paint)
            } else {
                Ink::Stroke(*paint, 1)
            };
            (ink, d)
        }
        Shape::Circle {
            centre: (x, y),
            radius,
            paint,
            fill,
            width,
        } => {
            let r = *radius;
            let d = format!(
                "M{} {y}A{r} {r} 0 1 0 {} {y}A{r} {r} 0 1 0 {} {y}Z",
                x + r as i32,
                x - r as i32,
                x + r as i32
            );
            let ink = if *fill {
                Ink::Fill(*paint)
            } else {
                Ink::Stroke(*paint, *width)
            };
            (ink, d)
        }
        Shape::Text { .. } => return None,
    })
}

/// Paints a run of shapes.
fn flush(context: &CanvasRenderingContext2d, pen: &mut Pen, run: Option<(Ink, String)>) {
    let Some((ink, d)) = run else {
        return;
    };
    let Ok(path) = Path2d::new_with_path_string(&d) else {
        return;
    };
    match ink {
        Ink::Fill(paint) => {
            pen.fill(context, paint);
            context.fill_with_path_2d(&path);
        }
        Ink::Stroke(paint, width) => {
            pen.stroke(context, paint, width);
            context.stroke_with_path(&path);
        }
    }
}
