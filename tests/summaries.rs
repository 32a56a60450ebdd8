//! The sentences under each chart, from the real embedded data: each figure they name is
//! found here again from the data itself, not copied from the sentence.

use salary_explorer::model::dataset::{load_embedded, Dataset, StateWages};
use salary_explorer::model::geo::Region;
use salary_explorer::model::metro_rows::{visible_rows, MetroTable};
use salary_explorer::model::money::{group_thousands, PayBasis};
use salary_explorer::model::summary::{
    comparison_summary, map_summary, metro_summary, national_summary, salary_sentence,
    states_summary,
};
use salary_explorer::model::view_state::{AreaFilter, Measure, ViewState};

fn dataset() -> Dataset {
    match load_embedded() {
        Ok(data) => data,
        Err(errors) => panic!("embedded data is invalid: {errors:#?}"),
    }
}

fn view(edit: impl FnOnce(&mut ViewState)) -> ViewState {
    let mut view = ViewState::default();
    edit(&mut view);
    view
}

/// The state with the largest (or smallest) value, found by a plain scan.
fn extreme(data: &Dataset, value: fn(&StateWages) -> u32, largest: bool) -> &StateWages {
    let mut best = &data.states[0];
    for s in &data.states {
        let better = if largest {
            value(s) > value(best)
        } else {
            value(s) < value(best)
        };
        if better {
            best = s;
        }
    }
    best
}

#[test]
fn the_states_summary_names_the_highest_and_lowest_median_the_count_above_and_the_widest_range() {
    let data = dataset();
    let text = states_summary(&data, &ViewState::default(), None);
    let high = extreme(&data, |s| s.median.0, true);
    let low = extreme(&data, |s| s.median.0, false);
    let wide = extreme(&data, |s| s.p90.0 - s.p10.0, true);
    let above = data
        .states
        .iter()
        .filter(|s| s.median > data.national.median)
        .count();
    let f = |d| PayBasis::Annual.format(d);
    assert!(text.starts_with(&format!(
        "All {} states with data are shown.",
        data.states.len()
    )));
    assert!(
        text.contains(&format!(
            "{} pays the highest median, {}, and {} the lowest, {}.",
            high.state.name,
            f(high.median),
            low.state.name,
            f(low.median)
        )),
        "{text}"
    );
    assert!(text.contains(&format!(
        " {above} of them are above the national median of $58,250."
    )));
    assert!(
        text.contains(&format!(
            "{} has the widest range from bottom 10% to top 10%: {} to {}, {} wide.",
            wide.state.name,
            f(wide.p10),
            f(wide.p90),
            f(wide.spread())
        )),
        "{text}"
    );
    assert!(text.ends_with(" The source has no figures for Alabama, North Dakota and Wyoming."));
}

#[test]
fn the_states_summary_follows_the_area_filter_and_the_pay_basis() {
    let data = dataset();
    let west = view(|v| {
        v.area = Some(AreaFilter::Region(Region::West));
        v.pay = PayBasis::Hourly;
    });
    let shown: Vec<&StateWages> = data
        .states
        .iter()
        .filter(|s| s.state.division.region() == Region::West)
        .collect();
    let text = states_summary(&data, &west, None);
    assert!(
        text.starts_with(&format!(
            "{} of the {} states with data are shown.",
            shown.len(),
            data.states.len()
        )),
        "{text}"
    );
    let low = shown.iter().min_by_key(|s| s.median).unwrap();
    assert!(text.contains(&format!(
        "the lowest, {}.",
        PayBasis::Hourly.format(low.median)
    )));
    assert!(text.contains("national median of $28.00."), "{text}");
    // Wyoming lies in the West and has no figures; Alabama does not.
    assert!(
        text.ends_with(" The source has no figures for Wyoming."),
        "{text}"
    );
}

