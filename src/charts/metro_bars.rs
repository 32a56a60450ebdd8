//! Horizontal bars for a metro top-10 list, with optional reference marks per bar
//! (national median, the median of each state the metro spans) and a salary marker.

use super::frame::{
    anchor_inside, chart_scene, dashed_vline, legend_label, salary_label, salary_line, Area, Drawn,
    Rows,
};
use super::hotspot::{row_box, Hotspot};
use super::scale::{nice_ticks, LinearScale};
use super::{bold_font, font, Scene, Theme};
use crate::model::money::{group_thousands, PayBasis};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

/// A reference value drawn across one bar: the median of a state the metro spans.
#[derive(Clone, Debug, PartialEq)]
pub struct Mark {
    /// Whose value it is: a postal code ("KS").
    pub label: String,
    /// None when the source gives no figure: nothing is drawn, the tooltip says "no data".
    pub value: Option<f64>,
}

/// One metro's bar.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub label: String,
    pub value: f64,
    /// The exact figure printed at the end of the bar.
    pub value_text: String,
    /// Reference values drawn as ticks across this bar (state medians).
    pub marks: Vec<Mark>,
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
const TOP: i32 = 38;
/// Height of one bar's row (label line + bar).
const ROW_HEIGHT: i32 = 40;
const AXIS_HEIGHT: i32 = 34;
/// Where labels and bars start: the column left of it holds the "in both lists" diamond.
const LEFT: i32 = 20;

/// The height the chart needs.
pub fn height(inputs: &Inputs) -> u32 {
    (TOP + ROW_HEIGHT * inputs.bars.len().max(1) as i32 + AXIS_HEIGHT) as u32
}

/// One button per bar, over its whole row, keyed by the metro's label; `summaries` are the
/// bars' exact figures in words, in the same order (see `metro_inputs::summaries`).
pub fn hotspots(inputs: &Inputs, summaries: &[String]) -> Vec<Hotspot> {
    let height = height(inputs);
    inputs
        .bars
        .iter()
        .zip(summaries)
        .enumerate()
        .map(|(i, (bar, summary))| {
            Hotspot::new(
                &bar.label,
                summary.clone(),
                summary.clone(),
                row_box(TOP, ROW_HEIGHT, i, height),
            )
        })
        .collect()
}

/// The diamond that marks a metro in both lists, centred on (x, y).
fn diamond(x: i32, y: i32) -> Vec<(i32, i32)> {
    vec![(x, y - 6), (x + 6, y), (x, y + 6), (x - 6, y)]
}

/// The largest value drawn: bars, marks, the reference and the marker.
fn max_value(inputs: &Inputs) -> f64 {
    let bars = inputs.bars.iter().map(|b| b.value);
    let marks = inputs
        .bars
        .iter()
        .flat_map(|b| b.marks.iter().filter_map(|m| m.value));
    let lines = inputs
        .reference
        .iter()
        .chain(inputs.marker.iter())
        .map(|(v, _)| *v);
    bars.chain(marks)
        .chain(lines)
        .filter(|v| v.is_finite())
        .fold(0.0, f64::max)
}

