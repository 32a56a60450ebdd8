//! From the data and the view state to the Metro areas view's chart inputs and the exact
//! figures its tooltips and tables show. Pure, so the UI only wires signals to it.

use super::metro_bars::{Bar, Inputs, Mark, TickFormat};
use crate::model::dataset::Dataset;
use crate::model::metro_rows::{
    in_both_lists, state_medians, visible_jobs, visible_pay, MetroColumn, MetroRow, MetroTable,
};
use crate::model::money::{format_difference, group_thousands, Dollars, PayBasis};
use crate::model::table::{Cell, Column, Table, Unit};
use crate::model::view_state::ViewState;
use crate::model::words::salary_marked;

/// The highest-paying chart for `view`: one bar per metro that passes the filters, a mark per
/// state it spans, the national median as reference, and `salary` (annual dollars, from the
/// salary locator when one is entered) as a marker. `active` is the highlighted metro's label.
pub fn metro_pay_inputs(
    data: &Dataset,
    view: &ViewState,
    salary: Option<f64>,
    active: Option<&str>,
) -> Inputs {
    let basis = view.pay;
    let bars = visible_pay(data, view)
        .iter()
        .map(|row| Bar {
            label: row.area.label.clone(),
            value: f64::from(row.figure),
            value_text: basis.format(Dollars(row.figure)),
            marks: state_medians(data, row.area)
                .iter()
                .map(|s| Mark {
                    label: s.state.code.to_string(),
                    value: s.median.map(Dollars::as_f64),
                })
                .collect(),
            in_both: in_both_lists(data, &row.area.label),
            active: active == Some(row.area.label.as_str()),
        })
        .collect();
    let national = data.national.median;
    Inputs {
        bars,
        reference: Some((
            national.as_f64(),
            format!("US median {}", basis.format(national)),
        )),
        marker: salary
            .filter(|s| s.is_finite() && *s > 0.0)
            .map(|s| (s, format!("You: {}", basis.format_f64(s)))),
        ticks: TickFormat::Pay(basis),
    }
}

/// The most-employment chart for `view`: one bar per metro that passes the filters.
pub fn metro_jobs_inputs(data: &Dataset, view: &ViewState, active: Option<&str>) -> Inputs {
    let bars = visible_jobs(data, view)
        .iter()
        .map(|row| Bar {
            label: row.area.label.clone(),
            value: f64::from(row.figure),
            value_text: group_thousands(row.figure.into()),
            marks: Vec::new(),
            in_both: in_both_lists(data, &row.area.label),
            active: active == Some(row.area.label.as_str()),
        })
        .collect();
    Inputs {
        bars,
        reference: None,
        marker: None,
        ticks: TickFormat::Count,
    }
}

/// "+$25,410 (+43.6%)": a highest-paying metro's median against the national median.
pub fn vs_national(data: &Dataset, row: &MetroRow<'_>, basis: PayBasis) -> String {
    format_difference(basis, Dollars(row.figure), data.national.median)
}

/// "MN median $61,000, WI median $56,000" for the states the metro spans; "WI: no data" where
/// the source gives no figures for a state.
pub fn state_medians_text(data: &Dataset, row: &MetroRow<'_>, basis: PayBasis) -> String {
    let parts: Vec<String> = state_medians(data, row.area)
        .iter()
        .map(|s| match s.median {
            Some(median) => format!("{} median {}", s.state.code, basis.format(median)),
            None => format!("{}: no data", s.state.code),
        })
        .collect();
    parts.join(", ")
}

/// The exact figures of a highest-paying metro, for its tooltip and screen-reader label.
pub fn pay_summary(data: &Dataset, row: &MetroRow<'_>, basis: PayBasis) -> String {
    format!(
        "{}: median {}, {} vs US median {}; {}{}",
        row.area.label,
        basis.format(Dollars(row.figure)),
        vs_national(data, row, basis),
        basis.format(data.national.median),
        state_medians_text(data, row, basis),
        also_listed(MetroTable::HighestPaying, data, row, basis)
    )
}

/// The exact figures of a most-employment metro, for its tooltip and screen-reader label.
pub fn jobs_summary(data: &Dataset, row: &MetroRow<'_>, basis: PayBasis) -> String {
    format!(
        "{}: {} people employed{}",
        row.area.label,
        group_thousands(row.figure.into()),
        also_listed(MetroTable::MostEmployment, data, row, basis)
    )
}

