//! Horizontal bars for a metro top-10 list, with optional reference marks per bar
//! (national median, the median of each state the metro spans) and a salary marker.

use super::scale::{nice_ticks, LinearScale};
use super::{bold_font, dashed_vline, draw_x_grid, font, DrawResult, Theme};
use crate::model::money::{group_thousands, PayBasis};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

/// One metro's bar.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub label: String,
    pub value: f64,
    /// The exact figure printed at the end of the bar.
    pub value_text: String,
    /// Reference values drawn as ticks across this bar (state medians).
    pub marks: Vec<f64>,
    /// In both top-10 lists.
    pub in_both: bool,
    /// Under the pointer or keyboard focus (here or in the other list).
    pub active: bool,
}

/// Everything the chart shows.
#[derive(Clone, Debug, PartialEq)]
pub struct Inputs {
    pub bars: Vec<Bar>,
    /// A line across all bars (the national median), with its label.
    pub reference: Option<(f64, String)>,
    /// A marker across all bars (the user's salary), with its label.
    pub marker: Option<(f64, String)>,
    /// How axis ticks read.
    pub ticks: TickFormat,
}

/// What the bars measure, for the axis labels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum TickFormat {
    Pay(PayBasis),
    Count,
}

impl TickFormat {
    fn label(self, value: f64) -> String {
        match self {
            TickFormat::Pay(basis) => basis.format_tick(value),
            TickFormat::Count => group_thousands(value.round() as i64),
        }
    }
}

/// Height of the legend above the bars.
pub const TOP: i32 = 30;
/// Height of one bar's row (label line + bar).
pub const ROW_HEIGHT: i32 = 40;
const AXIS_HEIGHT: i32 = 30;

/// The height the chart needs.
pub fn height(inputs: &Inputs) -> u32 {
    (TOP + ROW_HEIGHT * inputs.bars.len().max(1) as i32 + AXIS_HEIGHT) as u32
}

/// The bar at vertical pixel `y`, if any.
pub fn bar_at(inputs: &Inputs, y: f64) -> Option<usize> {
    if y < f64::from(TOP) {
        return None;
    }
    let index = ((y - f64::from(TOP)) / f64::from(ROW_HEIGHT)).floor() as usize;
    (index < inputs.bars.len()).then_some(index)
}

/// Draws the chart on `area`.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    inputs: &Inputs,
    theme: &Theme,
) -> DrawResult<DB> {
    let (width, _) = area.dim_in_pixel();
    area.fill(&theme.background)?;
    let mut max = inputs.bars.iter().map(|b| b.value).fold(0.0, f64::max);
    for value in inputs
        .bars
        .iter()
        .flat_map(|b| b.marks.iter())
        .chain(inputs.reference.iter().map(|r| &r.0))
        .chain(inputs.marker.iter().map(|m| &m.0))
    {
        max = max.max(*value);
    }
    let (ticks, _, hi) = nice_ticks(0.0, max.max(1.0), if width < 480 { 3 } else { 6 });
    let scale = LinearScale {
        min: 0.0,
        max: hi,
        left: 8,
        right: width as i32 - 16,
    };
    let bottom = TOP + ROW_HEIGHT * inputs.bars.len().max(1) as i32;
    let tick_labels: Vec<(f64, String)> =
        ticks.iter().map(|t| (*t, inputs.ticks.label(*t))).collect();
    draw_x_grid(area, &scale, &tick_labels, TOP - 4, bottom, theme)?;

    let has_marks = inputs.bars.iter().any(|b| !b.marks.is_empty());
    if has_marks {
        area.draw(&PathElement::new(
            vec![(12, 6), (12, 20)],
            theme.text.stroke_width(3),
        ))?;
        area.draw(&Text::new(
            "state median",
            (20, 13),
            font(12, theme.text, HPos::Left, VPos::Center),
        ))?;
    }
    if inputs.bars.is_empty() {
        area.draw(&Text::new(
            "No metro area matches the filter.",
            (scale.left, TOP + 12),
            font(13, theme.muted, HPos::Left, VPos::Center),
        ))?;
    }
    for (i, bar) in inputs.bars.iter().enumerate() {
        let row_top = TOP + ROW_HEIGHT * i as i32;
        if bar.active {
            area.draw(&Rectangle::new(
                [(0, row_top), (width as i32, row_top + ROW_HEIGHT)],
                theme.grid.filled(),
            ))?;
        }
        let label = if bar.in_both {
            format!("{} ◆", bar.label)
        } else {
            bar.label.clone()
        };
        area.draw(&Text::new(
            label,
            (scale.left, row_top + 3),
            font(12, theme.text, HPos::Left, VPos::Top),
        ))?;
        let bar_top = row_top + 19;
        let x = scale.px(bar.value);
        area.draw(&Rectangle::new(
            [(scale.left, bar_top), (x, bar_top + 16)],
            theme.mark.filled(),
        ))?;
        let (anchor, offset, color) = if x > scale.right - 70 {
            (HPos::Right, -4, theme.background)
        } else {
            (HPos::Left, 4, theme.text)
        };
        area.draw(&Text::new(
            bar.value_text.clone(),
            (x + offset, bar_top + 8),
            bold_font(12, color, anchor, VPos::Center),
        ))?;
        for mark in &bar.marks {
            let mx = scale.px(*mark);
            area.draw(&PathElement::new(
                vec![(mx, bar_top - 3), (mx, bar_top + 19)],
                theme.text.stroke_width(3),
            ))?;
        }
    }
    if let Some((value, label)) = &inputs.reference {
        let x = scale.px(*value);
        dashed_vline(area, x, TOP - 4, bottom, theme.reference)?;
        let (anchor, offset) = if x > scale.right - 120 {
            (HPos::Right, -4)
        } else {
            (HPos::Left, 4)
        };
        let y = if has_marks { 26 } else { 13 };
        area.draw(&Text::new(
            label.clone(),
            (x + offset, y),
            font(11, theme.reference, anchor, VPos::Center),
        ))?;
    }
    if let Some((value, label)) = &inputs.marker {
        let x = scale.px(*value);
        area.draw(&PathElement::new(
            vec![(x, TOP - 4), (x, bottom)],
            theme.highlight.stroke_width(2),
        ))?;
        area.draw(&Text::new(
            label.clone(),
            (x, bottom + 18),
            bold_font(11, theme.highlight, HPos::Center, VPos::Top),
        ))?;
    }
    Ok(())
}

/// Renders the chart as SVG text at `width` pixels.
pub fn svg(inputs: &Inputs, theme: &Theme, width: u32) -> String {
    super::render_svg(width, height(inputs), |area| draw(area, inputs, theme))
}
