//! The Metro areas view's behaviour on the host: metro labels read into names and states,
//! the state filters on both top-10 lists, the chart inputs, and the drawn charts.

use salary_explorer::charts::metro_bars::{self, Mark};
use salary_explorer::charts::metro_inputs::{
    jobs_summary, metro_jobs_inputs, metro_pay_inputs, pay_summary,
};
use salary_explorer::charts::Theme;
use salary_explorer::model::dataset::{load, load_embedded, Dataset, EMBEDDED};
use salary_explorer::model::metro::{parse_metro_label, MetroLabelError};
use salary_explorer::model::metro_rows::{
    empty_message, filter_phrase, metro_matches, sort_metro_rows, states_in_lists, visible_jobs,
    visible_pay, MetroColumn,
};
use salary_explorer::model::money::PayBasis;
use salary_explorer::model::view_state::{Tab, ViewState};

const LA: &str = "Los Angeles-Long Beach-Anaheim, CA";

fn dataset() -> Dataset {
    match load_embedded() {
        Ok(data) => data,
        Err(errors) => panic!("embedded data is invalid: {errors:#?}"),
    }
}

/// The embedded data with one label in data/metros.json replaced.
fn dataset_with_metro_label(from: &str, to: &str) -> Dataset {
    let [national, states, metros] = EMBEDDED;
    assert!(
        metros.contains(from),
        "test setup: {from:?} not in metros.json"
    );
    match load(national, states, &metros.replacen(from, to, 1)) {
        Ok(data) => data,
        Err(errors) => panic!("edited data is invalid: {errors:#?}"),
    }
}

fn metros_view() -> ViewState {
    ViewState {
        tab: Tab::Metros,
        ..ViewState::default()
    }
}

fn in_state(code: &'static str) -> ViewState {
    ViewState {
        metro_state: Some(code),
        ..metros_view()
    }
}

fn pay_labels(data: &Dataset, view: &ViewState) -> Vec<String> {
    visible_pay(data, view)
        .iter()
        .map(|r| r.area.label.clone())
        .collect()
}

fn jobs_labels(data: &Dataset, view: &ViewState) -> Vec<String> {
    visible_jobs(data, view)
        .iter()
        .map(|r| r.area.label.clone())
        .collect()
}

// ---- Labels ----

#[test]
fn every_label_in_the_data_parses_into_its_name_and_state_codes() {
    let expected = [
        (
            "Santa Maria-Santa Barbara, CA",
            "Santa Maria-Santa Barbara",
            vec!["CA"],
        ),
        (
            "San Jose-Sunnyvale-Santa Clara, CA",
            "San Jose-Sunnyvale-Santa Clara",
            vec!["CA"],
        ),
        (
            "San Francisco-Oakland-Hayward, CA",
            "San Francisco-Oakland-Hayward",
            vec!["CA"],
        ),
        (
            "Sacramento--Roseville--Arden-Arcade, CA",
            "Sacramento--Roseville--Arden-Arcade",
            vec!["CA"],
        ),
        ("Manchester, NH", "Manchester", vec!["NH"]),
        ("San Diego-Carlsbad, CA", "San Diego-Carlsbad", vec!["CA"]),
        (LA, "Los Angeles-Long Beach-Anaheim", vec!["CA"]),
        ("Topeka, KS", "Topeka", vec!["KS"]),
        ("Bakersfield, CA", "Bakersfield", vec!["CA"]),
        (
            "Minneapolis-St. Paul-Bloomington, MN-WI",
            "Minneapolis-St. Paul-Bloomington",
            vec!["MN", "WI"],
        ),
        (
            "New York-Newark-Jersey City, NY-NJ-PA",
            "New York-Newark-Jersey City",
            vec!["NY", "NJ", "PA"],
        ),
        (
            "Dallas-Fort Worth-Arlington, TX",
            "Dallas-Fort Worth-Arlington",
            vec!["TX"],
        ),
        (
            "Miami-Fort Lauderdale-West Palm Beach, FL",
            "Miami-Fort Lauderdale-West Palm Beach",
            vec!["FL"],
        ),
        ("Kansas City, MO-KS", "Kansas City", vec!["MO", "KS"]),
        (
            "Houston-The Woodlands-Sugar Land, TX",
            "Houston-The Woodlands-Sugar Land",
            vec!["TX"],
        ),
        (
            "Baltimore-Columbia-Towson, MD",
            "Baltimore-Columbia-Towson",
            vec!["MD"],
        ),
        (
            "Washington-Arlington-Alexandria, DC-VA-MD-WV",
            "Washington-Arlington-Alexandria",
            vec!["DC", "VA", "MD", "WV"],
        ),
        (
            "Chicago-Naperville-Elgin, IL-IN-WI",
            "Chicago-Naperville-Elgin",
            vec!["IL", "IN", "WI"],
        ),
        (
            "Seattle-Tacoma-Bellevue, WA",
            "Seattle-Tacoma-Bellevue",
            vec!["WA"],
        ),
    ];
    let data = dataset();
    let loaded: Vec<_> = data
        .highest_paying
        .iter()
        .map(|m| &m.area)
        .chain(data.most_employment.iter().map(|m| &m.area))
        .collect();
    assert_eq!(loaded.len(), 20);
    for area in &loaded {
        let Some((_, name, codes)) = expected.iter().find(|(label, _, _)| *label == area.label)
        else {
            panic!("no expectation for {:?}", area.label);
        };
        assert_eq!(&area.name, name, "{}", area.label);
        let got: Vec<&str> = area.states.iter().map(|s| s.code).collect();
        assert_eq!(&got, codes, "{}", area.label);
        assert_eq!(
            parse_metro_label(&area.label).as_ref(),
            Ok(*area),
            "parsing again gives the same area"
        );
    }
    // Every expectation is a label in the data (Los Angeles is in both lists).
    for (label, _, _) in &expected {
        assert!(
            loaded.iter().any(|a| a.label == *label),
            "{label} not in the data"
        );
    }
}

