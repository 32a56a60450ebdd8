//! One row per state: a line from bottom 10% to top 10% with the median marked, against a
//! national-median reference line.

use super::frame::{
    chart_scene, dashed_vline, legend_label, salary_label, salary_line, Area, Drawn, Rows,
};
use super::hotspot::{row_box, Hotspot};
use super::scale::{nice_ticks, LinearScale};
use super::{bold_font, font, Scene, Theme, TABLE_BELOW};
use crate::model::dataset::{Dataset, StateWages};
use crate::model::money::{Dollars, PayBasis};
use crate::model::state_rows::visible_states;
use crate::model::view_state::ViewState;
use crate::model::words::{salary_marked, state_figures};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

/// One state's row.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub code: &'static str,
    pub name: &'static str,
    pub p10: Dollars,
    pub median: Dollars,
    pub p90: Dollars,
    /// Picked for comparison.
    pub selected: bool,
}

impl Row {
    /// The row for one state's published wages.
    pub fn of(wages: &StateWages, selected: bool) -> Row {
        Row {
            code: wages.state.code,
            name: wages.state.name,
            p10: wages.p10,
            median: wages.median,
            p90: wages.p90,
            selected,
        }
    }

    /// Bottom 10%, median and top 10%, low to high.
    pub fn figures(&self) -> [Dollars; 3] {
        [self.p10, self.median, self.p90]
    }
}

/// Everything the chart shows.
#[derive(Clone, Debug, PartialEq)]
pub struct Inputs {
    pub rows: Vec<Row>,
    pub national_median: Dollars,
    /// The row under the pointer or keyboard focus.
    pub active: Option<usize>,
    /// The user's salary in annual dollars.
    pub salary: Option<f64>,
    pub basis: PayBasis,
}

/// The chart of `data` as `view` asks: one row per state that passes the filters, in the
/// view's sort order, selected states marked; `active` is the row under the pointer or
/// focus, `salary` (annual dollars) the typed salary.
pub fn inputs_for(
    data: &Dataset,
    view: &ViewState,
    active: Option<usize>,
    salary: Option<f64>,
) -> Inputs {
    Inputs {
        rows: visible_states(data, view)
            .into_iter()
            .map(|s| Row::of(s, view.selected.contains(&s.state.code)))
            .collect(),
        national_median: data.national.median,
        active,
        salary,
        basis: view.pay,
    }
}

/// Height of the legend above the rows.
const TOP: i32 = 34;
/// Height of one state's row.
const ROW_HEIGHT: i32 = 20;
const AXIS_HEIGHT: i32 = 30;

/// One button per row, over the whole row: the state's three figures, pressed when the
/// state is selected for comparison.
pub fn hotspots(inputs: &Inputs) -> Vec<Hotspot> {
    let height = height(inputs);
    inputs
        .rows
        .iter()
        .enumerate()
        .map(|(i, row)| {
            let figures = state_figures(inputs.basis, row.figures());
            Hotspot {
                pressed: Some(row.selected),
                ..Hotspot::new(
                    row.code,
                    format!("{}: {figures}", row.name),
                    format!("{} · {figures}", row.name),
                    row_box(TOP, ROW_HEIGHT, i, height),
                )
            }
        })
        .collect()
}

/// The height the chart needs.
pub fn height(inputs: &Inputs) -> u32 {
    (TOP + ROW_HEIGHT * inputs.rows.len().max(1) as i32 + AXIS_HEIGHT) as u32
}

fn uses_names(width: u32) -> bool {
    width >= 560
}

/// The x scale for a chart `width` pixels wide.
pub fn scale(inputs: &Inputs, width: u32) -> (LinearScale, Vec<f64>) {
    let mut min = inputs.national_median.as_f64();
    let mut max = min;
    for row in &inputs.rows {
        min = min.min(row.p10.as_f64());
        max = max.max(row.p90.as_f64());
    }
    if let Some(salary) = inputs.salary {
        min = min.min(salary);
        max = max.max(salary);
    }
    let (ticks, lo, hi) = nice_ticks(min, max, if width < 480 { 4 } else { 7 });
    let left = if uses_names(width) { 150 } else { 40 };
    (
        LinearScale {
            min: lo,
            max: hi,
            left,
            right: width as i32 - 20,
        },
        ticks,
    )
}

