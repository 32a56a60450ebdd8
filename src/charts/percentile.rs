//! The national percentile distribution as a box (25th-75th) with whiskers (10th-90th),
//! every percentile labelled, with optional state rows and a salary marker on the same axis.

use super::frame::{
    anchor_inside, chart_scene, dashed_vline, draw_x_axis, salary_label, salary_line, Area, Drawn,
};
use super::scale::{nice_ticks, LinearScale};
use super::{bold_font, font, Scene, Theme};
use crate::model::dataset::Dataset;
use crate::model::geo::state_by_code;
use crate::model::money::{Dollars, PayBasis};
use crate::model::table::{Cell, Column, Table, Unit};
use crate::model::view_state::ViewState;
use crate::model::words::{salary_marked, state_figures};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

/// A state drawn under the national box: its 10th, median and 90th, or no data.
#[derive(Clone, Debug, PartialEq)]
pub struct StateRow {
    pub label: String,
    pub points: Option<[Dollars; 3]>,
}

/// Everything the chart shows.
#[derive(Clone, Debug, PartialEq)]
pub struct Inputs {
    /// (percentile, amount) for the 10th, 25th, 50th, 75th and 90th.
    pub national: [(u8, Dollars); 5],
    pub states: Vec<StateRow>,
    /// The user's salary in annual dollars.
    pub salary: Option<f64>,
    pub basis: PayBasis,
}

/// How state rows are labelled. Narrower than 480 pixels (where the label column shrinks)
/// both use postal codes; they differ in what a long name does at full width.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StateLabels {
    /// Every state by name (the National view's overlay).
    Names,
    /// By name when it fits the label column (15 characters), else by postal code (the
    /// States view's comparison chart).
    NamesThatFit,
}

/// Narrower than this, state rows are labelled by postal code.
const NAME_LABEL_MIN_WIDTH: u32 = 480;
/// Longest state name that fits the label column at full width.
const NAME_LABEL_MAX_CHARS: usize = 15;

/// The chart of `data` for `view`: the national distribution, one row per selected state
/// (in the order chosen; "no data" where the source has none) labelled as `labels` says at
/// `width` pixels, and the typed `salary` (annual dollars) marked.
pub fn inputs_for(
    data: &Dataset,
    view: &ViewState,
    salary: Option<f64>,
    labels: StateLabels,
    width: u32,
) -> Inputs {
    let label = |name: &str, code: &str| {
        let by_name = width >= NAME_LABEL_MIN_WIDTH
            && match labels {
                StateLabels::Names => true,
                StateLabels::NamesThatFit => name.chars().count() <= NAME_LABEL_MAX_CHARS,
            };
        if by_name { name } else { code }.to_string()
    };
    Inputs {
        national: data.national.points(),
        states: view
            .selected
            .iter()
            .filter_map(|code| state_by_code(code))
            .map(|info| StateRow {
                label: label(info.name, info.code),
                points: data.state(info.code).map(|w| w.figures()),
            })
            .collect(),
        salary,
        basis: view.pay,
    }
}

const LABEL_LINE: i32 = 20;
const BOX_HEIGHT: i32 = 36;
const ROW_HEIGHT: i32 = 30;
const AXIS_HEIGHT: i32 = 26;
/// Rough width of one character of a 12 px label; labels are placed without measuring text.
const CHAR_WIDTH: f64 = 7.0;

/// The text of each percentile label.
fn percentile_labels(inputs: &Inputs) -> Vec<String> {
    inputs
        .national
        .iter()
        .map(|(pct, amount)| {
            format!(
                "{}: {}",
                percentile_name(*pct),
                inputs.basis.format(*amount)
            )
        })
        .collect()
}

/// The line each percentile label goes on: the first line where it clears the label before
/// it, so neighbours never collide at any width.
fn label_lines(inputs: &Inputs, width: u32) -> Vec<i32> {
    let (scale, _) = scale(inputs, width);
    let mut line_ends: Vec<f64> = Vec::new();
    percentile_labels(inputs)
        .iter()
        .zip(inputs.national.iter())
        .map(|(label, (_, amount))| {
            let half = label.chars().count() as f64 * CHAR_WIDTH / 2.0;
            let centre = f64::from(scale.px(amount.as_f64()));
            let line = line_ends
                .iter()
                .position(|end| centre - half > *end + 8.0)
                .unwrap_or(line_ends.len());
            match line_ends.get_mut(line) {
                Some(end) => *end = centre + half,
                None => line_ends.push(centre + half),
            }
            line as i32
        })
        .collect()
}

/// Where the box starts: below the percentile labels.
fn box_top(inputs: &Inputs, width: u32) -> i32 {
    let lines = label_lines(inputs, width).into_iter().max().unwrap_or(0) + 1;
    8 + lines * LABEL_LINE + 6
}