/// That the metro of `row`, in `table`'s list, is also in the other list, with its figure
/// there; nothing when it is not.
fn also_listed(table: MetroTable, data: &Dataset, row: &MetroRow<'_>, basis: PayBasis) -> String {
    let label = &row.area.label;
    let other = match table {
        MetroTable::HighestPaying => data
            .most_employment
            .iter()
            .find(|m| m.area.label == *label)
            .map(|m| {
                format!(
                    "most-employment list ({} employed)",
                    group_thousands(m.employment.into())
                )
            }),
        MetroTable::MostEmployment => data
            .highest_paying
            .iter()
            .find(|m| m.area.label == *label)
            .map(|m| format!("highest-paying list (median {})", basis.format(m.median))),
    };
    other
        .map(|list| format!("; also in the {list}"))
        .unwrap_or_default()
}

/// One row's exact figures in `table`'s words ([`pay_summary`] or [`jobs_summary`]).
pub fn summary(table: MetroTable, data: &Dataset, row: &MetroRow<'_>, basis: PayBasis) -> String {
    match table {
        MetroTable::HighestPaying => pay_summary(data, row, basis),
        MetroTable::MostEmployment => jobs_summary(data, row, basis),
    }
}

/// Every row's [`summary`], in order: the words of the chart's buttons and tooltips.
pub fn summaries(
    table: MetroTable,
    data: &Dataset,
    rows: &[MetroRow<'_>],
    basis: PayBasis,
) -> Vec<String> {
    rows.iter()
        .map(|row| summary(table, data, row, basis))
        .collect()
}

/// One metro list as a table, its rows in the order given: the model's column list decides
/// the headers and the cells.
pub fn metro_table(
    table: MetroTable,
    data: &Dataset,
    rows: &[MetroRow<'_>],
    basis: PayBasis,
) -> Table {
    let name = |row: &MetroRow<'_>| {
        if in_both_lists(data, &row.area.label) {
            format!("{} ◆", row.area.name)
        } else {
            row.area.name.clone()
        }
    };
    let header = |column: &MetroColumn| match column {
        MetroColumn::Metro => Column::new("Metro area", Unit::Text),
        MetroColumn::Median => Column::new("Median", Unit::Money),
        MetroColumn::VsNational => Column::new("vs US median", Unit::Difference),
        MetroColumn::States => Column::new("States", Unit::Text),
        MetroColumn::StateMedians => Column::new("State median", Unit::Text),
        MetroColumn::Employed => Column::new("People employed", Unit::People),
    };
    let cell = |row: &MetroRow<'_>, column: &MetroColumn| match column {
        MetroColumn::Metro => Cell::Text(name(row)),
        MetroColumn::Median => Cell::Money(Dollars(row.figure)),
        MetroColumn::VsNational => Cell::Difference {
            value: Dollars(row.figure),
            reference: data.national.median,
        },
        MetroColumn::States => Cell::Text(
            row.area
                .states
                .iter()
                .map(|s| s.code)
                .collect::<Vec<_>>()
                .join(", "),
        ),
        MetroColumn::StateMedians => Cell::Text(state_medians_text(data, row, basis)),
        MetroColumn::Employed => Cell::People(row.figure),
    };
    // The model's column list decides the headers, the cells and what a sort link names.
    let columns = table.columns();
    Table {
        basis,
        columns: columns.iter().map(header).collect(),
        rows: rows
            .iter()
            .map(|row| columns.iter().map(|column| cell(row, column)).collect())
            .collect(),
    }
}

/// The chart's text alternative: what it shows and every row's figures; the highest-paying
/// chart also names the typed `salary` (annual dollars) it marks.
pub fn text_alternative(
    table: MetroTable,
    data: &Dataset,
    rows: &[MetroRow<'_>],
    basis: PayBasis,
    salary: Option<f64>,
) -> String {
    let parts = summaries(table, data, rows, basis);
    match table {
        MetroTable::HighestPaying => format!(
            "Bar chart of {} of the 10 highest-paying metro areas by median salary. {}.{}",
            parts.len(),
            parts.join(". "),
            salary_marked(basis, salary)
        ),
        MetroTable::MostEmployment => format!(
            "Bar chart of {} of the 10 metro areas employing the most people in this job. {}.",
            parts.len(),
            parts.join(". ")
        ),
    }
}
