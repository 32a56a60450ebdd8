//! The link is user input: arbitrary query strings never panic, and every view the page can
//! be in survives a trip through its own URL.

use proptest::prelude::*;
use salary_explorer::model::geo::{Division, Region, STATES};
use salary_explorer::model::metro_rows::{MetroColumn, MetroTable};
use salary_explorer::model::money::{PayBasis, HOURS_PER_YEAR};
use salary_explorer::model::salary_input::{
    parse_salary, salary_field_text, salary_for_link, SalaryInputError, MAX_ANNUAL_SALARY,
};
use salary_explorer::model::state_rows::MAX_RANGE_BOUND;
use salary_explorer::model::url::{decode_component, encode_component};
use salary_explorer::model::view_state::{
    AreaFilter, ChartId, Measure, SortDir, SortKey, Tab, TableSort, ThemeChoice, ViewState, KEYS,
    MAX_NOTICES, MAX_SELECTED,
};
use salary_explorer::model::view_state::{MAX_NAME_QUERY_CHARS, MAX_QUERY_CHARS};

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
    let embed = prop::option::of(prop::sample::select(ChartId::ALL.to_vec()));
    let theme = prop::sample::select(ThemeChoice::ALL.to_vec());
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
        (salary, embed, theme),
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
                (shared_salary, embed, theme),
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
                embed,
                theme,
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
        "embed" => one_of(&ChartId::ALL.map(ChartId::slug)),
        "theme" => one_of(&ThemeChoice::ALL.map(ThemeChoice::slug)),
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
        .chain(ChartId::ALL.map(ChartId::slug))
        .chain(ThemeChoice::ALL.map(ThemeChoice::slug))
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

// Links by example: what the page reads from them, what it drops and the notices it gives.

#[test]
fn the_default_view_writes_an_empty_query() {
    assert_eq!(ViewState::default().to_query(), "");
    let states = ViewState {
        tab: Tab::States,
        ..ViewState::default()
    };
    assert_eq!(states.to_query(), "?view=states");
}

#[test]
fn the_default_view_is_national_with_no_notices() {
    assert_eq!(ViewState::from_query(""), (ViewState::default(), vec![]));
    assert_eq!(ViewState::from_query("?"), (ViewState::default(), vec![]));
}

#[test]
fn a_full_view_round_trips_through_the_url() {
    let state = ViewState {
        tab: Tab::States,
        pay: PayBasis::Hourly,
        selected: vec!["CA", "TX", "DC"],
        measure: Measure::Spread,
        sort: SortKey::Name,
        dir: SortDir::Ascending,
        area: Some(AreaFilter::Division(Division::Pacific)),
        name_query: "new y".into(),
        min: Some(40_000),
        max: Some(90_000),
        metro_state: Some("KS"),
        metros_in_selected: true,
        highest_paying_sort: None,
        most_employment_sort: Some(TableSort {
            column: MetroColumn::States,
            ascending: false,
        }),
        shared_salary: Some(61_000),
        embed: Some(ChartId::StateMap),
        theme: ThemeChoice::Light,
    };
    let query = state.to_query();
    assert_eq!(ViewState::from_query(&query), (state, vec![]));
}

#[test]
fn bad_parameters_are_dropped_with_a_notice_and_the_rest_is_kept() {
    let (state, notices) =
        ViewState::from_query("?view=states&sort=zzz&states=CA,XX,ca&foo=1&q=%ZZ");
    assert_eq!(state.tab, Tab::States);
    assert_eq!(state.sort, SortKey::Median);
    assert_eq!(state.selected, vec!["CA"]);
    assert_eq!(notices.len(), 3, "{notices:?}");
}

#[test]
fn a_link_wrong_in_every_way_gives_one_notice_per_parameter_and_one_for_the_rest() {
    let mut parts: Vec<String> = KEYS.iter().map(|key| format!("{key}=x")).collect();
    // A value no parameter takes: too long for a name search, and no slug or number.
    if let Some(q) = parts.iter_mut().find(|p| p.starts_with("q=")) {
        *q = format!("q={}", "x".repeat(MAX_NAME_QUERY_CHARS + 1));
    }
    parts.extend(["view=y", "%ZZ", "foo=1"].map(String::from));
    let query = parts.join("&");
    let (state, notices) = ViewState::from_query(&query);
    assert_eq!(state, ViewState::default());
    assert_eq!(notices.len(), MAX_NOTICES, "{notices:#?}");
    let long = format!("{query}&pad={}", "x".repeat(MAX_QUERY_CHARS));
    assert_eq!(ViewState::from_query(&long).1.len(), MAX_NOTICES);
    // 14 wrong values, a repeat, a bad escape and an unknown setting: 17 notices once.
    let (_, notices) = ViewState::from_query("view=x&pay=x&states=x&measure=x&sort=x&dir=x&area=x&min=x&max=x&metro=x&metro_in=x&msort=x&esort=x&salary=x&view=y&%ZZ&foo=1");
    assert_eq!(notices.len(), 15, "{notices:#?}");
    assert_eq!(
        notices.last().map(String::as_str),
        Some("Parts of the link were ignored: 1 malformed part; 1 setting this page does not know; view given more than once (the first of each was used).")
    );
}

#[test]
fn notices_count_what_they_ignored_in_words() {
    let (_, notices) = ViewState::from_query("foo=1&bar=2&%ZZ&%YY&%XX");
    assert_eq!(
        notices,
        ["Parts of the link were ignored: 3 malformed parts; 2 settings this page does not know."]
    );
    let (state, notices) = ViewState::from_query("states=CA,ZZ");
    assert_eq!(state.selected, ["CA"]);
    assert_eq!(
        notices,
        ["Ignored a state in the link, not a state: \u{201c}ZZ\u{201d}."]
    );
}