/// Room under the plot: the axis labels, and the "You: $…" label below them when a salary
/// is marked, so it never sits on a state's line.
fn below_axis(inputs: &Inputs) -> i32 {
    AXIS_HEIGHT + 8 + if inputs.salary.is_some() { 18 } else { 0 }
}

/// The height the chart needs at this width.
pub fn height(inputs: &Inputs, width: u32) -> u32 {
    (box_top(inputs, width)
        + BOX_HEIGHT
        + 14
        + ROW_HEIGHT * inputs.states.len() as i32
        + 12
        + below_axis(inputs)) as u32
}

/// The x scale for a chart `width` pixels wide.
pub fn scale(inputs: &Inputs, width: u32) -> (LinearScale, Vec<f64>) {
    let mut values: Vec<f64> = inputs.national.iter().map(|(_, d)| d.as_f64()).collect();
    values.extend(
        inputs
            .states
            .iter()
            .flat_map(|s| s.points.into_iter().flatten())
            .map(Dollars::as_f64),
    );
    values.extend(inputs.salary);
    let min = values.iter().copied().fold(f64::INFINITY, f64::min);
    let max = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let (ticks, lo, hi) = nice_ticks(min, max, if width < 480 { 4 } else { 6 });
    let left = label_width(width) + 8;
    let right = width as i32 - 24;
    (
        LinearScale {
            min: lo,
            max: hi,
            left,
            right,
        },
        ticks,
    )
}

fn label_width(width: u32) -> i32 {
    if width < NAME_LABEL_MIN_WIDTH {
        36
    } else {
        120
    }
}

/// Draws the chart on `area`, over its background.
pub fn draw(area: &Area<'_>, inputs: &Inputs, theme: &Theme) -> Drawn {
    let (width, total_height) = area.dim_in_pixel();
    let (scale, ticks) = scale(inputs, width);
    let narrow = width < 480;
    let top = box_top(inputs, width);
    let axis_y = total_height as i32 - below_axis(inputs);
    let tick_label = |value| inputs.basis.format_tick(value);
    draw_x_axis(area, &scale, &ticks, &tick_label, (8, axis_y), theme)?;

    // The national box and whiskers, labels staggered on two lines so neighbours never collide.
    let [(_, p10), (_, p25), (_, p50), (_, p75), (_, p90)] = inputs.national;
    let mid = top + BOX_HEIGHT / 2;
    area.draw(&Text::new(
        if narrow { "US" } else { "United States" },
        (8, mid),
        bold_font(12, theme.text, HPos::Left, VPos::Center),
    ))?;
    area.draw(&PathElement::new(
        vec![(scale.px(p10.as_f64()), mid), (scale.px(p90.as_f64()), mid)],
        theme.mark.stroke_width(2),
    ))?;
    for whisker in [p10, p90] {
        let x = scale.px(whisker.as_f64());
        area.draw(&PathElement::new(
            vec![(x, mid - 10), (x, mid + 10)],
            theme.mark.stroke_width(2),
        ))?;
    }
    area.draw(&Rectangle::new(
        [
            (scale.px(p25.as_f64()), top),
            (scale.px(p75.as_f64()), top + BOX_HEIGHT),
        ],
        theme.mark_soft.filled(),
    ))?;
    area.draw(&Rectangle::new(
        [
            (scale.px(p25.as_f64()), top),
            (scale.px(p75.as_f64()), top + BOX_HEIGHT),
        ],
        theme.mark.stroke_width(2),
    ))?;
    let median_x = scale.px(p50.as_f64());
    area.draw(&PathElement::new(
        vec![(median_x, top - 2), (median_x, top + BOX_HEIGHT + 2)],
        theme.accent.stroke_width(4),
    ))?;
    let lines = label_lines(inputs, width);
    for (((pct, amount), label), line) in inputs
        .national
        .iter()
        .zip(percentile_labels(inputs))
        .zip(lines)
    {
        let x = scale.px(amount.as_f64());
        let line_y = 8 + line * LABEL_LINE;
        let style = if *pct == 50 {
            bold_font(12, theme.text, HPos::Center, VPos::Top)
        } else {
            font(12, theme.text, HPos::Center, VPos::Top)
        };
        area.draw(&Text::new(label, (x, line_y), style))?;
        area.draw(&PathElement::new(
            vec![(x, line_y + 15), (x, top - 2)],
            theme.muted.stroke_width(1),
        ))?;
    }

    // One row per chosen state: 10th to 90th with the median marked, or "no data".
    let mut y = top + BOX_HEIGHT + 14 + ROW_HEIGHT / 2;
    for row in &inputs.states {
        area.draw(&Text::new(
            row.label.clone(),
            (8, y),
            font(12, theme.text, HPos::Left, VPos::Center),
        ))?;
        match row.points {
            Some([low, median, high]) => {
                let (x0, xm, x1) = (
                    scale.px(low.as_f64()),
                    scale.px(median.as_f64()),
                    scale.px(high.as_f64()),
                );
                area.draw(&PathElement::new(
                    vec![(x0, y), (x1, y)],
                    theme.mark.stroke_width(3),
                ))?;
                area.draw(&Circle::new((xm, y), 6, theme.accent.filled()))?;
                area.draw(&Circle::new((xm, y), 6, theme.background.stroke_width(1)))?;
            }
            None => {
                area.draw(&Text::new(
                    "no data",
                    (scale.left, y),
                    font(12, theme.muted, HPos::Left, VPos::Center),
                ))?;
            }
        }
        y += ROW_HEIGHT;
    }

    dashed_vline(area, median_x, top + BOX_HEIGHT, axis_y, theme.reference)?;
    if let Some(salary) = inputs.salary {
        let x = scale.px(salary);
        salary_line(area, x, top - 6, axis_y, theme)?;
        area.draw(&Polygon::new(
            vec![(x - 6, axis_y), (x + 6, axis_y), (x, axis_y - 9)],
            theme.highlight.filled(),
        ))?;
        let text = format!("You: {}", inputs.basis.format_f64(salary));
        let anchor = anchor_inside(&scale, x, 50);
        salary_label(area, text, (x, axis_y + 22), (12, anchor), theme)?;
    }
    Ok(())
}