#[test]
fn a_multi_state_label_names_each_state_in_order() {
    let area = parse_metro_label("Washington-Arlington-Alexandria, DC-VA-MD-WV");
    let names = area.map(|a| a.states.iter().map(|s| s.name).collect::<Vec<_>>());
    assert_eq!(
        names,
        Ok(vec![
            "District of Columbia",
            "Virginia",
            "Maryland",
            "West Virginia"
        ])
    );
}

#[test]
fn malformed_labels_are_rejected_with_a_clear_error() {
    let cases = [
        (
            "Topeka KS",
            MetroLabelError::NoStateCodes,
            "expected \"Name, ST\" or \"Name, ST-ST\" with postal codes after a comma",
        ),
        (
            "",
            MetroLabelError::NoStateCodes,
            "expected \"Name, ST\" or \"Name, ST-ST\" with postal codes after a comma",
        ),
        (
            "  , KS",
            MetroLabelError::EmptyName,
            "the area name before the comma is empty",
        ),
        (
            "Topeka, XX",
            MetroLabelError::UnknownState("XX".into()),
            "\"XX\" is not the postal code of a state or DC",
        ),
        (
            "Topeka, Kansas",
            MetroLabelError::UnknownState("Kansas".into()),
            "\"Kansas\" is not the postal code of a state or DC",
        ),
        (
            "Kansas City, MO-",
            MetroLabelError::UnknownState(String::new()),
            "\"\" is not the postal code of a state or DC",
        ),
        (
            "Kansas City, MO--KS",
            MetroLabelError::UnknownState(String::new()),
            "\"\" is not the postal code of a state or DC",
        ),
        (
            "Kansas City, mo-KS",
            MetroLabelError::UnknownState("mo".into()),
            "\"mo\" is not the postal code of a state or DC",
        ),
        (
            "Kansas City, MO-KS-MO",
            MetroLabelError::RepeatedState("MO".into()),
            "state \"MO\" is listed twice",
        ),
    ];
    for (label, error, message) in cases {
        let result = parse_metro_label(label);
        assert_eq!(result, Err(error), "{label:?}");
        assert_eq!(
            result.map_err(|e| e.to_string()),
            Err(message.to_string()),
            "{label:?}"
        );
    }
}

#[test]
fn a_malformed_label_in_the_data_file_names_the_row() {
    let [national, states, metros] = EMBEDDED;
    let edited = metros.replacen("Kansas City, MO-KS", "Kansas City MO-KS", 1);
    let errors: Vec<String> = match load(national, states, &edited) {
        Ok(_) => vec![],
        Err(errors) => errors.iter().map(ToString::to_string).collect(),
    };
    assert_eq!(
        errors,
        ["data/metros.json most_employment row 5 (Kansas City MO-KS), field area: \"Kansas City MO-KS\": expected \"Name, ST\" or \"Name, ST-ST\" with postal codes after a comma"]
    );
}

