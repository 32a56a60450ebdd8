//! A [`Scene`] written as SVG text: the file a chart downloads as, the drawing swapped in
//! for print, and what the host tests read.

use super::{baseline_shift, Align, Paint, Scene, Shape};
use crate::markup::{escape, Markup};
use crate::model::money::fixed;
use plotters_backend::BackendCoord;
use std::fmt::Write as _;

impl Scene {
    /// The drawing as SVG text, `width` x `height` pixels.
    pub fn svg(&self) -> Markup {
        let (w, h) = (self.width, self.height);
        let mut out = format!(
            "<svg width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" xmlns=\"http://www.w3.org/2000/svg\">\n"
        );
        for shape in &self.shapes {
            write_svg_shape(&mut out, shape);
        }
        out.push_str("</svg>\n");
        Markup::escaped(out)
    }
}

/// ` opacity="…"` for a translucent paint, nothing for an opaque one.
fn opacity(paint: Paint) -> String {
    if paint.alpha >= 1.0 {
        String::new()
    } else {
        format!(" opacity=\"{}\"", fixed(paint.alpha, 3))
    }
}

/// The `fill` and `stroke` values of a shape that is either filled or outlined.
fn fill_and_stroke(paint: Paint, filled: bool) -> (String, String) {
    if filled {
        (paint.hex(), "none".into())
    } else {
        ("none".into(), paint.hex())
    }
}

fn points_text(points: &[BackendCoord]) -> String {
    let mut text = String::new();
    for (x, y) in points {
        let _ = write!(text, "{x},{y} ");
    }
    text.trim_end().to_string()
}

fn write_svg_shape(out: &mut String, shape: &Shape) {
    let _ = match shape {
        Shape::Line {
            from,
            to,
            paint,
            width,
        } => writeln!(
            out,
            "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{}\" stroke-width=\"{width}\"{}/>",
            from.0,
            from.1,
            to.0,
            to.1,
            paint.hex(),
            opacity(*paint)
        ),
        Shape::Rect {
            from,
            to,
            paint,
            fill,
        } => {
            let (fill, stroke) = fill_and_stroke(*paint, *fill);
            writeln!(
                out,
                "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{fill}\" stroke=\"{stroke}\"{}/>",
                from.0,
                from.1,
                to.0 - from.0,
                to.1 - from.1,
                opacity(*paint)
            )
        }
        Shape::Path {
            points,
            paint,
            width,
        } => writeln!(
            out,
            "<polyline points=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"{width}\"{}/>",
            points_text(points),
            paint.hex(),
            opacity(*paint)
        ),
        Shape::Polygon { points, paint } => writeln!(
            out,
            "<polygon points=\"{}\" fill=\"{}\"{}/>",
            points_text(points),
            paint.hex(),
            opacity(*paint)
        ),
        Shape::Circle {
            centre,
            radius,
            paint,
            fill,
            width,
        } => {
            let (fill, stroke) = fill_and_stroke(*paint, *fill);
            writeln!(
                out,
                "<circle cx=\"{}\" cy=\"{}\" r=\"{radius}\" fill=\"{fill}\" stroke=\"{stroke}\" stroke-width=\"{width}\"{}/>",
                centre.0,
                centre.1,
                opacity(*paint)
            )
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
            let anchor = match h {
                Align::Start => "start",
                Align::Middle => "middle",
                Align::End => "end",
            };
            writeln!(
                out,
                "<text x=\"{}\" y=\"{}\" dy=\"{}em\" text-anchor=\"{anchor}\" font-family=\"sans-serif\" font-size=\"{}\" fill=\"{}\"{}{}>{}</text>",
                at.0,
                at.1,
                fixed(baseline_shift(*v), 2),
                fixed(*size, 1),
                paint.hex(),
                opacity(*paint),
                if *bold { " font-weight=\"bold\"" } else { "" },
                escape(text)
            )
        }
    };
}

#[cfg(test)]
mod tests {
    use super::super::*;

    #[test]
    fn shapes_are_written_as_svg_with_escaped_text() {
        let mut scene = Scene::new(120, 40);
        scene.shapes.push(Shape::Rect {
            from: (0, 0),
            to: (120, 40),
            paint: Paint {
                rgb: (255, 255, 255),
                alpha: 1.0,
            },
            fill: true,
        });
        scene.shapes.push(Shape::Text {
            text: "A & B <1>".into(),
            at: (10, 20),
            size: 12.0,
            bold: true,
            paint: Paint {
                rgb: (0x12, 0x34, 0x56),
                alpha: 0.5,
            },
            h: Align::Middle,
            v: Baseline::Top,
        });
        let svg = scene.svg();
        assert!(svg.starts_with("<svg width=\"120\" height=\"40\" viewBox=\"0 0 120 40\""));
        assert!(svg.contains(
            "<rect x=\"0\" y=\"0\" width=\"120\" height=\"40\" fill=\"#FFFFFF\" stroke=\"none\"/>"
        ));
        assert!(svg.contains("<text x=\"10\" y=\"20\" dy=\"0.76em\" text-anchor=\"middle\" font-family=\"sans-serif\" font-size=\"12.0\" fill=\"#123456\" opacity=\"0.500\" font-weight=\"bold\">A &amp; B &lt;1&gt;</text>"), "{svg}");
        assert!(svg.ends_with("</svg>\n"));
        assert_eq!(scene.count_text("A & B <1>"), 1);
    }
}