#[test]
fn a_repeated_parameter_keeps_the_first() {
    let (state, notices) = ViewState::from_query("view=about&view=states");
    assert_eq!(state.tab, Tab::About);
    assert_eq!(notices.len(), 1);
}

#[test]
fn a_link_with_hundreds_of_states_gives_one_short_notice() {
    let codes = ["CA", "TX", "NY", "FL", "OH", "WA", "OR", "NV", "ZZ", "ca"]
        .repeat(50)
        .join(",");
    let (state, notices) = ViewState::from_query(&format!("?states={codes}"));
    assert_eq!(state.selected, ["CA", "TX", "NY", "FL", "OH", "WA"]);
    assert_eq!(
        notices,
        ["Ignored states in the link, not a state: \u{201c}ZZ\u{201d}; over the limit of 6: OR, NV."]
    );
}

#[test]
fn metro_table_sorts_round_trip_and_bad_ones_are_dropped() {
    let (state, notices) = ViewState::from_query("?view=metros&msort=2d&esort=1a");
    let sort = |column, ascending| Some(TableSort { column, ascending });
    assert_eq!(
        (state.highest_paying_sort, state.most_employment_sort),
        (
            sort(MetroColumn::VsNational, false),
            sort(MetroColumn::Employed, true)
        )
    );
    assert!(notices.is_empty());
    assert_eq!(ViewState::from_query(&state.to_query()).0, state);
    for bad in [
        "msort=12a",
        "msort=1x",
        "msort=",
        "msort=d",
        "msort=%2B1d",
        "esort=-1a",
        "esort=99999999999999999999a",
    ] {
        let (state, notices) = ViewState::from_query(bad);
        assert_eq!(state, ViewState::default(), "{bad}");
        assert_eq!(notices.len(), 1, "{bad}");
    }
}

#[test]
fn a_link_may_sort_each_metro_table_only_by_its_own_columns() {
    for (key, table) in [
        ("msort", MetroTable::HighestPaying),
        ("esort", MetroTable::MostEmployment),
    ] {
        let columns = table.columns().len();
        for index in 0..columns {
            let (state, notices) = ViewState::from_query(&format!("{key}={index}a"));
            assert_eq!(notices, Vec::<String>::new(), "{key}={index}a");
            let column = state.metro_sort(table).map(|s| s.column);
            assert_eq!(column, table.column(index));
        }
        // The first column past the table's last, and the highest any link used to name.
        for index in [columns, 9] {
            let (state, notices) = ViewState::from_query(&format!("{key}={index}a"));
            assert_eq!(state.metro_sort(table), None, "{key}={index}a");
            assert_eq!(notices.len(), 1, "{key}={index}a");
            assert!(
                notices.iter().all(|n| n.contains("columns 0 to")),
                "{notices:?}"
            );
        }
    }
    // The most-employment table has three columns: 7 used to sort it by its states.
    let (state, notices) = ViewState::from_query("?view=metros&esort=7a");
    assert_eq!(state.most_employment_sort, None);
    assert_eq!(
        notices,
        ["Ignored the link's esort=\u{201c}7a\u{201d}: that table has columns 0 to 2; sort it by clicking a column header."]
    );
}

#[test]
fn a_sort_by_a_column_the_table_lacks_is_not_written_to_the_link() {
    let state = ViewState {
        most_employment_sort: Some(TableSort {
            column: MetroColumn::Median,
            ascending: true,
        }),
        ..ViewState::default()
    };
    assert_eq!(state.to_query(), "");
}

#[test]
fn the_metro_filters_round_trip_through_the_url() {
    let state = ViewState {
        tab: Tab::Metros,
        selected: vec!["MN", "KS"],
        metro_state: Some("WI"),
        metros_in_selected: true,
        ..ViewState::default()
    };
    let query = state.to_query();
    assert_eq!(
        query,
        "?view=metros&states=MN,KS&metro=WI&metro_in=selected"
    );
    assert_eq!(ViewState::from_query(&query), (state, vec![]));
    let (read, notices) = ViewState::from_query("?view=metros&metro=ks");
    assert_eq!((read.metro_state, notices.len()), (Some("KS"), 0));
}

#[test]
fn hostile_metro_filter_values_are_dropped_with_a_notice() {
    for query in [
        "view=metros&metro=XX&metro_in=yes",
        "view=metros&metro=%3Cscript%3E&metro_in=%00",
        "view=metros&metro=KS-MO&metro_in=selected%20",
        "view=metros&metro=&metro_in=",
        "view=metros&metro=%E2%80%AEKS&metro_in=SELECTED",
    ] {
        let (state, notices) = ViewState::from_query(query);
        assert_eq!(state.tab, Tab::Metros, "{query}");
        assert_eq!(state.metro_state, None, "{query}");
        // "selected " is trimmed like every value, so only that one is read.
        let trimmed = query.ends_with("selected%20");
        assert_eq!(state.metros_in_selected, trimmed, "{query}");
        assert_eq!(
            notices.len(),
            if trimmed { 1 } else { 2 },
            "{query}: {notices:?}"
        );
        assert!(
            notices.iter().all(|n| n.chars().count() < 120),
            "{notices:?}"
        );
    }
    let long = format!("view=metros&metro_in={}", "x".repeat(5000));
    let (state, notices) = ViewState::from_query(&long);
    assert!(!state.metros_in_selected);
    assert_eq!(notices.len(), 2, "{notices:?}");
}
