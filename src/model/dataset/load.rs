//! Reading the three data files and checking every figure: the one validator, run by
//! build.rs on data/ and by the host tests. Every problem is reported, not just the first.

use super::{DataError, Dataset, MetroJobs, MetroPay, NationalWages, Outlook, Source, StateWages};
use crate::model::geo::state_by_name;
use crate::model::metro::{parse_metro_label, MetroArea};
use crate::model::money::{group_thousands, Dollars};
use serde::Deserialize;

/// Amounts above this are treated as data-entry mistakes.
const MAX_PLAUSIBLE_WAGE: u32 = 1_000_000;

/// The paths of the data files, as named in error messages.
pub const NATIONAL_FILE: &str = "data/national.json";
pub const STATES_FILE: &str = "data/states.json";
pub const METROS_FILE: &str = "data/metros.json";

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NationalFile {
    source: Source,
    occupation: String,
    // Documentation for people editing the file; required so it is never lost.
    #[serde(rename = "units")]
    _units: String,
    percentiles: NationalWages,
    outlook: Outlook,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StatesFile {
    source: Source,
    #[serde(rename = "units")]
    _units: String,
    #[serde(rename = "rows_note")]
    _rows_note: String,
    states: Vec<StateRow>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StateRow {
    state: String,
    median: Option<Dollars>,
    bottom_10: Option<Dollars>,
    top_10: Option<Dollars>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MetrosFile {
    source: Source,
    highest_paying: MetroList<MetroPayRow>,
    most_employment: MetroList<MetroJobsRow>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MetroList<R> {
    #[serde(rename = "units")]
    _units: String,
    note: String,
    rows: Vec<R>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MetroPayRow {
    area: String,
    median: Option<Dollars>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MetroJobsRow {
    area: String,
    employment: Option<u32>,
}

/// Collects every problem rather than stopping at the first, so one run shows them all.
struct Checker {
    errors: Vec<DataError>,
}

impl Checker {
    /// A metro list's row must not be above the one before it (`previous`, None for the
    /// first): the lists are published in descending order of `field`.
    fn descending(&mut self, place: &str, field: &str, previous: Option<u32>, value: u32) {
        if previous.is_some_and(|previous| previous < value) {
            self.fail(
                METROS_FILE,
                place,
                field,
                format!("rows must be in descending order of {field}, as published"),
            );
        }
    }

    fn fail(&mut self, file: &'static str, place: &str, field: &str, message: String) {
        self.errors.push(DataError {
            file,
            place: place.to_string(),
            field: field.to_string(),
            message,
        });
    }

    fn parse<T: serde::de::DeserializeOwned>(
        &mut self,
        file: &'static str,
        text: &str,
    ) -> Option<T> {
        match serde_json::from_str(text) {
            Ok(parsed) => Some(parsed),
            Err(err) => {
                self.fail(file, "", "", format!("not valid for this layout: {err}"));
                None
            }
        }
    }

    /// The amount when it is present and positive; a missing or zero one is reported and
    /// kept out of further checks, so one mistake gives one message.
    fn amount(
        &mut self,
        file: &'static str,
        place: &str,
        field: &str,
        value: Option<Dollars>,
    ) -> Option<Dollars> {
        match value {
            None => {
                self.fail(
                    file,
                    place,
                    field,
                    "missing (write the published amount in whole dollars)".into(),
                );
                None
            }
            Some(Dollars(0)) => {
                self.fail(file, place, field, "is 0; amounts must be positive".into());
                None
            }
            Some(Dollars(v)) if v > MAX_PLAUSIBLE_WAGE => {
                self.fail(
                    file,
                    place,
                    field,
                    format!(
                        "{} is implausibly high (over {})",
                        group_thousands(v.into()),
                        group_thousands(MAX_PLAUSIBLE_WAGE.into())
                    ),
                );
                Some(Dollars(v))
            }
            Some(v) => Some(v),
        }
    }

    /// Checks that `points` (field name, amount) never decrease.
    fn ordered(&mut self, file: &'static str, place: &str, points: &[(&str, Dollars)]) {
        for pair in points.windows(2) {
            if let [(low_name, low), (high_name, high)] = pair {
                if low > high {
                    self.fail(
                        file,
                        place,
                        high_name,
                        format!(
                            "{} is below {low_name} {}; expected {low_name} <= {high_name}",
                            group_thousands(high.0.into()),
                            group_thousands(low.0.into())
                        ),
                    );
                }
            }
        }
    }

    fn same_source(&mut self, file: &'static str, source: &Source, reference: &Source) {
        if source != reference {
            self.fail(
                file,
                "",
                "source",
                format!("differs from {NATIONAL_FILE}: every file must cite the same source"),
            );
        }
    }

    /// A metro in one of metros.json's lists: named once in the list (`listed` are the
    /// areas read before it) and with a label that parses.
    fn listed_metro<'a>(
        &mut self,
        place: &str,
        label: &str,
        mut listed: impl Iterator<Item = &'a MetroArea>,
    ) -> Option<MetroArea> {
        if listed.any(|m| m.label == label) {
            self.fail(
                METROS_FILE,
                place,
                "area",
                "appears twice in this list".into(),
            );
        }
        match parse_metro_label(label) {
            Ok(area) => Some(area),
            Err(err) => {
                self.fail(METROS_FILE, place, "area", format!("\"{label}\": {err}"));
                None
            }
        }
    }
}

/// Reads and validates the three data files' text.
pub fn load(national: &str, states: &str, metros: &str) -> Result<Dataset, Vec<DataError>> {
    let mut check = Checker { errors: Vec::new() };
    let national_file: Option<NationalFile> = check.parse(NATIONAL_FILE, national);
    let states_file: Option<StatesFile> = check.parse(STATES_FILE, states);
    let metros_file: Option<MetrosFile> = check.parse(METROS_FILE, metros);
    let (Some(national_file), Some(states_file), Some(metros_file)) =
        (national_file, states_file, metros_file)
    else {
        return Err(check.errors);
    };

    let wages = national_file.percentiles;
    let named = [
        ("p10", wages.p10),
        ("p25", wages.p25),
        ("median", wages.median),
        ("p75", wages.p75),
        ("p90", wages.p90),
    ];
    let valid = named
        .iter()
        .filter(|(field, amount)| {
            check
                .amount(NATIONAL_FILE, "percentiles", field, Some(*amount))
                .is_some()
        })
        .count();
    if valid == named.len() {
        check.ordered(NATIONAL_FILE, "percentiles", &named);
    }
    let outlook = &national_file.outlook;
    if !(outlook.growth_percent.is_finite() && (-100.0..=1000.0).contains(&outlook.growth_percent))
    {
        check.fail(
            NATIONAL_FILE,
            "outlook",
            "growth_percent",
            "must be a percentage between -100 and 1000".into(),
        );
    }
    if outlook.through_year <= outlook.from_year {
        check.fail(
            NATIONAL_FILE,
            "outlook",
            "through_year",
            "must be after from_year".into(),
        );
    }

    check.same_source(STATES_FILE, &states_file.source, &national_file.source);
    check.same_source(METROS_FILE, &metros_file.source, &national_file.source);

    let mut state_rows: Vec<StateWages> = Vec::new();
    for (i, row) in states_file.states.iter().enumerate() {
        let place = format!("row {} ({})", i + 1, row.state);
        let Some(info) = state_by_name(&row.state) else {
            check.fail(
                STATES_FILE,
                &place,
                "state",
                format!("\"{}\" is not a state or DC name as the source spells it (e.g. \"District of Columbia\")", row.state),
            );
            continue;
        };
        if state_rows.iter().any(|s| s.state.code == info.code) {
            check.fail(
                STATES_FILE,
                &place,
                "state",
                format!("{} appears twice", row.state),
            );
            continue;
        }
        let median = check.amount(STATES_FILE, &place, "median", row.median);
        let p10 = check.amount(STATES_FILE, &place, "bottom_10", row.bottom_10);
        let p90 = check.amount(STATES_FILE, &place, "top_10", row.top_10);
        let (Some(median), Some(p10), Some(p90)) = (median, p10, p90) else {
            continue;
        };
        check.ordered(
            STATES_FILE,
            &place,
            &[("bottom_10", p10), ("median", median), ("top_10", p90)],
        );
        state_rows.push(StateWages {
            state: info,
            median,
            p10,
            p90,
        });
    }
    state_rows.sort_by_key(|s| s.state.name);

    let mut highest_paying: Vec<MetroPay> = Vec::new();
    for (i, row) in metros_file.highest_paying.rows.iter().enumerate() {
        let place = format!("highest_paying row {} ({})", i + 1, row.area);
        let Some(median) = check.amount(METROS_FILE, &place, "median", row.median) else {
            continue;
        };
        check.descending(
            &place,
            "median",
            highest_paying.last().map(|m| m.median.0),
            median.0,
        );
        if let Some(area) =
            check.listed_metro(&place, &row.area, highest_paying.iter().map(|m| &m.area))
        {
            highest_paying.push(MetroPay { area, median });
        }
    }

    let mut most_employment: Vec<MetroJobs> = Vec::new();
    for (i, row) in metros_file.most_employment.rows.iter().enumerate() {
        let place = format!("most_employment row {} ({})", i + 1, row.area);
        let employment = match row.employment {
            Some(n) if n > 0 => n,
            Some(_) => {
                check.fail(
                    METROS_FILE,
                    &place,
                    "employment",
                    "is 0; counts must be positive".into(),
                );
                0
            }
            None => {
                check.fail(
                    METROS_FILE,
                    &place,
                    "employment",
                    "missing (write the published count)".into(),
                );
                0
            }
        };
        let previous = most_employment.last().map(|m| m.employment);
        check.descending(&place, "employment", previous, employment);
        if let Some(area) =
            check.listed_metro(&place, &row.area, most_employment.iter().map(|m| &m.area))
        {
            most_employment.push(MetroJobs { area, employment });
        }
    }

    if !check.errors.is_empty() {
        return Err(check.errors);
    }
    Ok(Dataset {
        source: national_file.source,
        occupation: national_file.occupation,
        national: wages,
        outlook: national_file.outlook,
        states: state_rows,
        highest_paying,
        highest_paying_note: metros_file.highest_paying.note,
        most_employment,
        most_employment_note: metros_file.most_employment.note,
    })
}

/// The data files' text, compiled into the binary.
pub const EMBEDDED: [&str; 3] = [
    include_str!("../../../data/national.json"),
    include_str!("../../../data/states.json"),
    include_str!("../../../data/metros.json"),
];

/// Reads and validates the embedded data.
pub fn load_embedded() -> Result<Dataset, Vec<DataError>> {
    let [national, states, metros] = EMBEDDED;
    load(national, states, metros)
}
