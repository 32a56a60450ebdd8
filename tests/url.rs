//! The link is user input: arbitrary query strings never panic, and every view the page can
//! be in survives a trip through its own URL.

use proptest::prelude::*;
use salary_explorer::model::geo::{Division, Region, STATES};
use salary_explorer::model::metro_rows::MetroTable;
use salary_explorer::model::money::{PayBasis, HOURS_PER_YEAR};
use salary_explorer::model::salary_input::{
    parse_salary, salary_field_text, salary_for_link, SalaryInputError, MAX_ANNUAL_SALARY,
};
use salary_explorer::model::url::{decode_component, encode_component};
use salary_explorer::model::view_state::{
    AreaFilter, Measure, SortDir, SortKey, Tab, TableSort, ViewState, MAX_SELECTED,
};

fn any_view_state() -> impl Strategy<Value = ViewState> {
    let tab = prop::sample::select(Tab::ALL.to_vec());
    let pay = prop::sample::select(vec![PayBasis::Annual, PayBasis::Hourly]);
    let codes: Vec<&'static str> = STATES.iter().map(|s| s.code).collect();
    let selected = prop::sample::subsequence(codes.clone(), 0..=MAX_SELECTED).prop_shuffle();
    let measure = prop::sample::select(Measure::ALL.to_vec());
    let sort = prop::sample::select(SortKey::ALL.to_vec());
    let dir = prop::sample::select(vec![SortDir::Ascending, SortDir::Descending]);
    let mut areas: Vec<Option<AreaFilter>> = vec![None];
    areas.extend(Region::ALL.iter().map(|r| Some(AreaFilter::Region(*r))));
    areas.extend(Division::ALL.iter().map(|d| Some(AreaFilter::Division(*d))));
    let area = prop::sample::select(areas);
    let name = "[a-zA-Z &%+=,]{0,20}".prop_map(|s| s.trim().to_string());
    let range = (
        prop::option::of(-1_000_000i64..=1_000_000),
        prop::option::of(-1_000_000i64..=1_000_000),
    )
        .prop_map(|(a, b)| match (a, b) {
            (Some(a), Some(b)) if a > b => (Some(b), Some(a)),
            other => other,
        });
    let metro = prop::option::of(prop::sample::select(codes));
    let salary = prop::option::of(1u32..=10_000_000);
    let table_sort = |table: MetroTable| {
        prop::option::of(
            (prop::sample::select(table.columns()), any::<bool>())
                .prop_map(|(column, ascending)| TableSort { column, ascending }),
        )
    };
    let metro_options = (
        any::<bool>(),
        table_sort(MetroTable::HighestPaying),
        table_sort(MetroTable::MostEmployment),
    );
    (
        tab,
        pay,
        selected,
        measure,
        sort,
        dir,
        area,
        name,
        range,
        metro,
        salary,
        metro_options,
    )
        .prop_map(
            |(
                tab,
                pay,
                selected,
                measure,
                sort,
                dir,
                area,
                name_query,
                (min, max),
                metro_state,
                shared_salary,
                (metros_in_selected, highest_paying_sort, most_employment_sort),
            )| ViewState {
                tab,
                pay,
                selected,
                measure,
                sort,
                dir,
                area,
                name_query,
                min,
                max,
                metro_state,
                metros_in_selected,
                highest_paying_sort,
                most_employment_sort,
                shared_salary,
            },
        )
}