// ---- Filters ----

#[test]
fn without_filters_both_lists_are_whole_and_in_published_order() {
    let data = dataset();
    let view = metros_view();
    assert_eq!(visible_pay(&data, &view).len(), 10);
    assert_eq!(visible_jobs(&data, &view).len(), 10);
    assert_eq!(
        pay_labels(&data, &view).first().map(String::as_str),
        Some("Santa Maria-Santa Barbara, CA")
    );
    assert_eq!(filter_phrase(&view), None);
}

#[test]
fn the_state_filter_applies_to_both_lists() {
    let data = dataset();
    let ca = in_state("CA");
    let pay = pay_labels(&data, &ca);
    assert_eq!(pay.len(), 7, "{pay:?}");
    assert!(pay.iter().all(|l| l.ends_with(", CA")), "{pay:?}");
    assert_eq!(jobs_labels(&data, &ca), [LA]);

    let ks = in_state("KS");
    assert_eq!(pay_labels(&data, &ks), ["Topeka, KS"]);
    assert_eq!(jobs_labels(&data, &ks), ["Kansas City, MO-KS"]);

    let tx = in_state("TX");
    assert!(pay_labels(&data, &tx).is_empty());
    assert_eq!(
        jobs_labels(&data, &tx),
        [
            "Dallas-Fort Worth-Arlington, TX",
            "Houston-The Woodlands-Sugar Land, TX"
        ]
    );
    assert_eq!(
        empty_message(&tx, "the highest-paying list"),
        "No metro area in the highest-paying list lies in Texas. Choose another state or \u{201c}All states\u{201d} to see the whole list."
    );
}

#[test]
fn a_multi_state_metro_matches_each_of_its_states() {
    let data = dataset();
    for code in ["DC", "VA", "MD", "WV"] {
        assert!(
            jobs_labels(&data, &in_state(code))
                .contains(&"Washington-Arlington-Alexandria, DC-VA-MD-WV".to_string()),
            "{code}"
        );
    }
    for code in ["NY", "NJ", "PA"] {
        assert_eq!(
            jobs_labels(&data, &in_state(code)),
            ["New York-Newark-Jersey City, NY-NJ-PA"],
            "{code}"
        );
    }
    // Wisconsin: Minneapolis pays among the most, Chicago employs among the most.
    let wi = in_state("WI");
    assert_eq!(
        pay_labels(&data, &wi),
        ["Minneapolis-St. Paul-Bloomington, MN-WI"]
    );
    assert_eq!(
        jobs_labels(&data, &wi),
        ["Chicago-Naperville-Elgin, IL-IN-WI"]
    );
    // Maryland: Baltimore and Washington.
    assert_eq!(jobs_labels(&data, &in_state("MD")).len(), 2);
    // A state in neither list.
    let ak = in_state("AK");
    assert!(pay_labels(&data, &ak).is_empty() && jobs_labels(&data, &ak).is_empty());
}

#[test]
fn only_metros_in_the_selected_states_are_kept_when_asked() {
    let data = dataset();
    let view = ViewState {
        selected: vec!["MN", "TX", "OH"],
        metros_in_selected: true,
        ..metros_view()
    };
    assert_eq!(
        pay_labels(&data, &view),
        ["Minneapolis-St. Paul-Bloomington, MN-WI"]
    );
    assert_eq!(
        jobs_labels(&data, &view),
        [
            "Dallas-Fort Worth-Arlington, TX",
            "Houston-The Woodlands-Sugar Land, TX"
        ]
    );
    assert_eq!(
        filter_phrase(&view).as_deref(),
        Some("in your selected states (MN, TX, OH)")
    );

    // The selection alone filters nothing until the toggle is on.
    let off = ViewState {
        metros_in_selected: false,
        ..view.clone()
    };
    assert_eq!(pay_labels(&data, &off).len(), 10);

    // Both filters: a metro must pass each.
    let both = ViewState {
        metro_state: Some("TX"),
        ..view.clone()
    };
    assert!(pay_labels(&data, &both).is_empty());
    assert_eq!(jobs_labels(&data, &both).len(), 2);
    assert_eq!(
        empty_message(&both, "the highest-paying list"),
        "No metro area in the highest-paying list lies in Texas and in your selected states (MN, TX, OH). Choose another state or \u{201c}All states\u{201d}, or turn off \u{201c}only metros in my selected states\u{201d}."
    );
    let only_ohio = ViewState {
        selected: vec!["OH"],
        ..view.clone()
    };
    assert!(empty_message(&only_ohio, "the highest-paying list")
        .ends_with("Select other states in the States view, or turn off \u{201c}only metros in my selected states\u{201d}."));
    assert_eq!(
        filter_phrase(&both).as_deref(),
        Some("in Texas and in your selected states (MN, TX, OH)")
    );
}

