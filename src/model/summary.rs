//! The few plain sentences written under each chart: what it shows for the current filters,
//! selection and pay basis. Every number in them is a figure from the data, or a difference
//! or ratio of two figures, written by the one money formatter.

use super::dataset::{Dataset, StateWages};
use super::locator::{describe_metros, locate};
use super::metro_rows::{filter_phrase, in_both_lists, MetroRow, MetroTable};
use super::money::{fixed, group_thousands, Dollars, PayBasis};
use super::state_rows::{measure_value, passes_place_filters, visible_states};
use super::stats::{describe_placement, Placement};
use super::view_state::{Measure, ViewState};
use super::words::and_list;

/// The names tied at the highest (or lowest) value, and that value; None for no items.
fn tied<'a>(items: &[(&'a str, i64)], highest: bool) -> Option<(Vec<&'a str>, i64)> {
    let values = items.iter().map(|(_, v)| *v);
    let value = if highest {
        values.max()?
    } else {
        values.min()?
    };
    let names = items
        .iter()
        .filter(|(_, v)| *v == value)
        .map(|(name, _)| *name)
        .collect();
    Some((names, value))
}

/// "pays" for one name, "pay" for several.
fn verb(names: &[&str], one: &'static str, several: &'static str) -> &'static str {
    if names.len() > 1 {
        several
    } else {
        one
    }
}

/// "$26,520 (45.5%) above", "$1,000 (1.7%) below" or "equal to": `value` against `reference`.
pub fn against(basis: PayBasis, value: Dollars, reference: Dollars) -> String {
    let diff = i64::from(value.0) - i64::from(reference.0);
    if diff == 0 || reference.0 == 0 {
        return "equal to".into();
    }
    let percent = diff.unsigned_abs() as f64 / reference.as_f64() * 100.0;
    let side = if diff > 0 { "above" } else { "below" };
    format!(
        "{} ({}%) {side}",
        basis.format_f64(diff.unsigned_abs() as f64),
        fixed(percent, 1)
    )
}

/// The states the source gives no figures for that the area and name filters keep, as a
/// sentence; empty when there are none.
fn missing_sentence(data: &Dataset, view: &ViewState) -> String {
    let missing: Vec<&str> = data
        .states_without_data()
        .into_iter()
        .filter(|info| passes_place_filters(info, view))
        .map(|info| info.name)
        .collect();
    if missing.is_empty() {
        return String::new();
    }
    format!(" The source has no figures for {}.", and_list(&missing))
}

/// "12 of the 48 states with data are shown.": how many states the filters keep.
fn shown_sentence(data: &Dataset, shown: usize) -> String {
    let total = data.states.len();
    match shown {
        0 => format!("None of the {total} states with data matches the filters."),
        n if n == total => format!("All {total} states with data are shown."),
        1 => format!("1 of the {total} states with data is shown."),
        n => format!("{n} of the {total} states with data are shown."),
    }
}

/// The States view's range chart: how many states are shown, the highest and lowest median,
/// how many are above the national median and the widest bottom-10%-to-top-10% range, then
/// where a typed `salary` (annual dollars) falls.
pub fn states_summary(data: &Dataset, view: &ViewState, salary: Option<f64>) -> String {
    let basis = view.pay;
    let national = data.national.median;
    let shown = visible_states(data, view);
    let mut text = shown_sentence(data, shown.len());
    let named = |value: fn(&StateWages) -> i64| -> Vec<(&str, i64)> {
        shown.iter().map(|s| (s.state.name, value(s))).collect()
    };
    let medians = named(|s| s.median.0.into());
    let money = |v: i64| basis.format_f64(v as f64);
    if let [only] = shown.as_slice() {
        text.push_str(&format!(
            " {}'s median, {}, is {} the national median of {}. Its bottom 10% to top 10% range is {} to {}, {} wide.",
            only.state.name,
            basis.format(only.median),
            against(basis, only.median, national),
            basis.format(national),
            basis.format(only.p10),
            basis.format(only.p90),
            basis.format(only.spread()),
        ));
    } else if let (Some((high, top)), Some((low, bottom))) =
        (tied(&medians, true), tied(&medians, false))
    {
        if top == bottom {
            text.push_str(&format!(" They all have the same median, {}.", money(top)));
        } else {
            text.push_str(&format!(
                " {} {} the highest median, {}, and {} the lowest, {}.",
                and_list(&high),
                verb(&high, "pays", "pay"),
                money(top),
                and_list(&low),
                money(bottom)
            ));
        }
        let above = shown.iter().filter(|s| s.median > national).count();
        let national = basis.format(national);
        text.push_str(&match above {
            0 => format!(" None is above the national median of {national}."),
            n if n == shown.len() => format!(" All are above the national median of {national}."),
            n => format!(" {n} of them are above the national median of {national}."),
        });
        if let Some((widest, spread)) = tied(&named(|s| s.spread().0.into()), true) {
            let range = match shown.iter().find(|s| widest.first() == Some(&s.state.name)) {
                Some(s) if widest.len() == 1 => {
                    format!("{} to {}, ", basis.format(s.p10), basis.format(s.p90))
                }
                _ => String::new(),
            };
            text.push_str(&format!(
                " {} {} the widest range from bottom 10% to top 10%: {range}{} wide.",
                and_list(&widest),
                verb(&widest, "has", "have"),
                money(spread)
            ));
        }
    }
    text.push_str(&missing_sentence(data, view));
    text.push_str(&salary_sentence(data, view, salary));
    text
}