/// Text typed into the salary field: mostly well-formed amounts, some near misses.
fn typed_salary() -> impl Strategy<Value = String> {
    prop_oneof![
        "\\$?[0-9]{1,3}(,[0-9]{3}){0,3}(\\.[0-9]{0,2})?",
        "[0-9]{0,4}(\\.[0-9]{1,3})? ?[kK]",
        "[-$ 0-9,.kK]{0,12}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn every_accepted_salary_shared_in_a_link_loads(text in typed_salary(), hourly in any::<bool>()) {
        let pay = if hourly { PayBasis::Hourly } else { PayBasis::Annual };
        if let Ok(annual) = parse_salary(&text, pay) {
            let state = ViewState { pay, shared_salary: salary_for_link(annual), ..ViewState::default() };
            prop_assert!(state.shared_salary.is_some(), "{} gives no salary to share", text);
            let (read, notices) = ViewState::from_query(&state.to_query());
            prop_assert_eq!(notices, Vec::<String>::new());
            prop_assert_eq!(read, state);
        }
    }

    #[test]
    fn every_salary_a_link_carries_fills_the_field_with_text_that_reads_back(salary in 1u32..=10_000_000) {
        let (read, notices) = ViewState::from_query(&format!("?salary={salary}"));
        prop_assert_eq!(notices, Vec::<String>::new());
        prop_assert_eq!(read.shared_salary, Some(salary));
        let annual = f64::from(salary);
        let per_year = salary_field_text(annual, PayBasis::Annual);
        prop_assert_eq!(parse_salary(&per_year, PayBasis::Annual), Ok(annual));
        // Per hour the field shows cents, so it reads back within half a cent an hour, or
        // says the amount is under $1 (an hour).
        let per_hour = parse_salary(&salary_field_text(annual, PayBasis::Hourly), PayBasis::Hourly);
        if salary >= HOURS_PER_YEAR {
            let back = per_hour.unwrap_or_default();
            prop_assert!((back - annual).abs() <= 0.005 * f64::from(HOURS_PER_YEAR) + 1e-6, "{} -> {}", salary, back);
        } else {
            prop_assert_eq!(per_hour, Err(SalaryInputError::TooSmall));
        }
    }

    #[test]
    fn a_link_salary_the_field_would_refuse_is_dropped_with_a_notice(
        salary in prop_oneof![Just(0u64), (MAX_ANNUAL_SALARY as u64 + 1)..=u64::MAX]
    ) {
        let (read, notices) = ViewState::from_query(&format!("?salary={salary}"));
        prop_assert_eq!(read.shared_salary, None);
        prop_assert_eq!(notices.len(), 1);
    }

    #[test]
    fn every_view_round_trips_through_its_url(state in any_view_state()) {
        let (read, notices) = ViewState::from_query(&state.to_query());
        prop_assert_eq!(notices, Vec::<String>::new());
        prop_assert_eq!(read, state);
    }

    #[test]
    fn arbitrary_query_strings_never_panic_and_give_a_usable_view(query in "\\PC{0,300}") {
        let (state, notices) = ViewState::from_query(&query);
        prop_assert!(state.selected.len() <= MAX_SELECTED);
        // What was read writes back to a link that reads the same, with nothing to complain about.
        let (again, more) = ViewState::from_query(&state.to_query());
        prop_assert_eq!(again, state);
        prop_assert!(more.is_empty());
        prop_assert!(notices.len() <= 16, "one notice per problem, not per character: {}", notices.len());
    }

    #[test]
    fn query_like_strings_never_panic(query in "[?&=%a-z0-9,+A-Z.-]{0,200}") {
        let _ = ViewState::from_query(&query);
    }

    #[test]
    fn components_round_trip(text in "\\PC{0,50}") {
        prop_assert_eq!(decode_component(&encode_component(&text)), Some(text));
    }
}

#[test]
fn many_repeats_give_one_notice() {
    let query = "?view=states".to_string() + &"&view=about&sort=name".repeat(60);
    let (state, notices) = ViewState::from_query(&query);
    assert_eq!(state.tab, Tab::States);
    assert_eq!(state.sort, SortKey::Name);
    assert_eq!(
        notices,
        ["The link gave view, sort more than once; the first of each was used."]
    );
}

#[test]
fn a_huge_link_is_cut_with_a_notice() {
    let query = format!("?view=states&q={}", "a".repeat(100_000));
    let (state, notices) = ViewState::from_query(&query);
    assert_eq!(state.tab, Tab::States);
    assert!(state.name_query.is_empty());
    assert!(
        notices.iter().any(|n| n.contains("unusually long")),
        "{notices:?}"
    );
}