#[test]
fn the_selected_states_toggle_with_nothing_selected_says_what_to_do() {
    let data = dataset();
    let view = ViewState {
        metros_in_selected: true,
        ..metros_view()
    };
    assert!(pay_labels(&data, &view).is_empty() && jobs_labels(&data, &view).is_empty());
    let message = empty_message(&view, "the most-employment list");
    assert!(message.starts_with("No states are selected"), "{message}");
    assert!(message.contains("States view"), "{message}");
}

#[test]
fn metro_matching_is_by_any_state_of_the_area() {
    let data = dataset();
    let kc = data
        .most_employment
        .iter()
        .find(|m| m.area.name == "Kansas City")
        .map(|m| &m.area);
    let Some(kc) = kc else {
        panic!("Kansas City missing")
    };
    assert!(metro_matches(kc, &in_state("MO")));
    assert!(metro_matches(kc, &in_state("KS")));
    assert!(!metro_matches(kc, &in_state("NE")));
    let selected = ViewState {
        selected: vec!["NE", "KS"],
        metros_in_selected: true,
        ..metros_view()
    };
    assert!(metro_matches(kc, &selected));
}

#[test]
fn the_state_menu_lists_each_state_of_either_list_once_by_name() {
    let data = dataset();
    let codes: Vec<&str> = states_in_lists(&data).iter().map(|s| s.code).collect();
    assert_eq!(
        codes,
        [
            "CA", "DC", "FL", "IL", "IN", "KS", "MD", "MN", "MO", "NH", "NJ", "NY", "PA", "TX",
            "VA", "WA", "WV", "WI"
        ]
    );
}

#[test]
fn tables_sort_by_name_states_or_figure() {
    let data = dataset();
    let mut rows = visible_jobs(&data, &metros_view());
    sort_metro_rows(&mut rows, MetroColumn::Metro, true);
    assert_eq!(
        rows.first().map(|r| r.area.name.as_str()),
        Some("Baltimore-Columbia-Towson")
    );
    assert_eq!(
        rows.last().map(|r| r.area.name.as_str()),
        Some("Washington-Arlington-Alexandria")
    );
    sort_metro_rows(&mut rows, MetroColumn::Employed, true);
    assert_eq!(rows.first().map(|r| r.figure), Some(610));
    sort_metro_rows(&mut rows, MetroColumn::States, false);
    assert_eq!(
        rows.first().map(|r| r.area.state_codes()),
        Some("WA".to_string())
    );
}

// ---- Chart inputs ----

#[test]
fn each_paying_bar_has_a_mark_for_every_state_it_spans() {
    let data = dataset();
    let inputs = metro_pay_inputs(&data, &metros_view(), None, None);
    assert_eq!(inputs.bars.len(), 10);
    let mark = |code: &str| data.state(code).map(|s| s.median.as_f64());
    for bar in &inputs.bars {
        let codes: Vec<&str> = bar
            .label
            .rsplit_once(", ")
            .map(|(_, c)| c.split('-').collect())
            .unwrap_or_default();
        let expected: Vec<Mark> = codes
            .iter()
            .map(|c| Mark {
                label: c.to_string(),
                value: mark(c),
            })
            .collect();
        assert_eq!(bar.marks, expected, "{}", bar.label);
    }
    let minneapolis = inputs
        .bars
        .iter()
        .find(|b| b.label.starts_with("Minneapolis"));
    let marks: Vec<(&str, Option<f64>)> = minneapolis
        .map(|b| {
            b.marks
                .iter()
                .map(|m| (m.label.as_str(), m.value))
                .collect()
        })
        .unwrap_or_default();
    assert_eq!(marks, [("MN", mark("MN")), ("WI", mark("WI"))]);
    assert!(marks.iter().all(|(_, v)| v.is_some()));
    assert_eq!(
        inputs.reference,
        Some((58_250.0, "US median $58,250".to_string()))
    );
    assert_eq!(inputs.marker, None);
    let both: Vec<&str> = inputs
        .bars
        .iter()
        .filter(|b| b.in_both)
        .map(|b| b.label.as_str())
        .collect();
    assert_eq!(both, [LA]);
    assert!(inputs.bars.iter().all(|b| !b.active));
}