/// Draws the chart on `area`, over its background.
pub fn draw(area: &Area<'_>, inputs: &Inputs, theme: &Theme) -> Drawn {
    let (width, _) = area.dim_in_pixel();
    let narrow = width < 480;
    let (ticks, _, hi) = nice_ticks(0.0, max_value(inputs).max(1.0), if narrow { 3 } else { 6 });
    let scale = LinearScale {
        min: 0.0,
        max: hi,
        left: LEFT,
        right: width as i32 - 24,
    };
    let rows = Rows::new(TOP, ROW_HEIGHT, inputs.bars.len());
    let tick_label = |value| inputs.ticks.label(value);
    let empty = ("No metro area matches the filter.", theme);
    let bottom = rows.draw_axis(area, (&scale, &ticks), &tick_label, empty)?;

    // Legend, first line: what a tick across a bar means (left), what the diamond means (right).
    if inputs
        .bars
        .iter()
        .any(|b| b.marks.iter().any(|m| m.value.is_some()))
    {
        area.draw(&PathElement::new(
            vec![(LEFT + 2, 3), (LEFT + 2, 17)],
            theme.text.stroke_width(3),
        ))?;
        legend_label(area, "state median", ((LEFT + 10, 10), HPos::Left), theme)?;
    }
    if inputs.bars.iter().any(|b| b.in_both) {
        let right = width as i32 - 8;
        area.draw(&Polygon::new(
            diamond(right - 6, 10),
            theme.highlight.filled(),
        ))?;
        legend_label(
            area,
            "in both lists",
            ((right - 16, 10), HPos::Right),
            theme,
        )?;
    }
    let label_size = if width < 360 { 11 } else { 12 };
    let row_top = |i: usize| TOP + ROW_HEIGHT * i as i32;
    let bar_top = |i: usize| row_top(i) + 19;
    for (i, _) in inputs.bars.iter().enumerate().filter(|(_, b)| b.active) {
        area.draw(&Rectangle::new(
            [(0, row_top(i)), (width as i32, row_top(i) + ROW_HEIGHT)],
            theme.grid.filled(),
        ))?;
        area.draw(&Rectangle::new(
            [(0, row_top(i)), (3, row_top(i) + ROW_HEIGHT)],
            theme.highlight.filled(),
        ))?;
    }
    // Reference and marker lines run behind the labels; their parts over the bars are drawn
    // again on top of the bars below.
    let reference_x = inputs.reference.as_ref().map(|(value, _)| scale.px(*value));
    let marker_x = inputs.marker.as_ref().map(|(value, _)| scale.px(*value));
    let lines = |top: i32, end: i32| -> Drawn {
        if let Some(x) = reference_x {
            dashed_vline(area, x, top, end, theme.reference)?;
        }
        if let Some(x) = marker_x {
            salary_line(area, x, top, end, theme)?;
        }
        Ok(())
    };
    lines(TOP - 4, bottom)?;
    for (i, bar) in inputs.bars.iter().enumerate() {
        if bar.in_both {
            area.draw(&Polygon::new(
                diamond(LEFT - 9, row_top(i) + 10),
                theme.highlight.filled(),
            ))?;
        }
        let label_style = if bar.active {
            bold_font(label_size, theme.text, HPos::Left, VPos::Top)
        } else {
            font(label_size, theme.text, HPos::Left, VPos::Top)
        };
        area.draw(&Text::new(
            bar.label.clone(),
            (scale.left, row_top(i) + 3),
            label_style,
        ))?;
        let top = bar_top(i);
        let x = scale.px(bar.value);
        area.draw(&Rectangle::new(
            [(scale.left, top), (x, top + 16)],
            theme.mark.filled(),
        ))?;
        lines(top, top + 16)?;
        let mut beyond = x;
        for value in bar.marks.iter().filter_map(|m| m.value) {
            let mx = scale.px(value);
            beyond = beyond.max(mx + 2);
            area.draw(&PathElement::new(
                vec![(mx, top - 3), (mx, top + 19)],
                theme.background.stroke_width(5),
            ))?;
            area.draw(&PathElement::new(
                vec![(mx, top - 3), (mx, top + 19)],
                theme.text.stroke_width(3),
            ))?;
        }
        // The figure goes after the bar and its marks, or inside the bar when there is no room.
        let (anchor, at, color) = if beyond > scale.right - 70 {
            (HPos::Right, x - 4, theme.background)
        } else {
            (HPos::Left, beyond + 4, theme.text)
        };
        area.draw(&Text::new(
            bar.value_text.clone(),
            (at, top + 8),
            bold_font(12, color, anchor, VPos::Center),
        ))?;
    }
    if let (Some(x), Some((_, label))) = (reference_x, &inputs.reference) {
        let (anchor, offset) = if x > scale.right - 120 {
            (HPos::Right, -4)
        } else {
            (HPos::Left, 4)
        };
        area.draw(&Text::new(
            label.clone(),
            (x + offset, 26),
            font(11, theme.reference, anchor, VPos::Center),
        ))?;
    }
    if let (Some(x), Some((_, label))) = (marker_x, &inputs.marker) {
        let anchor = anchor_inside(&scale, x, 60);
        salary_label(area, label.clone(), (x, bottom + 19), (11, anchor), theme)?;
    }
    Ok(())
}

/// Draws the chart at `width` CSS pixels.
pub fn scene(inputs: &Inputs, theme: &Theme, width: u32) -> Scene {
    chart_scene(width, height(inputs), theme, &|area| {
        draw(area, inputs, theme)
    })
}