/// A measure's value as the map's legend writes it: a signed difference for "vs national".
fn measure_text(basis: PayBasis, measure: Measure, value: i64) -> String {
    let amount = basis.format_f64(value as f64);
    if measure == Measure::VsNational && value > 0 {
        format!("+{amount}")
    } else {
        amount
    }
}

/// The map: what the tiles are coloured by, the highest and lowest of the states shown, and
/// the states without data.
pub fn map_summary(data: &Dataset, view: &ViewState) -> String {
    let basis = view.pay;
    let measure = view.measure;
    let shown = visible_states(data, view);
    let values: Vec<(&str, i64)> = shown
        .iter()
        .map(|s| {
            let value = measure_value(s, measure, data.national.median);
            (s.state.name, value)
        })
        .collect();
    let coloured = format!(
        "Tiles are coloured by {}",
        measure.label().to_ascii_lowercase()
    );
    let mut text = match (tied(&values, true), tied(&values, false)) {
        (Some((high, top)), Some((low, bottom))) if shown.len() > 1 => format!(
            "{coloured}. Of the {} states shown, the highest is {} ({}) and the lowest {} ({}).",
            shown.len(),
            and_list(&high),
            measure_text(basis, measure, top),
            and_list(&low),
            measure_text(basis, measure, bottom)
        ),
        (Some((only, value)), _) => format!(
            "{coloured}. Only {} is shown: {}.",
            and_list(&only),
            measure_text(basis, measure, value)
        ),
        _ => format!("{coloured}. No state with data matches the filters, so every tile is faded."),
    };
    let missing: Vec<&str> = data
        .states_without_data()
        .into_iter()
        .map(|s| s.name)
        .collect();
    if !missing.is_empty() {
        text.push_str(&format!(
            " Hatched tiles: the source has no figures for {}.",
            and_list(&missing)
        ));
    }
    text
}

/// Each chosen state's median against the nation's, a sentence each; empty with no state chosen.
pub fn chosen_states_sentences(data: &Dataset, view: &ViewState) -> String {
    let basis = view.pay;
    let national = data.national.median;
    let mut text = String::new();
    for code in &view.selected {
        let Some(info) = super::geo::state_by_code(code) else {
            continue;
        };
        text.push_str(&match data.state(info.code) {
            Some(s) => format!(
                " {}'s median, {}, is {} the national median.",
                info.name,
                basis.format(s.median),
                against(basis, s.median, national)
            ),
            None => format!(" The source has no figures for {}.", info.name),
        });
    }
    text
}

/// The comparison chart: the national median, each chosen state's against it, and where a
/// typed `salary` (annual dollars) falls.
pub fn comparison_summary(data: &Dataset, view: &ViewState, salary: Option<f64>) -> String {
    format!(
        "The national median is {}.{}{}",
        view.pay.format(data.national.median),
        chosen_states_sentences(data, view),
        salary_sentence(data, view, salary)
    )
}