#[test]
fn a_state_without_data_gets_no_mark_and_says_no_data() {
    // Wyoming is not in the source; a metro there must not be given a made-up state median.
    let data = dataset_with_metro_label("Topeka, KS", "Cheyenne, WY-KS");
    let inputs = metro_pay_inputs(&data, &metros_view(), None, None);
    let cheyenne = inputs.bars.iter().find(|b| b.label == "Cheyenne, WY-KS");
    let marks = cheyenne.map(|b| b.marks.clone()).unwrap_or_default();
    let ks = data.state("KS").map(|s| s.median.as_f64());
    assert_eq!(
        marks,
        [
            Mark {
                label: "WY".into(),
                value: None
            },
            Mark {
                label: "KS".into(),
                value: ks
            }
        ]
    );
    let row = visible_pay(&data, &in_state("WY"));
    let summary = row
        .first()
        .map(|r| pay_summary(&data, r, PayBasis::Annual))
        .unwrap_or_default();
    let ks = data
        .state("KS")
        .map(|s| PayBasis::Annual.format(s.median))
        .unwrap_or_default();
    assert!(
        summary.ends_with(&format!("; WY: no data, KS median {ks}")),
        "{summary}"
    );
    assert!(!summary.contains("$0"), "{summary}");
}

#[test]
fn the_salary_hook_draws_a_marker_and_ignores_nonsense() {
    let data = dataset();
    let view = metros_view();
    let with = metro_pay_inputs(&data, &view, Some(90_000.0), None);
    assert_eq!(with.marker, Some((90_000.0, "You: $90,000".to_string())));
    let hourly = ViewState {
        pay: PayBasis::Hourly,
        ..view.clone()
    };
    let with = metro_pay_inputs(&data, &hourly, Some(62_400.0), None);
    assert_eq!(with.marker.map(|m| m.1), Some("You: $30.00".to_string()));
    for nonsense in [f64::NAN, f64::INFINITY, -5.0, 0.0] {
        assert_eq!(
            metro_pay_inputs(&data, &view, Some(nonsense), None).marker,
            None,
            "{nonsense}"
        );
    }
}

#[test]
fn the_active_metro_is_highlighted_in_both_charts() {
    let data = dataset();
    let view = metros_view();
    let pay = metro_pay_inputs(&data, &view, None, Some(LA));
    let jobs = metro_jobs_inputs(&data, &view, Some(LA));
    let active = |inputs: &metro_bars::Inputs| -> Vec<String> {
        inputs
            .bars
            .iter()
            .filter(|b| b.active)
            .map(|b| b.label.clone())
            .collect()
    };
    assert_eq!(active(&pay), [LA]);
    assert_eq!(active(&jobs), [LA]);
    // A metro in one list only highlights nothing in the other.
    let jobs = metro_jobs_inputs(&data, &view, Some("Topeka, KS"));
    assert!(active(&jobs).is_empty());
}

#[test]
fn summaries_give_exact_figures_and_the_difference_from_the_national_median() {
    let data = dataset();
    let view = metros_view();
    let pay = visible_pay(&data, &view);
    let la = pay.iter().find(|r| r.area.label == LA);
    let text = la
        .map(|r| pay_summary(&data, r, PayBasis::Annual))
        .unwrap_or_default();
    assert_eq!(
        text,
        "Los Angeles-Long Beach-Anaheim, CA: median $83,660, +$25,410 (+43.6%) vs US median $58,250; CA median $84,770; also in the most-employment list (1,060 employed)"
    );
    let jobs = visible_jobs(&data, &view);
    let texts: Vec<String> = jobs
        .iter()
        .map(|r| jobs_summary(&data, r, PayBasis::Annual))
        .collect();
    assert_eq!(
        texts.first().map(String::as_str),
        Some("New York-Newark-Jersey City, NY-NJ-PA: 1,840 people employed")
    );
    assert!(texts.contains(&format!(
        "{LA}: 1,060 people employed; also in the highest-paying list (median $83,660)"
    )));
}

// ---- Drawn charts ----

