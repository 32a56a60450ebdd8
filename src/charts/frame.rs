//! What every chart's drawing shares: the area it draws on (always the scene recorder), the
//! background, the x axis (grid lines and tick labels), the note of an empty chart, legend
//! labels, and the salary marker's line and label placement. Plain functions on the one
//! backend, so each is compiled once.

use super::scale::LinearScale;
use super::{bold_font, font, record_scene, Recorder, Scene, Theme};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};
use std::convert::Infallible;

/// The area a chart draws on: a scene being recorded.
pub type Area<'a> = DrawingArea<Recorder<'a>, Shift>;

/// The result of drawing on an [`Area`].
pub type Drawn = Result<(), DrawingAreaErrorKind<Infallible>>;

/// A chart `width` x `height` CSS pixels: the background in the theme's colour, then `draw`.
/// A drawing error (a layout that does not fit) yields a scene that says the chart could
/// not be drawn, never a half-drawn chart.
pub fn chart_scene(
    width: u32,
    height: u32,
    theme: &Theme,
    draw: &dyn Fn(&Area<'_>) -> Drawn,
) -> Scene {
    let on_background = |area: &Area<'_>| -> Drawn {
        area.fill(&theme.background)?;
        draw(area)
    };
    record_scene(width, height, &on_background).unwrap_or_else(|| {
        let note = |area: &Area<'_>| -> Drawn {
            area.fill(&theme.background)?;
            draw_note(area, "This chart could not be drawn.", (8, 20), theme)
        };
        record_scene(width, 40, &note).unwrap_or_else(|| Scene::new(width, 40))
    })
}

/// Says in the chart itself that there is nothing to draw (nothing matches, or the drawing
/// failed), starting at `at`.
fn draw_note(area: &Area<'_>, text: &str, at: (i32, i32), theme: &Theme) -> Drawn {
    area.draw(&Text::new(
        text,
        at,
        font(13, theme.muted, HPos::Left, VPos::Center),
    ))
}

/// Where a chart with one row per item puts them: `count` rows of `height` pixels, the first
/// from `top`.
#[derive(Clone, Copy)]
pub struct Rows {
    pub top: i32,
    pub height: i32,
    pub count: usize,
}

impl Rows {
    /// `count` rows of `height` pixels from `top`.
    pub fn new(top: i32, height: i32, count: usize) -> Rows {
        Rows { top, height, count }
    }

    /// Draws the x axis: grid lines over the rows and, under them, the ticks' values as
    /// `label` writes them; when there are no rows, `empty` says so in the first row's place.
    /// Gives the bottom of the rows (of that one row, when there are none).
    pub fn draw_axis(
        self,
        area: &Area<'_>,
        (scale, ticks): (&LinearScale, &[f64]),
        label: &dyn Fn(f64) -> String,
        (empty, theme): (&str, &Theme),
    ) -> Result<i32, DrawingAreaErrorKind<Infallible>> {
        let bottom = self.top + self.height * self.count.max(1) as i32;
        draw_x_axis(area, scale, ticks, label, (self.top - 4, bottom), theme)?;
        if self.count == 0 {
            draw_note(area, empty, (scale.left, self.top + self.height / 2), theme)?;
        }
        Ok(bottom)
    }
}

/// A legend entry's words at `at` (the middle of its line), starting there or, with
/// `HPos::Right`, ending there.
pub fn legend_label(
    area: &Area<'_>,
    text: &str,
    (at, h): ((i32, i32), HPos),
    theme: &Theme,
) -> Drawn {
    area.draw(&Text::new(text, at, font(12, theme.text, h, VPos::Center)))
}

/// Draws a vertical dashed line from `top` to `bottom` at `x`.
pub fn dashed_vline(area: &Area<'_>, x: i32, top: i32, bottom: i32, color: RGBColor) -> Drawn {
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

/// The user's salary as a line from `top` to `bottom` at `x`.
pub fn salary_line(area: &Area<'_>, x: i32, top: i32, bottom: i32, theme: &Theme) -> Drawn {
    area.draw(&PathElement::new(
        vec![(x, top), (x, bottom)],
        theme.highlight.stroke_width(2),
    ))
}

/// The salary marker's words below the axis, `size` CSS pixels, hanging from `at`.
pub fn salary_label(
    area: &Area<'_>,
    text: String,
    at: (i32, i32),
    (size, anchor): (u32, HPos),
    theme: &Theme,
) -> Drawn {
    area.draw(&Text::new(
        text,
        at,
        bold_font(size, theme.highlight, anchor, VPos::Top),
    ))
}

/// How a label centred on `x` is anchored so that it stays inside the plot: against the
/// edge it is within `margin` pixels of, else centred.
pub fn anchor_inside(scale: &LinearScale, x: i32, margin: i32) -> HPos {
    if x > scale.right - margin {
        HPos::Right
    } else if x < scale.left + margin {
        HPos::Left
    } else {
        HPos::Center
    }
}

/// Draws the x axis: at each tick a grid line from `top` to `bottom` and, below `bottom`,
/// the tick's value as `label` writes it.
pub fn draw_x_axis(
    area: &Area<'_>,
    scale: &LinearScale,
    ticks: &[f64],
    label: &dyn Fn(f64) -> String,
    (top, bottom): (i32, i32),
    theme: &Theme,
) -> Drawn {
    for value in ticks {
        let x = scale.px(*value);
        area.draw(&PathElement::new(
            vec![(x, top), (x, bottom)],
            theme.grid.stroke_width(1),
        ))?;
        area.draw(&Text::new(
            label(*value),
            (x, bottom + 4),
            font(11, theme.muted, HPos::Center, VPos::Top),
        ))?;
    }
    Ok(())
}
