//! A drawing as a list of shapes: the one plotters backend the charts draw on. The page
//! paints a scene on a `<canvas>` (`ui::canvas`); downloads, print and host tests write
//! the same scene as SVG text ([`Scene::svg`]). Every chart's `draw` is compiled once,
//! for this backend, however many ways its drawing is shown.

use crate::model::url::push_hex_byte;
use plotters::prelude::*;
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingErrorKind,
};
use std::convert::Infallible;

use plotters::style::text_anchor::{HPos, VPos};

mod svg;

/// Where a text sits horizontally from its anchor point.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    Start,
    Middle,
    End,
}

/// Where a text sits vertically from its anchor point.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Baseline {
    Top,
    Middle,
    Bottom,
}

/// A colour with its opacity (0 to 1).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Paint {
    pub rgb: (u8, u8, u8),
    pub alpha: f64,
}

impl Paint {
    fn of(color: BackendColor) -> Paint {
        Paint {
            rgb: color.rgb,
            alpha: color.alpha,
        }
    }

    /// "#RRGGBB", as SVG and the canvas read it.
    pub fn hex(self) -> String {
        let (r, g, b) = self.rgb;
        let mut hex = String::from("#");
        for byte in [r, g, b] {
            push_hex_byte(&mut hex, byte);
        }
        hex
    }
}

/// One shape of a drawing, in CSS pixels from the top left corner.
#[derive(Clone, Debug, PartialEq)]
pub enum Shape {
    Line {
        from: BackendCoord,
        to: BackendCoord,
        paint: Paint,
        width: u32,
    },
    /// A rectangle, filled or outlined.
    Rect {
        from: BackendCoord,
        to: BackendCoord,
        paint: Paint,
        fill: bool,
    },
    /// An open polyline.
    Path {
        points: Vec<BackendCoord>,
        paint: Paint,
        width: u32,
    },
    Polygon {
        points: Vec<BackendCoord>,
        paint: Paint,
    },
    Circle {
        centre: BackendCoord,
        radius: u32,
        paint: Paint,
        fill: bool,
        width: u32,
    },
    Text {
        text: String,
        at: BackendCoord,
        /// CSS pixels.
        size: f64,
        bold: bool,
        paint: Paint,
        h: Align,
        v: Baseline,
    },
}

/// A whole drawing: its size in CSS pixels and its shapes in painting order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Scene {
    pub width: u32,
    pub height: u32,
    pub shapes: Vec<Shape>,
}

/// plotters' text sizes are CSS pixels × 1.24 (see `charts::font`).
const FONT_SCALE: f64 = 1.24;

/// Where a text's baseline sits from its anchor, in ems: the same offsets in SVG and on
/// the canvas, so both place text alike.
pub fn baseline_shift(v: Baseline) -> f64 {
    match v {
        Baseline::Top => 0.76,
        Baseline::Middle => 0.26,
        Baseline::Bottom => -0.26,
    }
}

impl Scene {
    /// An empty drawing of `width` x `height` CSS pixels.
    pub fn new(width: u32, height: u32) -> Scene {
        Scene {
            width,
            height,
            shapes: Vec::new(),
        }
    }

    /// How many text shapes say exactly `text` (for tests and checks).
    pub fn count_text(&self, text: &str) -> usize {
        self.texts().filter(|t| *t == text).count()
    }

    /// Every text of the drawing, in painting order.
    pub fn texts(&self) -> impl Iterator<Item = &str> {
        self.shapes.iter().filter_map(|shape| match shape {
            Shape::Text { text, .. } => Some(text.as_str()),
            _ => None,
        })
    }
}

/// The plotters backend that records into a [`Scene`].
pub struct Recorder<'a> {
    scene: &'a mut Scene,
}