/// The percentiles as a table: a row per percentile, a column for the nation and for each
/// chosen state (its 10th, median and 90th; the others are not published).
pub fn table(data: &Dataset, basis: PayBasis, selected: &[&str]) -> Table {
    let states: Vec<_> = selected.iter().filter_map(|c| state_by_code(c)).collect();
    let mut columns = vec![
        Column::new("Percentile", Unit::Text),
        Column::new("United States", Unit::Money),
    ];
    columns.extend(states.iter().map(|s| Column::new(s.name, Unit::Money)));
    let rows = data
        .national
        .points()
        .iter()
        .map(|(pct, amount)| {
            let mut row = vec![Cell::Text(percentile_name(*pct)), Cell::Money(*amount)];
            for info in &states {
                let cell = match data.state(info.code) {
                    None => Cell::Missing("no data"),
                    Some(w) => match pct {
                        10 => Cell::Money(w.p10),
                        50 => Cell::Money(w.median),
                        90 => Cell::Money(w.p90),
                        _ => Cell::Missing("not published"),
                    },
                };
                row.push(cell);
            }
            row
        })
        .collect();
    Table {
        basis,
        columns,
        rows,
    }
}

/// "10th", "Median", "90th".
pub fn percentile_name(pct: u8) -> String {
    match pct {
        50 => "Median".to_string(),
        p => crate::model::stats::ordinal(u32::from(p)),
    }
}

/// "California: bottom 10% $48,980, median $84,770, top 10% $152,290" or "Wyoming: no
/// data", for each state selected in `view`, in the order chosen.
fn state_lines(data: &Dataset, view: &ViewState) -> Vec<String> {
    view.selected
        .iter()
        .filter_map(|code| state_by_code(code))
        .map(|info| match data.state(info.code) {
            Some(w) => format!("{}: {}", info.name, state_figures(view.pay, w.figures())),
            None => format!("{}: no data", info.name),
        })
        .collect()
}

/// The National view's text alternative: every national percentile, each selected state's
/// figures, and the typed `salary` (annual dollars) when it is marked.
pub fn text_alternative(data: &Dataset, view: &ViewState, salary: Option<f64>) -> String {
    let basis = view.pay;
    let national: Vec<String> = data
        .national
        .points()
        .iter()
        .map(|(p, d)| format!("{} percentile {}", percentile_name(*p), basis.format(*d)))
        .collect();
    let mut text = format!(
        "National wage distribution, {}: {}.",
        basis.unit(),
        national.join(", ")
    );
    for line in state_lines(data, view) {
        text.push_str(&format!(" {line}."));
    }
    text.push_str(&salary_marked(basis, salary));
    text
}

/// The comparison chart's text alternative: the national median and each selected state's
/// figures.
pub fn comparison_text(data: &Dataset, view: &ViewState) -> String {
    format!(
        "The national wage distribution (median {}) with the selected states below it. {}",
        view.pay.format(data.national.median),
        state_lines(data, view).join("; ")
    )
}

/// Draws the chart at `width` CSS pixels.
pub fn scene(inputs: &Inputs, theme: &Theme, width: u32) -> Scene {
    chart_scene(width, height(inputs, width), theme, &|area| {
        draw(area, inputs, theme)
    })
}
