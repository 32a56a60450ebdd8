//! Which states are shown and in what order: the States view's filters and sort.

use super::dataset::{Dataset, StateWages};
use super::money::Dollars;
use super::view_state::{Measure, SortDir, SortKey, ViewState};
use std::cmp::Ordering;

/// The value of `measure` for one state, in annual dollars.
pub fn measure_value(state: &StateWages, measure: Measure, national_median: Dollars) -> i64 {
    match measure {
        Measure::Median => state.median.0.into(),
        Measure::Bottom10 => state.p10.0.into(),
        Measure::Top10 => state.p90.0.into(),
        Measure::Spread => state.spread().0.into(),
        Measure::VsNational => i64::from(state.median.0) - i64::from(national_median.0),
    }
}

/// True when the state passes the area, name and range filters of `view`.
pub fn passes_filters(state: &StateWages, view: &ViewState, national_median: Dollars) -> bool {
    if let Some(area) = view.area {
        if !area.contains(state.state.division) {
            return false;
        }
    }
    let query = view.name_query.trim();
    if !query.is_empty() {
        let query = query.to_lowercase();
        let name_matches = state.state.name.to_lowercase().contains(&query);
        let code_matches = state.state.code.eq_ignore_ascii_case(&query);
        if !(name_matches || code_matches) {
            return false;
        }
    }
    let value = measure_value(state, view.measure, national_median);
    view.min.is_none_or(|min| value >= min) && view.max.is_none_or(|max| value <= max)
}

/// The states that pass the filters, sorted as `view` asks; ties are broken by name.
pub fn visible_states<'a>(data: &'a Dataset, view: &ViewState) -> Vec<&'a StateWages> {
    let national = data.national.median;
    let mut rows: Vec<&StateWages> = data
        .states
        .iter()
        .filter(|s| passes_filters(s, view, national))
        .collect();
    sort_states(&mut rows, view.sort, view.dir);
    rows
}

/// Sorts rows by `key` in `dir`; equal values are ordered by name (A to Z) in either direction.
pub fn sort_states(rows: &mut [&StateWages], key: SortKey, dir: SortDir) {
    rows.sort_by(|a, b| {
        let primary = match key {
            SortKey::Median => a.median.cmp(&b.median),
            SortKey::Bottom10 => a.p10.cmp(&b.p10),
            SortKey::Top10 => a.p90.cmp(&b.p90),
            SortKey::Spread => a.spread().cmp(&b.spread()),
            SortKey::Name => a.state.name.cmp(b.state.name),
        };
        let primary = match dir {
            SortDir::Ascending => primary,
            SortDir::Descending => primary.reverse(),
        };
        match primary {
            Ordering::Equal => a.state.name.cmp(b.state.name),
            other => other,
        }
    });
}