/// The national chart: the national median and middle half, each chosen state's median
/// against the nation's, and where a typed `salary` (annual dollars) falls.
pub fn national_summary(data: &Dataset, view: &ViewState, salary: Option<f64>) -> String {
    let basis = view.pay;
    let n = &data.national;
    let mut text = format!(
        "Half of workers earn more than the national median of {}; the middle half earn {} to {}, 1 in 10 earns less than {} and 1 in 10 more than {}.",
        basis.format(n.median),
        basis.format(n.p25),
        basis.format(n.p75),
        basis.format(n.p10),
        basis.format(n.p90),
    );
    text.push_str(&chosen_states_sentences(data, view));
    text.push_str(&salary_sentence(data, view, salary));
    text
}

/// " Your salary, $61,000, is about the 54th percentile nationally, …": where a typed
/// `salary` (annual dollars) falls nationally, in each chosen state and against the
/// highest-paying metros, as one sentence; empty without a salary.
pub fn salary_sentence(data: &Dataset, view: &ViewState, salary: Option<f64>) -> String {
    let Some(report) = salary.and_then(|s| locate(data, s, &view.selected)) else {
        return String::new();
    };
    let mut estimated = matches!(report.national, Placement::Estimate(_));
    let mut parts = vec![format!(
        "{} nationally",
        describe_placement(report.national)
    )];
    for state in &report.states {
        parts.push(match state.placement {
            Some(placement) => {
                estimated |= matches!(placement, Placement::Estimate(_));
                format!("{} in {}", describe_placement(placement), state.state.name)
            }
            None => format!("not placed in {} (no data)", state.state.name),
        });
    }
    parts.push(describe_metros(&report));
    let parts: Vec<&str> = parts.iter().map(String::as_str).collect();
    format!(
        " Your salary, {}, is {}{}.",
        view.pay.format_f64(salary.unwrap_or_default()),
        and_list(&parts),
        if estimated {
            " (a percentile between published ones is an estimate)"
        } else {
            ""
        }
    )
}

/// A metro chart: its top metro (how far above the national median, for the highest-paying
/// list; how many people, for the most-employment list), the shown metros that are in both
/// lists, and where a typed `salary` (annual dollars) falls. `rows` are the list's rows that
/// pass the filters.
pub fn metro_summary(
    table: MetroTable,
    data: &Dataset,
    view: &ViewState,
    rows: &[MetroRow<'_>],
    salary: Option<f64>,
) -> String {
    let basis = view.pay;
    let figures: Vec<(&str, i64)> = rows
        .iter()
        .map(|r| (r.area.label.as_str(), r.figure.into()))
        .collect();
    let Some((top, figure)) = tied(&figures, true) else {
        return format!(
            "No metro area in {} matches the filters.",
            table.list_name()
        );
    };
    let of = filter_phrase(view)
        .map(|phrase| format!("Of the metro areas in {} {phrase}, ", table.list_name()))
        .unwrap_or_default();
    let top_names = and_list(&top);
    let mut text = match table {
        MetroTable::HighestPaying => {
            let median = Dollars(u32::try_from(figure).unwrap_or_default());
            let national = data.national.median;
            format!(
                "{of}{top_names} {} the highest median, {}, {} the national median of {}.",
                verb(&top, "has", "have"),
                basis.format(median),
                against(basis, median, national),
                basis.format(national)
            )
        }
        MetroTable::MostEmployment => format!(
            "{of}{top_names} {} the most people in this job, {}.",
            verb(&top, "employs", "employ"),
            group_thousands(figure)
        ),
    };
    let both: Vec<&str> = rows
        .iter()
        .map(|r| r.area.label.as_str())
        .filter(|label| in_both_lists(data, label))
        .collect();
    for label in &both {
        let median = data.highest_paying.iter().find(|m| m.area.label == *label);
        let jobs = data.most_employment.iter().find(|m| m.area.label == *label);
        if let (Some(pay), Some(jobs)) = (median, jobs) {
            text.push_str(&format!(
                " {label} is in both lists: a median of {} and {} people employed.",
                basis.format(pay.median),
                group_thousands(jobs.employment.into())
            ));
        }
    }
    if both.is_empty() {
        let list = match table {
            MetroTable::HighestPaying => MetroTable::MostEmployment,
            MetroTable::MostEmployment => MetroTable::HighestPaying,
        };
        text.push_str(&format!(
            " No metro area shown here is also in {}.",
            list.list_name()
        ));
    }
    text.push_str(&salary_sentence(data, view, salary));
    text
}