#[test]
fn one_state_is_described_alone_and_no_state_says_so() {
    let data = dataset();
    let ohio = view(|v| v.name_query = "ohio".into());
    let text = states_summary(&data, &ohio, None);
    let state = data.state("OH").unwrap();
    assert!(text.starts_with("1 of the 48 states with data is shown. Ohio's median, "));
    assert!(text.contains(&format!(
        "Its bottom 10% to top 10% range is {} to {}, {} wide.",
        PayBasis::Annual.format(state.p10),
        PayBasis::Annual.format(state.p90),
        PayBasis::Annual.format(state.spread())
    )));
    let none = view(|v| v.name_query = "zzz".into());
    assert_eq!(
        states_summary(&data, &none, None),
        "None of the 48 states with data matches the filters."
    );
    // A state without figures found by name is named as missing, not as a figure.
    let wyoming = view(|v| v.name_query = "wyoming".into());
    assert_eq!(
        states_summary(&data, &wyoming, None),
        "None of the 48 states with data matches the filters. The source has no figures for Wyoming."
    );
}

#[test]
fn a_median_against_the_nation_is_the_difference_and_its_percent() {
    let data = dataset();
    let chosen = view(|v| v.selected = vec!["CA", "WY", "WV"]);
    let text = comparison_summary(&data, &chosen, None);
    let ca = data.state("CA").unwrap();
    let wv = data.state("WV").unwrap();
    let national = data.national.median.0;
    let pct = |d: u32| format!("{:.1}%", f64::from(d) / f64::from(national) * 100.0);
    let up = ca.median.0 - national;
    let down = national - wv.median.0;
    assert_eq!(
        text,
        format!(
            "The national median is $58,250. California's median, {}, is {} ({}) above the national median. The source has no figures for Wyoming. West Virginia's median, {}, is {} ({}) below the national median.",
            PayBasis::Annual.format(ca.median),
            PayBasis::Annual.format_f64(up.into()),
            pct(up),
            PayBasis::Annual.format(wv.median),
            PayBasis::Annual.format_f64(down.into()),
            pct(down),
        )
    );
}

#[test]
fn the_national_summary_gives_the_middle_half_and_the_typed_salary_in_one_sentence() {
    let data = dataset();
    let n = &data.national;
    let text = national_summary(&data, &ViewState::default(), None);
    assert_eq!(
        text,
        format!(
            "Half of workers earn more than the national median of $58,250; the middle half earn {} to {}, 1 in 10 earns less than {} and 1 in 10 more than {}.",
            PayBasis::Annual.format(n.p25),
            PayBasis::Annual.format(n.p75),
            PayBasis::Annual.format(n.p10),
            PayBasis::Annual.format(n.p90)
        )
    );
    let with_salary = national_summary(&data, &ViewState::default(), Some(58_250.0));
    assert!(with_salary.ends_with(" Your salary, $58,250, is about the 50th percentile nationally and below the median of all 10 highest-paying metro areas (a percentile between published ones is an estimate)."), "{with_salary}");
    // The whole salary part is one sentence.
    let sentence = salary_sentence(&data, &ViewState::default(), Some(58_250.0));
    assert_eq!(sentence.matches(". ").count(), 0, "{sentence}");
    assert_eq!(salary_sentence(&data, &ViewState::default(), None), "");
}

#[test]
fn the_salary_sentence_places_it_in_each_chosen_state_and_says_when_one_has_no_data() {
    let data = dataset();
    let chosen = view(|v| {
        v.selected = vec!["CA", "WY"];
        v.pay = PayBasis::Hourly;
    });
    let above_all = f64::from(data.highest_paying[0].median.0) + 1.0;
    let text = salary_sentence(&data, &chosen, Some(200_000.0));
    assert_eq!(
        text,
        " Your salary, $96.15, is above the 90th percentile nationally, above the 90th percentile in California, not placed in Wyoming (no data) and above the median of all 10 highest-paying metro areas."
    );
    assert!(salary_sentence(&data, &chosen, Some(above_all)).contains("all 10 highest-paying"));
}

