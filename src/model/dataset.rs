//! The embedded data: read from data/*.json, checked once ([`load`]), then trusted
//! everywhere else.

use super::geo::StateInfo;
use super::metro::MetroArea;
use super::money::Dollars;
use serde::Deserialize;
use std::fmt;

mod load;

pub use load::{load, load_embedded, EMBEDDED, METROS_FILE, NATIONAL_FILE, STATES_FILE};

/// Where the figures come from.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub publisher: String,
    pub title: String,
    pub wage_year: u16,
}

/// The national wage percentiles.
#[derive(Clone, Copy, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NationalWages {
    pub p10: Dollars,
    pub p25: Dollars,
    pub median: Dollars,
    pub p75: Dollars,
    pub p90: Dollars,
}

impl NationalWages {
    /// The published percentiles in order: (percentile, amount).
    pub fn points(&self) -> [(u8, Dollars); 5] {
        [
            (10, self.p10),
            (25, self.p25),
            (50, self.median),
            (75, self.p75),
            (90, self.p90),
        ]
    }
}

/// Projected job growth.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Outlook {
    pub growth_percent: f64,
    pub from_year: u16,
    pub through_year: u16,
    pub note: String,
}

/// One state's published wages.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct StateWages {
    pub state: &'static StateInfo,
    pub median: Dollars,
    pub p10: Dollars,
    pub p90: Dollars,
}

impl StateWages {
    /// Top 10% minus bottom 10%.
    pub fn spread(&self) -> Dollars {
        Dollars(self.p90.0.saturating_sub(self.p10.0))
    }

    /// Bottom 10%, median and top 10%, low to high.
    pub fn figures(&self) -> [Dollars; 3] {
        [self.p10, self.median, self.p90]
    }

    /// The published points in order: (percentile, amount).
    pub fn points(&self) -> [(u8, Dollars); 3] {
        [(10, self.p10), (50, self.median), (90, self.p90)]
    }
}

/// A metro area in the highest-paying list.
#[derive(Clone, Debug, PartialEq)]
pub struct MetroPay {
    pub area: MetroArea,
    pub median: Dollars,
}

/// A metro area in the most-employment list.
#[derive(Clone, Debug, PartialEq)]
pub struct MetroJobs {
    pub area: MetroArea,
    pub employment: u32,
}

/// Everything the app shows, validated.
#[derive(Clone, Debug, PartialEq)]
pub struct Dataset {
    pub source: Source,
    pub occupation: String,
    pub national: NationalWages,
    pub outlook: Outlook,
    /// States with data, alphabetical by name.
    pub states: Vec<StateWages>,
    pub highest_paying: Vec<MetroPay>,
    pub highest_paying_note: String,
    pub most_employment: Vec<MetroJobs>,
    pub most_employment_note: String,
}

impl Dataset {
    /// The states of [`super::geo::STATES`] that the source does not list.
    pub fn states_without_data(&self) -> Vec<&'static StateInfo> {
        super::geo::STATES
            .iter()
            .filter(|info| !self.states.iter().any(|s| s.state.code == info.code))
            .collect()
    }

    /// The wages of the state with this postal code, if the source lists it.
    pub fn state(&self, code: &str) -> Option<&StateWages> {
        self.states.iter().find(|s| s.state.code == code)
    }
}

/// A problem in a data file, with enough context to fix it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataError {
    pub file: &'static str,
    /// "row 12 (Ohio)" or "percentiles"; empty for whole-file problems.
    pub place: String,
    pub field: String,
    pub message: String,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if !self.place.is_empty() {
            write!(f, " {}", self.place)?;
        }
        if !self.field.is_empty() {
            write!(f, ", field {}", self.field)?;
        }
        write!(f, ": {}", self.message)
    }
}