impl<'a> Recorder<'a> {
    pub fn new(scene: &'a mut Scene) -> Recorder<'a> {
        Recorder { scene }
    }

    fn push(&mut self, shape: Shape) -> Result<(), DrawingErrorKind<Infallible>> {
        self.scene.shapes.push(shape);
        Ok(())
    }
}

impl DrawingBackend for Recorder<'_> {
    type ErrorType = Infallible;

    fn get_size(&self) -> (u32, u32) {
        (self.scene.width, self.scene.height)
    }

    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<Infallible>> {
        Ok(())
    }

    fn present(&mut self) -> Result<(), DrawingErrorKind<Infallible>> {
        Ok(())
    }

    fn draw_pixel(
        &mut self,
        point: BackendCoord,
        color: BackendColor,
    ) -> Result<(), DrawingErrorKind<Infallible>> {
        self.push(Shape::Rect {
            from: point,
            to: (point.0 + 1, point.1 + 1),
            paint: Paint::of(color),
            fill: true,
        })
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Infallible>> {
        self.push(Shape::Line {
            from,
            to,
            paint: Paint::of(style.color()),
            width: style.stroke_width(),
        })
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<Infallible>> {
        self.push(Shape::Rect {
            from,
            to,
            paint: Paint::of(style.color()),
            fill,
        })
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Infallible>> {
        self.push(Shape::Path {
            points: path.into_iter().collect(),
            paint: Paint::of(style.color()),
            width: style.stroke_width(),
        })
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        centre: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<Infallible>> {
        self.push(Shape::Circle {
            centre,
            radius,
            paint: Paint::of(style.color()),
            fill,
            width: style.stroke_width(),
        })
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        points: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Infallible>> {
        self.push(Shape::Polygon {
            points: points.into_iter().collect(),
            paint: Paint::of(style.color()),
        })
    }

    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        at: BackendCoord,
    ) -> Result<(), DrawingErrorKind<Infallible>> {
        let anchor = style.anchor();
        self.push(Shape::Text {
            text: text.to_string(),
            at,
            size: style.size() / FONT_SCALE,
            bold: matches!(style.style(), FontStyle::Bold),
            paint: Paint::of(style.color()),
            h: match anchor.h_pos {
                HPos::Left => Align::Start,
                HPos::Center => Align::Middle,
                HPos::Right => Align::End,
            },
            v: match anchor.v_pos {
                VPos::Top => Baseline::Top,
                VPos::Center => Baseline::Middle,
                VPos::Bottom => Baseline::Bottom,
            },
        })
    }

    /// Charts place text by anchor and never measure it; an estimate keeps plotters away
    /// from font files and the browser's layout.
    fn estimate_text_size<S: BackendTextStyle>(
        &self,
        text: &str,
        style: &S,
    ) -> Result<(u32, u32), DrawingErrorKind<Infallible>> {
        let size = style.size() / FONT_SCALE;
        let width = text.chars().count() as f64 * size * 0.55;
        Ok((width.round() as u32, size.round() as u32))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn plotters_elements_are_recorded_in_order_and_text_in_css_pixels() {
        let mut scene = Scene::new(100, 50);
        {
            let area = Recorder::new(&mut scene).into_drawing_area();
            let _ = area.fill(&WHITE);
            let _ = area.draw(&Circle::new((5, 5), 3, BLACK.filled()));
            let _ = area.draw(&Text::new(
                "x",
                (1, 2),
                crate::charts::font(11, BLACK, HPos::Left, VPos::Center),
            ));
        }
        assert!(matches!(
            scene.shapes.first(),
            Some(Shape::Rect { fill: true, .. })
        ));
        assert!(matches!(
            scene.shapes.get(1),
            Some(Shape::Circle {
                radius: 3,
                fill: true,
                ..
            })
        ));
        match scene.shapes.get(2) {
            Some(Shape::Text { size, at, .. }) => {
                assert!((size - 11.0).abs() < 1e-9, "{size}");
                assert_eq!(*at, (1, 2));
            }
            other => panic!("expected text, got {other:?}"),
        }
    }
}