#[test]
fn the_map_summary_follows_the_measure_and_names_the_hatched_states() {
    let data = dataset();
    let spread = view(|v| v.measure = Measure::Spread);
    let text = map_summary(&data, &spread);
    let wide = extreme(&data, |s| s.p90.0 - s.p10.0, true);
    let narrow = extreme(&data, |s| s.p90.0 - s.p10.0, false);
    assert_eq!(
        text,
        format!(
            "Tiles are coloured by spread (top 10% − bottom 10%). Of the 48 states shown, the highest is {} ({}) and the lowest {} ({}). Hatched tiles: the source has no figures for Alabama, North Dakota and Wyoming.",
            wide.state.name,
            PayBasis::Annual.format(wide.spread()),
            narrow.state.name,
            PayBasis::Annual.format(narrow.spread()),
        )
    );
    let vs = map_summary(&data, &view(|v| v.measure = Measure::VsNational));
    let high = extreme(&data, |s| s.median.0, true);
    let diff = high.median.0 - data.national.median.0;
    assert!(
        vs.contains(&format!(
            "the highest is {} (+{})",
            high.state.name,
            PayBasis::Annual.format_f64(diff.into())
        )),
        "{vs}"
    );
}

#[test]
fn the_metro_summaries_name_the_top_metro_and_the_one_in_both_lists() {
    let data = dataset();
    let plain = ViewState::default();
    let pay_rows = visible_rows(&data, &plain, MetroTable::HighestPaying);
    let top = &data.highest_paying[0];
    let diff = top.median.0 - data.national.median.0;
    let pay = metro_summary(MetroTable::HighestPaying, &data, &plain, &pay_rows, None);
    assert!(
        pay.starts_with(&format!(
            "{} has the highest median, {}, {} ({:.1}%) above the national median of $58,250.",
            top.area.label,
            PayBasis::Annual.format(top.median),
            PayBasis::Annual.format_f64(diff.into()),
            f64::from(diff) / f64::from(data.national.median.0) * 100.0
        )),
        "{pay}"
    );
    // The one metro in both published lists, found from the lists themselves.
    let both: Vec<_> = data
        .highest_paying
        .iter()
        .filter_map(|p| {
            let jobs = data.most_employment.iter().find(|j| j.area == p.area)?;
            Some((p, jobs))
        })
        .collect();
    assert_eq!(both.len(), 1);
    let (both_pay, both_jobs) = both[0];
    let sentence = format!(
        " {} is in both lists: a median of {} and {} people employed.",
        both_pay.area.label,
        PayBasis::Annual.format(both_pay.median),
        group_thousands(both_jobs.employment.into())
    );
    assert!(pay.ends_with(&sentence), "{pay}");
    let jobs_rows = visible_rows(&data, &plain, MetroTable::MostEmployment);
    let jobs = metro_summary(MetroTable::MostEmployment, &data, &plain, &jobs_rows, None);
    assert!(
        jobs.starts_with(&format!(
            "{} employs the most people in this job, 1,840.",
            data.most_employment[0].area.label
        )),
        "{jobs}"
    );
    assert!(jobs.ends_with(&sentence));
}

#[test]
fn a_filtered_metro_summary_says_where_and_an_empty_one_says_nothing_matches() {
    let data = dataset();
    let texas = view(|v| v.metro_state = Some("TX"));
    let rows = visible_rows(&data, &texas, MetroTable::MostEmployment);
    let text = metro_summary(MetroTable::MostEmployment, &data, &texas, &rows, None);
    let first_in_texas = data
        .most_employment
        .iter()
        .find(|m| m.area.spans("TX"))
        .unwrap();
    assert!(text.starts_with(&format!(
        "Of the metro areas in the most-employment list in Texas, {} employs the most people in this job, ",
        first_in_texas.area.label
    )), "{text}");
    assert!(text.ends_with(" No metro area shown here is also in the highest-paying list."));
    let pay_rows = visible_rows(&data, &texas, MetroTable::HighestPaying);
    assert_eq!(
        metro_summary(MetroTable::HighestPaying, &data, &texas, &pay_rows, None),
        "No metro area in the highest-paying list matches the filters."
    );
}
