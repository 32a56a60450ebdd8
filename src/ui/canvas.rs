//! Painting a chart's [`Scene`] on a `<canvas>`: sharp at any device pixel ratio, sized to
//! the chart's width in CSS pixels, and redrawn in place (no DOM is created per shape).

use crate::charts::scene::{baseline_shift, Align, Paint, Shape};
use crate::charts::Scene;
use crate::model::money::fixed;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

/// The screen's device pixels per CSS pixel (1 where it cannot be read), bounded so a
/// strange value cannot ask for a huge canvas.
fn pixel_ratio() -> f64 {
    web_sys::window()
        .map(|w| w.device_pixel_ratio())
        .filter(|r| r.is_finite() && *r > 0.0)
        .unwrap_or(1.0)
        .clamp(1.0, 4.0)
}

/// Paints `scene` on `canvas` at the device pixel ratio; its CSS width is the
/// scene's width (shrinking with its container, keeping its proportions).
pub fn paint(canvas: &HtmlCanvasElement, scene: &Scene) {
    let ratio = pixel_ratio();
    let (width, height) = (
        (f64::from(scene.width) * ratio).round() as u32,
        (f64::from(scene.height) * ratio).round() as u32,
    );
    // Setting a canvas's size clears it, even to the same size; clear by hand instead.
    if canvas.width() != width {
        canvas.set_width(width);
    }
    if canvas.height() != height {
        canvas.set_height(height);
    }
    let _ = canvas
        .style()
        .set_property("width", &format!("{}px", scene.width));
    let Some(context) = context_of(canvas) else {
        return;
    };
    let _ = context.set_transform(ratio, 0.0, 0.0, ratio, 0.0, 0.0);
    context.clear_rect(0.0, 0.0, f64::from(scene.width), f64::from(scene.height));
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

fn draw_shapes(context: &CanvasRenderingContext2d, scene: &Scene) {
    for shape in &scene.shapes {
        draw_shape(context, shape);
    }
    context.set_global_alpha(1.0);
}

fn fill_with(context: &CanvasRenderingContext2d, paint: Paint) {
    context.set_global_alpha(paint.alpha);
    context.set_fill_style_str(&paint.hex());
}

fn stroke_with(context: &CanvasRenderingContext2d, paint: Paint, width: u32) {
    context.set_global_alpha(paint.alpha);
    context.set_stroke_style_str(&paint.hex());
    context.set_line_width(f64::from(width));
}

fn trace(context: &CanvasRenderingContext2d, points: &[(i32, i32)]) {
    context.begin_path();
    for (index, (x, y)) in points.iter().enumerate() {
        if index == 0 {
            context.move_to(f64::from(*x), f64::from(*y));
        } else {
            context.line_to(f64::from(*x), f64::from(*y));
        }
    }
}

fn draw_shape(context: &CanvasRenderingContext2d, shape: &Shape) {
    match shape {
        Shape::Line {
            from,
            to,
            paint,
            width,
        } => {
            stroke_with(context, *paint, *width);
            trace(context, &[*from, *to]);
            context.stroke();
        }
        Shape::Rect {
            from,
            to,
            paint,
            fill,
        } => {
            let (x, y) = (f64::from(from.0), f64::from(from.1));
            let (w, h) = (f64::from(to.0 - from.0), f64::from(to.1 - from.1));
            if *fill {
                fill_with(context, *paint);
                context.fill_rect(x, y, w, h);
            } else {
                stroke_with(context, *paint, 1);
                context.stroke_rect(x, y, w, h);
            }
        }
        Shape::Path {
            points,
            paint,
            width,
        } => {
            stroke_with(context, *paint, *width);
            trace(context, points);
            context.stroke();
        }
        Shape::Polygon { points, paint } => {
            fill_with(context, *paint);
            trace(context, points);
            context.close_path();
            context.fill();
        }
        Shape::Circle {
            centre,
            radius,
            paint,
            fill,
            width,
        } => {
            context.begin_path();
            let _ = context.arc(
                f64::from(centre.0),
                f64::from(centre.1),
                f64::from(*radius),
                0.0,
                std::f64::consts::TAU,
            );
            if *fill {
                fill_with(context, *paint);
                context.fill();
            } else {
                stroke_with(context, *paint, *width);
                context.stroke();
            }
        }
        Shape::Text {
            text,
            at,
            size,
            bold,
            paint,
            h,
            v,
        } => {
            fill_with(context, *paint);
            let weight = if *bold { "bold " } else { "" };
            context.set_font(&format!("{weight}{}px sans-serif", fixed(*size, 1)));
            context.set_text_align(match h {
                Align::Start => "left",
                Align::Middle => "center",
                Align::End => "right",
            });
            context.set_text_baseline("alphabetic");
            let y = f64::from(at.1) + baseline_shift(*v) * size;
            let _ = context.fill_text(text, f64::from(at.0), y);
        }
    }
}
