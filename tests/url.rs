//! The link is user input: arbitrary query strings never panic, and every view the page can
//! be in survives a trip through its own URL.

use proptest::prelude::*;
use salary_explorer::model::geo::{Division, Region, STATES};
use salary_explorer::model::metro_rows::MetroTable;
use salary_explorer::model::money::{PayBasis, HOURS_PER_YEAR};
use salary_explorer::model::salary_input::{
    parse_salary, salary_field_text, salary_for_link, SalaryInputError, MAX_ANNUAL_SALARY,
};
use salary_explorer::model::state_rows::MAX_RANGE_BOUND;
use salary_explorer::model::url::{decode_component, encode_component};
use salary_explorer::model::view_state::{
    AreaFilter, Measure, SortDir, SortKey, Tab, TableSort, ViewState, KEYS, MAX_NOTICES,
    MAX_SELECTED,
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

/// Values the page reads for the link parameter `key`.
fn valid_value(key: &str) -> BoxedStrategy<String> {
    fn one_of(items: &[&'static str]) -> BoxedStrategy<String> {
        prop::sample::select(items.to_vec())
            .prop_map(String::from)
            .boxed()
    }
    let codes: Vec<&'static str> = STATES.iter().map(|s| s.code).collect();
    let table_sort = |table: MetroTable| {
        (0..table.columns().len(), prop::bool::ANY)
            .prop_map(|(column, up)| format!("{column}{}", if up { 'a' } else { 'd' }))
            .boxed()
    };
    match key {
        "view" => one_of(&Tab::ALL.map(Tab::slug)),
        "pay" => one_of(&[PayBasis::Annual.slug(), PayBasis::Hourly.slug()]),
        "states" => prop::sample::subsequence(codes, 1..=MAX_SELECTED)
            .prop_map(|c| c.join(","))
            .boxed(),
        "measure" => one_of(&Measure::ALL.map(Measure::slug)),
        "sort" => one_of(&SortKey::ALL.map(SortKey::slug)),
        "dir" => one_of(&["asc", "desc"]),
        "area" => {
            let mut slugs: Vec<&'static str> = Region::ALL.iter().map(|r| r.slug()).collect();
            slugs.extend(Division::ALL.iter().map(|d| d.slug()));
            one_of(&slugs)
        }
        "q" => "[a-zA-Z ]{0,20}".boxed(),
        "min" | "max" => (-MAX_RANGE_BOUND..=MAX_RANGE_BOUND)
            .prop_map(|v| v.to_string())
            .boxed(),
        "metro" => one_of(&codes),
        "metro_in" => one_of(&["selected"]),
        "msort" => table_sort(MetroTable::HighestPaying),
        "esort" => table_sort(MetroTable::MostEmployment),
        "salary" => (1u32..=MAX_ANNUAL_SALARY as u32)
            .prop_map(|v| v.to_string())
            .boxed(),
        other => panic!("the link parameter {other} has no values in this test: add them"),
    }
}

/// A value for `key` that is almost right: a typo, a number out of range, nothing, junk, a
/// bad escape, or a right value percent-encoded (which still reads).
fn nearly_valid_value(key: &str) -> BoxedStrategy<String> {
    let typo = (
        valid_value(key),
        any::<prop::sample::Index>(),
        "[a-zA-Z0-9,%+-]",
        0u8..3,
    )
        .prop_map(|(value, at, ch, how)| {
            let mut chars: Vec<char> = value.chars().collect();
            let at = at.index(chars.len() + 1);
            match how {
                0 => chars.insert(at, ch.chars().next().unwrap_or('x')),
                1 if at < chars.len() => drop(chars.remove(at)),
                _ => chars
                    .splice(at..(at + 1).min(chars.len()), ch.chars())
                    .for_each(drop),
            }
            chars.into_iter().collect::<String>()
        });
    let out_of_range = prop_oneof![
        (MAX_RANGE_BOUND + 1..=i64::MAX).prop_map(|v| v.to_string()),
        (i64::MIN..-MAX_RANGE_BOUND).prop_map(|v| v.to_string()),
        Just("0".to_string()),
        "[0-9]{9,24}",
        "[0-9]{1,2}[ad]",
    ];
    prop_oneof![
        3 => typo,
        2 => out_of_range,
        1 => Just(String::new()),
        1 => "\\PC{0,12}",
        1 => valid_value(key).prop_map(|v| v.bytes().map(|b| format!("%{b:02X}")).collect()),
        1 => valid_value(key).prop_map(|v| v.to_uppercase()),
        1 => valid_value(key).prop_map(|v| format!("{v}%Z")),
    ]
    .boxed()
}

/// A part of a link beyond one value per parameter: a repeated or unknown parameter, a
/// malformed escape, an empty part.
fn extra_part() -> impl Strategy<Value = String> {
    let repeated = prop::sample::select(KEYS.to_vec())
        .prop_flat_map(|key| valid_value(key).prop_map(move |v| format!("{key}={v}")));
    prop_oneof![
        2 => repeated,
        1 => prop::sample::select(vec!["foo=1", "utm_source=x", "veiw=states", "Pay=hourly", "salary_=1"])
            .prop_map(String::from),
        1 => prop::sample::select(vec!["%ZZ", "view=%E0%A4%A", "%", "q=%FF", "%zz=1"])
            .prop_map(String::from),
        1 => prop::sample::select(vec!["", "=", "=x"]).prop_map(String::from),
    ]
}

/// A link made of the page's own parameters in any order, with values that are right,
/// almost right or wrong, and extra parts. `right` in 0..=3 weighs right values against
/// wrong ones; at 0 every parameter is there and almost all are wrong, the worst link.
fn any_link() -> impl Strategy<Value = String> {
    (0u32..=3).prop_flat_map(|right| {
        let parts: Vec<_> = KEYS
            .iter()
            .map(|key| {
                // Longer than any value the page reads, so wrong for every parameter.
                let too_long = "[a-z]{41,60}".boxed();
                let mut choices = vec![(2, nearly_valid_value(key)), (1, too_long)];
                if right > 0 {
                    choices.push((3 * right, valid_value(key)));
                }
                let part = prop::strategy::Union::new_weighted(choices)
                    .prop_map(move |v| format!("{key}={v}"));
                if right == 0 {
                    part.prop_map(Some).boxed()
                } else {
                    prop::option::weighted(0.85, part).boxed()
                }
            })
            .collect();
        (parts, prop::collection::vec(extra_part(), 0..6))
            .prop_flat_map(|(parts, extras)| {
                let all: Vec<String> = parts.into_iter().flatten().chain(extras).collect();
                Just(all).prop_shuffle()
            })
            .prop_map(|parts| format!("?{}", parts.join("&")))
    })
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
    fn links_of_real_parameters_give_at_most_one_notice_each_and_a_view_that_round_trips(
        link in any_link()
    ) {
        let (state, notices) = ViewState::from_query(&link);
        prop_assert!(
            notices.len() <= MAX_NOTICES,
            "{} notices (at most {}) for {}: {:#?}", notices.len(), MAX_NOTICES, link, notices
        );
        prop_assert!(state.selected.len() <= MAX_SELECTED);
        let (again, more) = ViewState::from_query(&state.to_query());
        prop_assert_eq!(more, Vec::<String>::new());
        prop_assert_eq!(again, state);
    }

    #[test]
    fn arbitrary_query_strings_never_panic_and_give_a_usable_view(query in "\\PC{0,300}") {
        let (state, notices) = ViewState::from_query(&query);
        prop_assert!(state.selected.len() <= MAX_SELECTED);
        // What was read writes back to a link that reads the same, with nothing to complain about.
        let (again, more) = ViewState::from_query(&state.to_query());
        prop_assert_eq!(again, state);
        prop_assert!(more.is_empty());
        prop_assert!(notices.len() <= MAX_NOTICES, "one notice per problem, not per character: {}", notices.len());
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
        ["Parts of the link were ignored: view, sort given more than once (the first of each was used)."]
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

/// The words of the fuzzing dictionary, fuzz/user_input.dict, without their quotes.
fn fuzz_dictionary() -> Vec<String> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/fuzz/user_input.dict");
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    text.lines()
        .map(str::trim)
        .filter(|line| line.starts_with('"'))
        .map(|line| line.trim_matches('"').to_string())
        .collect()
}

#[test]
fn the_fuzz_dictionary_has_every_parameter_and_every_word_a_link_may_hold() {
    let words = fuzz_dictionary();
    let mut wanted: Vec<String> = KEYS.iter().map(|key| format!("{key}=")).collect();
    let slugs = Tab::ALL
        .map(Tab::slug)
        .into_iter()
        .chain(Measure::ALL.map(Measure::slug))
        .chain(SortKey::ALL.map(SortKey::slug))
        .chain(Region::ALL.map(Region::slug))
        .chain(Division::ALL.map(Division::slug))
        .chain([PayBasis::Annual.slug(), PayBasis::Hourly.slug()])
        .chain(["asc", "desc", "selected"])
        .chain(STATES.iter().map(|s| s.code));
    wanted.extend(slugs.map(String::from));
    let missing: Vec<&String> = wanted.iter().filter(|w| !words.contains(w)).collect();
    assert!(
        missing.is_empty(),
        "add to fuzz/user_input.dict: {missing:?}"
    );
}

#[test]
fn the_fuzz_seed_links_are_links_the_page_reads_without_a_notice() {
    let folder = concat!(env!("CARGO_MANIFEST_DIR"), "/fuzz/corpus/user_input");
    let entries = std::fs::read_dir(folder).unwrap_or_else(|e| panic!("{folder}: {e}"));
    let mut links = 0;
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if !name.starts_with("seed-link-") {
            continue;
        }
        let link = std::fs::read_to_string(entry.path()).unwrap_or_default();
        let (state, notices) = ViewState::from_query(&link);
        assert_eq!(notices, Vec::<String>::new(), "{name}: {link}");
        assert_ne!(state, ViewState::default(), "{name} shows the default view");
        links += 1;
    }
    assert!(links >= 3, "only {links} seed links in {folder}");
}
