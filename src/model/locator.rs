//! The salary locator: where one salary falls nationally, in chosen states and against the
//! highest-paying metros.

use super::dataset::Dataset;
use super::geo::{state_by_code, StateInfo};
use super::stats::{locate_salary, Placement};

/// Where a salary falls in one chosen state.
#[derive(Clone, Debug, PartialEq)]
pub struct StatePlacement {
    pub state: &'static StateInfo,
    /// None when the source has no figures for the state.
    pub placement: Option<Placement>,
}

/// Everything the locator says about one salary.
#[derive(Clone, Debug, PartialEq)]
pub struct LocatorReport {
    pub national: Placement,
    pub states: Vec<StatePlacement>,
    /// How many of the highest-paying metros have a median below the salary.
    pub metros_below: usize,
    pub metros_total: usize,
}

/// Locates `salary` (annual dollars) against the data; `selected` are postal codes.
pub fn locate(data: &Dataset, salary: f64, selected: &[&str]) -> Option<LocatorReport> {
    let national = locate_salary(salary, &data.national.points())?;
    let states = selected
        .iter()
        .filter_map(|code| state_by_code(code))
        .map(|state| StatePlacement {
            state,
            placement: data
                .state(state.code)
                .and_then(|w| locate_salary(salary, &w.points())),
        })
        .collect();
    let metros_below = data
        .highest_paying
        .iter()
        .filter(|m| salary > m.median.as_f64())
        .count();
    Some(LocatorReport {
        national,
        states,
        metros_below,
        metros_total: data.highest_paying.len(),
    })
}

/// "above the median of 4 of the 10 highest-paying metro areas".
pub fn describe_metros(report: &LocatorReport) -> String {
    match report.metros_below {
        0 => format!(
            "below the median of all {} highest-paying metro areas",
            report.metros_total
        ),
        n if n == report.metros_total => {
            format!(
                "above the median of all {} highest-paying metro areas",
                report.metros_total
            )
        }
        n => format!(
            "above the median of {n} of the {} highest-paying metro areas",
            report.metros_total
        ),
    }
}