/// Draws the chart on `area`, over its background.
pub fn draw(area: &Area<'_>, inputs: &Inputs, theme: &Theme) -> Drawn {
    let (width, _) = area.dim_in_pixel();
    let (scale, ticks) = scale(inputs, width);
    let rows = Rows::new(TOP, ROW_HEIGHT, inputs.rows.len());
    let tick_label = |value| inputs.basis.format_tick(value);
    let empty = ("No state matches the filters.", theme);
    let bottom = rows.draw_axis(area, (&scale, &ticks), &tick_label, empty)?;

    // Legend: what a row's marks mean.
    area.draw(&PathElement::new(
        vec![(8, 12), (30, 12)],
        theme.mark.stroke_width(3),
    ))?;
    legend_label(area, "bottom 10% to top 10%", ((36, 12), HPos::Left), theme)?;
    let median_legend_x = if width < 480 { 8 } else { 200 };
    let median_legend_y = if width < 480 { 28 } else { 12 };
    area.draw(&Circle::new(
        (median_legend_x + 6, median_legend_y),
        5,
        theme.accent.filled(),
    ))?;
    legend_label(
        area,
        "median",
        ((median_legend_x + 16, median_legend_y), HPos::Left),
        theme,
    )?;
    let reference_x = scale.px(inputs.national_median.as_f64());
    area.draw(&Text::new(
        format!("US median {}", inputs.basis.format(inputs.national_median)),
        // Narrow: beside the median's legend, under the range's, which would cover it above.
        (reference_x + 4, if width < 480 { 28 } else { 26 }),
        font(11, theme.reference, HPos::Left, VPos::Center),
    ))?;

    // In layers, each row's marks apart from the others': the highlighted row's band, the
    // ranges (plain, then the selected ones), the medians' dots, their outlines, the names.
    // Marks alike come one after another, so a canvas paints each layer as one path.
    let y_of = |i: usize| TOP + ROW_HEIGHT * i as i32 + ROW_HEIGHT / 2;
    if let Some(y) = inputs.active.filter(|i| *i < inputs.rows.len()).map(y_of) {
        area.draw(&Rectangle::new(
            [(0, y - ROW_HEIGHT / 2), (width as i32, y + ROW_HEIGHT / 2)],
            theme.grid.filled(),
        ))?;
    }
    let xs = |row: &Row| {
        (
            scale.px(row.p10.as_f64()),
            scale.px(row.median.as_f64()),
            scale.px(row.p90.as_f64()),
        )
    };
    for selected in [false, true] {
        let color = if selected {
            theme.highlight
        } else {
            theme.mark
        };
        for (i, row) in inputs.rows.iter().enumerate() {
            if row.selected == selected {
                let (x0, _, x1) = xs(row);
                let y = y_of(i);
                area.draw(&PathElement::new(
                    vec![(x0, y), (x1, y)],
                    color.stroke_width(3),
                ))?;
            }
        }
    }
    for style in [theme.accent.filled(), theme.background.stroke_width(1)] {
        for (i, row) in inputs.rows.iter().enumerate() {
            area.draw(&Circle::new((xs(row).1, y_of(i)), 5, style))?;
        }
    }
    for (i, row) in inputs.rows.iter().enumerate() {
        let label = if uses_names(width) {
            row.name
        } else {
            row.code
        };
        let label_style = if row.selected {
            bold_font(12, theme.highlight, HPos::Right, VPos::Center)
        } else {
            font(12, theme.text, HPos::Right, VPos::Center)
        };
        area.draw(&Text::new(label, (scale.left - 10, y_of(i)), label_style))?;
    }
    dashed_vline(area, reference_x, TOP - 4, bottom, theme.reference)?;
    if let Some(salary) = inputs.salary {
        let x = scale.px(salary);
        salary_line(area, x, TOP - 4, bottom, theme)?;
        let text = format!("You: {}", inputs.basis.format_f64(salary));
        salary_label(area, text, (x, bottom + 18), (11, HPos::Center), theme)?;
    }
    Ok(())
}

/// The chart's text alternative: how many states it shows, what it draws, the typed
/// `salary` (annual dollars) when it is marked, and, when the page shows the table of the
/// same figures (`table_below`; an embedded chart shows none), that it lists them.
pub fn text_alternative(
    count: usize,
    basis: PayBasis,
    salary: Option<f64>,
    table_below: bool,
) -> String {
    let marked = salary_marked(basis, salary);
    let table = if table_below { TABLE_BELOW } else { "" };
    format!("Range chart of {count} states: for each, the bottom 10%, median and top 10% wage, against the national median.{marked}{table}")
}

/// Draws the chart at `width` CSS pixels.
pub fn scene(inputs: &Inputs, theme: &Theme, width: u32) -> Scene {
    chart_scene(width, height(inputs), theme, &|area| {
        draw(area, inputs, theme)
    })
}
