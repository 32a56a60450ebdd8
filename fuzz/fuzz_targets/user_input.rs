//! Everything a user or a link can send, in one target: the query string, a typed salary, a
//! range bound and a metro label. None may panic; what is accepted must be sane.
#![no_main]

use libfuzzer_sys::fuzz_target;
use salary_explorer::model::metro::parse_metro_label;
use salary_explorer::model::money::PayBasis;
use salary_explorer::model::salary_input::{parse_salary, MAX_ANNUAL_SALARY};
use salary_explorer::model::url::decode_component;
use salary_explorer::model::view_state::{ViewState, MAX_SELECTED};

fuzz_target!(|bytes: &[u8]| {
    let text = String::from_utf8_lossy(bytes);

    let (state, _) = ViewState::from_query(&text);
    assert!(state.selected.len() <= MAX_SELECTED);
    let (again, notices) = ViewState::from_query(&state.to_query());
    assert_eq!(again, state, "a view read from a link must survive its own link");
    assert!(notices.is_empty());

    for basis in [PayBasis::Annual, PayBasis::Hourly] {
        if let Ok(annual) = parse_salary(&text, basis) {
            assert!(annual > 0.0 && annual <= MAX_ANNUAL_SALARY && annual.is_finite());
        }
    }
    if let Ok(area) = parse_metro_label(&text) {
        assert!(!area.states.is_empty() && !area.name.is_empty());
    }
    let _ = decode_component(&text);
});
