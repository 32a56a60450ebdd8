//! Which metro areas are shown and in what order: the Metro areas view's filters and sorts.

use super::dataset::Dataset;
use super::geo::{state_by_code, StateInfo};
use super::metro::MetroArea;
use super::money::Dollars;
use super::short_sort::{sort_short_by, sort_short_by_key};
use super::view_state::ViewState;
use std::cmp::Ordering;

/// One metro area of a top-10 list, with its figure and its place in the published list.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MetroRow<'a> {
    pub area: &'a MetroArea,
    /// The median salary (highest-paying list) or the number employed (most-employment list).
    pub figure: u32,
    /// 1 for the first row of the published list.
    pub rank: usize,
}

/// The Metro areas view's two top-10 lists, each with its chart and its table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MetroTable {
    HighestPaying,
    MostEmployment,
}

/// A column of a metro table; sorting by it orders the rows by what it shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MetroColumn {
    Metro,
    Median,
    VsNational,
    States,
    StateMedians,
    Employed,
}

impl MetroTable {
    /// Both tables, in page order.
    pub const ALL: [MetroTable; 2] = [MetroTable::HighestPaying, MetroTable::MostEmployment];

    /// The table's columns, left to right; a link names a column by its place here.
    pub fn columns(self) -> &'static [MetroColumn] {
        use MetroColumn::*;
        match self {
            // Figures first, so they are in view on a phone; the states scroll in after them.
            MetroTable::HighestPaying => &[Metro, Median, VsNational, States, StateMedians],
            MetroTable::MostEmployment => &[Metro, Employed, States],
        }
    }

    /// The column at `index`, if the table has one there.
    pub fn column(self, index: usize) -> Option<MetroColumn> {
        self.columns().get(index).copied()
    }

    /// Where `column` is in the table, if it is there.
    pub fn index_of(self, column: MetroColumn) -> Option<usize> {
        self.columns().iter().position(|c| *c == column)
    }

    /// The list as a phrase in messages: "the highest-paying list".
    pub fn list_name(self) -> &'static str {
        match self {
            MetroTable::HighestPaying => "the highest-paying list",
            MetroTable::MostEmployment => "the most-employment list",
        }
    }
}

impl MetroColumn {
    /// True when a first click sorts it ascending: names A to Z, figures highest first.
    pub fn starts_ascending(self) -> bool {
        matches!(
            self,
            MetroColumn::Metro | MetroColumn::States | MetroColumn::StateMedians
        )
    }
}

/// The median of one state a metro spans, or None when the source lists no figures for it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct StateMedian {
    pub state: &'static StateInfo,
    pub median: Option<Dollars>,
}

/// True when `area` passes the view's state filter and its "only my selected states" filter.
/// A metro matches a state when any of the states it spans is that state.
pub fn metro_matches(area: &MetroArea, view: &ViewState) -> bool {
    if let Some(code) = view.metro_state {
        if !area.spans(code) {
            return false;
        }
    }
    !view.metros_in_selected || view.selected.iter().any(|code| area.spans(code))
}

/// The highest-paying metros that pass the filters, in published order.
pub fn visible_pay<'a>(data: &'a Dataset, view: &ViewState) -> Vec<MetroRow<'a>> {
    data.highest_paying
        .iter()
        .enumerate()
        .map(|(i, m)| MetroRow {
            area: &m.area,
            figure: m.median.0,
            rank: i + 1,
        })
        .filter(|row| metro_matches(row.area, view))
        .collect()
}

/// The most-employment metros that pass the filters, in published order.
pub fn visible_jobs<'a>(data: &'a Dataset, view: &ViewState) -> Vec<MetroRow<'a>> {
    data.most_employment
        .iter()
        .enumerate()
        .map(|(i, m)| MetroRow {
            area: &m.area,
            figure: m.employment,
            rank: i + 1,
        })
        .filter(|row| metro_matches(row.area, view))
        .collect()
}

/// The rows of `table` that pass the filters, in published order.
pub fn visible_rows<'a>(
    data: &'a Dataset,
    view: &ViewState,
    table: MetroTable,
) -> Vec<MetroRow<'a>> {
    match table {
        MetroTable::HighestPaying => visible_pay(data, view),
        MetroTable::MostEmployment => visible_jobs(data, view),
    }
}

