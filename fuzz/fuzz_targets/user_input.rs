//! Everything a user or a link can send, in one target: the query string, a typed salary, a
//! typed salary range bound and a metro label. None may panic; what is accepted must be
//! sane, and whatever a field accepts must survive a trip through the link.
#![no_main]

use libfuzzer_sys::fuzz_target;
use salary_explorer::model::metro::parse_metro_label;
use salary_explorer::model::money::PayBasis;
use salary_explorer::model::salary_input::{
    parse_salary, salary_for_link, MAX_ANNUAL_SALARY, MIN_SALARY,
};
use salary_explorer::model::state_rows::{parse_range_bound, range_bound_text, MAX_RANGE_BOUND};
use salary_explorer::model::url::decode_component;
use salary_explorer::model::view_state::{Measure, ViewState, MAX_NOTICES, MAX_SELECTED};

/// Asserts that `state` written as a link reads back as itself with nothing to complain about.
fn assert_link_round_trips(state: ViewState) {
    let (again, notices) = ViewState::from_query(&state.to_query());
    assert_eq!(again, state, "a view must survive its own link");
    assert!(notices.is_empty(), "its own link gave notices: {notices:?}");
}

fuzz_target!(|bytes: &[u8]| {
    let text = String::from_utf8_lossy(bytes);

    let (state, notices) = ViewState::from_query(&text);
    assert!(notices.len() <= MAX_NOTICES, "{} notices", notices.len());
    assert!(state.selected.len() <= MAX_SELECTED);
    assert_link_round_trips(state);

    for pay in [PayBasis::Annual, PayBasis::Hourly] {
        if let Ok(annual) = parse_salary(&text, pay) {
            assert!(annual >= f64::from(MIN_SALARY) && annual <= MAX_ANNUAL_SALARY);
            let shared_salary = salary_for_link(annual);
            assert!(shared_salary.is_some(), "{annual} cannot be shared");
            assert_link_round_trips(ViewState {
                pay,
                shared_salary,
                ..ViewState::default()
            });
        }
        for measure in Measure::ALL {
            let Ok(Some(bound)) = parse_range_bound(&text, pay, measure) else {
                continue;
            };
            assert!(bound.abs() <= MAX_RANGE_BOUND);
            assert!(bound >= 0 || measure == Measure::VsNational);
            let shown = range_bound_text(Some(bound), pay);
            assert!(
                parse_range_bound(&shown, pay, measure).is_ok(),
                "{bound} shown as {shown:?} is refused"
            );
            assert_link_round_trips(ViewState {
                pay,
                measure,
                min: Some(bound),
                ..ViewState::default()
            });
        }
    }
    if let Ok(area) = parse_metro_label(&text) {
        assert!(!area.states.is_empty() && !area.name.is_empty());
    }
    let _ = decode_component(&text);
});
