//! Which states are shown and in what order: the States view's filters and sort.

use super::dataset::{Dataset, StateWages};
use super::geo::StateInfo;
use super::money::{Dollars, PayBasis};
use super::salary_input::{parse_amount, salary_field_text, SalaryInputError};
use super::short_sort::sort_short_by;
use super::table::{Cell, Column, Table, Unit};
use super::view_state::{Measure, SortDir, SortKey, ViewState};
use std::cmp::Ordering;

/// What a range whose minimum is above its maximum is told.
pub const RANGE_ORDER_ERROR: &str =
    "The minimum is above the maximum; lower the minimum or raise the maximum.";

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
    if !passes_place_filters(state.state, view) {
        return false;
    }
    let value = measure_value(state, view.measure, national_median);
    view.min.is_none_or(|min| value >= min) && view.max.is_none_or(|max| value <= max)
}

/// True when the state passes the area and name filters (the ones that need no figures).
pub fn passes_place_filters(info: &StateInfo, view: &ViewState) -> bool {
    if let Some(area) = view.area {
        if !area.contains(info.division) {
            return false;
        }
    }
    let query = view.name_query.trim();
    if query.is_empty() {
        return true;
    }
    // State names are ASCII; other characters simply never match.
    let query = query.to_ascii_lowercase();
    info.name.to_ascii_lowercase().contains(&query) || info.code.eq_ignore_ascii_case(&query)
}

/// The States table's columns, in order, with the sort key each one sorts by.
pub const TABLE_COLUMNS: [(&str, Unit, SortKey); 5] = [
    ("State", Unit::Text, SortKey::Name),
    ("Bottom 10%", Unit::Money, SortKey::Bottom10),
    ("Median", Unit::Money, SortKey::Median),
    ("Top 10%", Unit::Money, SortKey::Top10),
    ("Spread", Unit::Money, SortKey::Spread),
];

/// The States table: a row per state in `rows`, its name and figures in `basis`.
pub fn states_table(rows: &[StateWages], basis: PayBasis) -> Table {
    Table {
        basis,
        columns: TABLE_COLUMNS
            .iter()
            .map(|(name, unit, _)| Column::new(*name, *unit))
            .collect(),
        rows: rows
            .iter()
            .map(|s| {
                vec![
                    Cell::Text(s.state.name.to_string()),
                    Cell::Money(s.p10),
                    Cell::Money(s.median),
                    Cell::Money(s.p90),
                    Cell::Money(s.spread()),
                ]
            })
            .collect(),
    }
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
    sort_short_by(rows, |a, b| {
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

/// The direction a sort starts in: names A to Z, figures highest first.
pub fn first_direction(key: SortKey) -> SortDir {
    match key {
        SortKey::Name => SortDir::Ascending,
        _ => SortDir::Descending,
    }
}

/// The sort after a column header is clicked: the same key flips direction, a new key
/// starts in its first direction.
pub fn sort_after_click(view: &ViewState, clicked: SortKey) -> (SortKey, SortDir) {
    if view.sort == clicked {
        let flipped = match view.dir {
            SortDir::Ascending => SortDir::Descending,
            SortDir::Descending => SortDir::Ascending,
        };
        (clicked, flipped)
    } else {
        (clicked, first_direction(clicked))
    }
}

/// True when any of the area, name or range filters is set.
pub fn has_filters(view: &ViewState) -> bool {
    view.area.is_some()
        || !view.name_query.trim().is_empty()
        || view.min.is_some()
        || view.max.is_some()
}

/// Reads a typed range bound ("45000", "$45k", hourly "21.50", "-5000" for a difference)
/// in `basis` as whole annual dollars. Empty text is no bound (Ok(None)); Err says what to
/// type instead.
pub fn parse_range_bound(
    input: &str,
    basis: PayBasis,
    measure: Measure,
) -> Result<Option<i64>, String> {
    let text = input.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let (negative, rest) = match text.strip_prefix(['-', '−']) {
        Some(rest) => (true, rest.trim_start()),
        None => (false, text),
    };
    if negative && measure != Measure::VsNational {
        return Err(format!(
            "{} can't be negative; type an amount such as 45000.",
            measure.label()
        ));
    }
    const TOO_LARGE: &str = "Type an amount up to $1,000,000 a year.";
    let annual = match parse_amount(rest, basis) {
        Ok(annual) => annual,
        Err(SalaryInputError::Empty) => {
            return Err("Type an amount after the minus sign, for example -5000.".into())
        }
        Err(SalaryInputError::TooLarge) => return Err(TOO_LARGE.into()),
        Err(other) => return Err(other.to_string()),
    };
    // The limit shown per hour is rounded to the cent ($480.77), which is a few dollars a
    // year above it; that still means the limit.
    let cent_rounding = basis.to_annual(0.005);
    if annual > MAX_RANGE_BOUND as f64 + cent_rounding {
        return Err(TOO_LARGE.into());
    }
    let annual = annual.round().min(MAX_RANGE_BOUND as f64) as i64;
    Ok(Some(if negative { -annual } else { annual }))
}

/// The largest range bound, in annual dollars (the URL accepts the same).
pub const MAX_RANGE_BOUND: i64 = 1_000_000;

/// The text to show in a range field for a bound in annual dollars, in `basis`.
pub fn range_bound_text(bound: Option<i64>, basis: PayBasis) -> String {
    match bound {
        None => String::new(),
        Some(annual) => salary_field_text(annual as f64, basis),
    }
}