fn count(svg: &str, needle: &str) -> usize {
    svg.matches(needle).count()
}

/// The text of every `<text>` element of an SVG, trimmed.
fn texts(svg: &str) -> Vec<String> {
    svg.split("<text")
        .skip(1)
        .filter_map(|rest| {
            let (_, after_open) = rest.split_once('>')?;
            let (content, _) = after_open.split_once("</text>")?;
            Some(content.trim().replace("&amp;", "&"))
        })
        .collect()
}

fn count_text(svg: &str, text: &str) -> usize {
    texts(svg).iter().filter(|t| *t == text).count()
}

#[test]
fn ten_bars_draw_ten_value_labels_at_any_width() {
    let data = dataset();
    let view = metros_view();
    for width in [300, 332, 1022] {
        let pay = metro_pay_inputs(&data, &view, None, None);
        let svg = metro_bars::scene(&pay, &Theme::LIGHT, width).svg();
        for bar in &pay.bars {
            assert!(
                count_text(&svg, &bar.value_text) > 0,
                "{width}: {}",
                bar.value_text
            );
            assert!(count_text(&svg, &bar.label) == 1, "{width}: {}", bar.label);
        }
        let values = pay
            .bars
            .iter()
            .map(|b| count_text(&svg, &b.value_text))
            .sum::<usize>();
        // Bakersfield and Minneapolis share $81,750: each label is counted for both bars.
        assert_eq!(values, 12, "{width}");
        assert!(count_text(&svg, "US median $58,250") == 1);
        assert!(count_text(&svg, "state median") == 1);

        let jobs = metro_jobs_inputs(&data, &view, None);
        let svg = metro_bars::scene(&jobs, &Theme::DARK, width).svg();
        let labels: Vec<&str> = jobs.bars.iter().map(|b| b.value_text.as_str()).collect();
        assert_eq!(
            labels,
            ["1,840", "1,060", "970", "900", "850", "840", "730", "720", "700", "610"]
        );
        for text in labels {
            assert_eq!(count_text(&svg, text), 1, "{width}: {text}");
        }
        assert_eq!(
            count_text(&svg, "state median"),
            0,
            "no marks on the employment chart"
        );
    }
}

#[test]
fn the_metro_in_both_lists_is_marked_in_both_drawings() {
    let data = dataset();
    let view = metros_view();
    for svg in [
        metro_bars::scene(
            &metro_pay_inputs(&data, &view, None, None),
            &Theme::LIGHT,
            800,
        )
        .svg(),
        metro_bars::scene(&metro_jobs_inputs(&data, &view, None), &Theme::LIGHT, 800).svg(),
    ] {
        // One diamond in the legend, one beside Los Angeles.
        assert_eq!(count(&svg, "<polygon"), 2, "{svg}");
        assert!(count_text(&svg, "in both lists") == 1);
    }
    // Filtered to Texas, nothing is in both: no diamond and no legend for it.
    let svg = metro_bars::scene(
        &metro_jobs_inputs(&data, &in_state("TX"), None),
        &Theme::LIGHT,
        800,
    )
    .svg();
    assert_eq!(count(&svg, "<polygon"), 0);
    assert!(!svg.contains("in both lists"));
}

#[test]
fn the_active_bar_is_drawn_highlighted_and_bold() {
    let data = dataset();
    let view = metros_view();
    let plain = metro_bars::scene(&metro_jobs_inputs(&data, &view, None), &Theme::LIGHT, 800).svg();
    let active = metro_bars::scene(
        &metro_jobs_inputs(&data, &view, Some(LA)),
        &Theme::LIGHT,
        800,
    )
    .svg();
    assert_ne!(plain, active);
    // A shaded row with an edge in the highlight colour (#A81E6E), and the label in bold.
    assert_eq!(count(&active, "<rect"), count(&plain, "<rect") + 2);
    assert_eq!(
        count(&active, "fill=\"#A81E6E\""),
        count(&plain, "fill=\"#A81E6E\"") + 1
    );
    assert_eq!(count(&active, "bold"), count(&plain, "bold") + 1);
}

#[test]
fn the_salary_marker_is_labelled_on_the_chart() {
    let data = dataset();
    let inputs = metro_pay_inputs(&data, &metros_view(), Some(123_456.0), None);
    let svg = metro_bars::scene(&inputs, &Theme::LIGHT, 390).svg();
    assert!(count_text(&svg, "You: $123,456") == 1);
}