/// Sorts rows by what `column` shows; equal values keep the published order.
pub fn sort_metro_rows(rows: &mut [MetroRow<'_>], column: MetroColumn, ascending: bool) {
    sort_short_by(rows, |a, b| {
        let primary = match column {
            MetroColumn::Metro => {
                let folded = |name: &str| {
                    name.bytes()
                        .map(|c| c.to_ascii_lowercase())
                        .collect::<Vec<u8>>()
                };
                folded(&a.area.name).cmp(&folded(&b.area.name))
            }
            // The state medians follow the states they belong to.
            MetroColumn::States | MetroColumn::StateMedians => {
                a.area.state_codes().cmp(&b.area.state_codes())
            }
            MetroColumn::Median | MetroColumn::VsNational | MetroColumn::Employed => {
                a.figure.cmp(&b.figure)
            }
        };
        let primary = if ascending {
            primary
        } else {
            primary.reverse()
        };
        match primary {
            Ordering::Equal => a.rank.cmp(&b.rank),
            other => other,
        }
    });
}

/// True when the metro with this label is in both top-10 lists.
pub fn in_both_lists(data: &Dataset, label: &str) -> bool {
    data.highest_paying.iter().any(|m| m.area.label == label)
        && data.most_employment.iter().any(|m| m.area.label == label)
}

/// The median of each state `area` spans, in the label's order; None for a state without data.
pub fn state_medians(data: &Dataset, area: &MetroArea) -> Vec<StateMedian> {
    area.states
        .iter()
        .map(|state| StateMedian {
            state,
            median: data.state(state.code).map(|s| s.median),
        })
        .collect()
}

/// The states that appear in either list, alphabetical by name, for the state filter.
pub fn states_in_lists(data: &Dataset) -> Vec<&'static StateInfo> {
    let mut states: Vec<&'static StateInfo> = Vec::new();
    let areas = data
        .highest_paying
        .iter()
        .map(|m| &m.area)
        .chain(data.most_employment.iter().map(|m| &m.area));
    for state in areas.flat_map(|area| area.states.iter().copied()) {
        if !states.iter().any(|s| s.code == state.code) {
            states.push(state);
        }
    }
    sort_short_by_key(&mut states, |s| s.name);
    states
}

/// What the filters keep, as a phrase: "in Kansas", "in your selected states (CA, TX)"; None
/// when nothing is filtered.
pub fn filter_phrase(view: &ViewState) -> Option<String> {
    let state = view
        .metro_state
        .and_then(state_by_code)
        .map(|s| format!("in {}", s.name));
    let selected = view.metros_in_selected.then(|| {
        if view.selected.is_empty() {
            "in your selected states (none are selected)".to_string()
        } else {
            format!("in your selected states ({})", view.selected.join(", "))
        }
    });
    match (state, selected) {
        (Some(state), Some(selected)) => Some(format!("{state} and {selected}")),
        (one, other) => one.or(other),
    }
}

/// Why a list is empty, and what to do about it.
pub fn empty_message(view: &ViewState, list: &str) -> String {
    const TOGGLE: &str = "\u{201c}only metros in my selected states\u{201d}";
    if view.metros_in_selected && view.selected.is_empty() {
        return format!(
            "No states are selected, so no metro in {list} can match. Select states in the States view, or turn off {TOGGLE}."
        );
    }
    let phrase = filter_phrase(view).unwrap_or_else(|| "here".to_string());
    let remedy = match (view.metro_state.is_some(), view.metros_in_selected) {
        (true, true) => {
            format!("Choose another state or \u{201c}All states\u{201d}, or turn off {TOGGLE}.")
        }
        (false, true) => format!("Select other states in the States view, or turn off {TOGGLE}."),
        _ => {
            "Choose another state or \u{201c}All states\u{201d} to see the whole list.".to_string()
        }
    };
    format!("No metro area in {list} lies {phrase}. {remedy}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::dataset::{load_embedded, Dataset};

    /// The embedded data; a test fails, rather than passes unchecked, when it does not load.
    fn dataset() -> Dataset {
        load_embedded().unwrap_or_else(|errors| panic!("the embedded data must load: {errors:?}"))
    }

    #[test]
    fn no_filter_keeps_both_lists_whole_and_in_published_order() {
        let data = dataset();
        let view = ViewState::default();
        let ranks: Vec<usize> = visible_pay(&data, &view).iter().map(|r| r.rank).collect();
        assert_eq!(ranks, (1..=10).collect::<Vec<_>>());
        assert_eq!(visible_jobs(&data, &view).len(), 10);
    }

    #[test]
    fn sorting_by_figure_ascending_then_back_keeps_ties_in_published_order() {
        let data = dataset();
        let mut rows = visible_pay(&data, &ViewState::default());
        sort_metro_rows(&mut rows, MetroColumn::Median, true);
        // Bakersfield and Minneapolis share $81,750: published order breaks the tie.
        let first: Vec<&str> = rows.iter().take(2).map(|r| r.area.name.as_str()).collect();
        assert_eq!(first, ["Bakersfield", "Minneapolis-St. Paul-Bloomington"]);
        sort_metro_rows(&mut rows, MetroColumn::Median, false);
        assert_eq!(rows.first().map(|r| r.rank), Some(1));
    }
}
