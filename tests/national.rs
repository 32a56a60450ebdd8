//! The National view's logic: percentile interpolation, the salary parser, the locator and
//! the percentile chart, against the real embedded data.

use proptest::prelude::*;
use salary_explorer::charts::{percentile, Theme};
use salary_explorer::model::dataset::{load_embedded, Dataset};
use salary_explorer::model::locator::{describe_metros, locate};
use salary_explorer::model::money::{Dollars, PayBasis};
use salary_explorer::model::salary_input::{parse_salary, salary_field_text, SalaryInputError};
use salary_explorer::model::stats::{locate_salary, Placement};

fn data() -> Dataset {
    load_embedded().unwrap_or_else(|e| panic!("{e:?}"))
}

fn estimate(placement: Option<Placement>) -> f64 {
    match placement {
        Some(Placement::Estimate(p)) => p,
        other => panic!("expected an estimate, got {other:?}"),
    }
}

#[test]
fn every_published_percentile_locates_to_itself() {
    let data = data();
    for (pct, amount) in data.national.points() {
        assert_eq!(
            estimate(locate_salary(amount.as_f64(), &data.national.points())),
            f64::from(pct)
        );
    }
    for state in &data.states {
        for (pct, amount) in state.points() {
            let got = estimate(locate_salary(amount.as_f64(), &state.points()));
            // Rhode Island's bottom 10% and median are close but distinct; equal amounts would give the middle.
            assert_eq!(got, f64::from(pct), "{} {pct}", state.state.name);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4000))]

    #[test]
    fn interpolation_is_monotonic_and_bounded(a in 34_970.0f64..=103_380.0, b in 34_970.0f64..=103_380.0) {
        let points = data().national.points();
        let (low, high) = if a <= b { (a, b) } else { (b, a) };
        let (pl, ph) = (estimate(locate_salary(low, &points)), estimate(locate_salary(high, &points)));
        prop_assert!(pl <= ph);
        prop_assert!((10.0..=90.0).contains(&pl) && (10.0..=90.0).contains(&ph));
    }

    #[test]
    fn outside_the_published_range_is_never_extrapolated(below in 0.0f64..34_969.99, above in 103_380.01f64..1e9) {
        let points = data().national.points();
        prop_assert_eq!(locate_salary(below, &points), Some(Placement::Below(10)));
        prop_assert_eq!(locate_salary(above, &points), Some(Placement::Above(90)));
    }

    #[test]
    fn the_salary_parser_never_panics(text in "\\PC{0,64}") {
        for basis in [PayBasis::Annual, PayBasis::Hourly] {
            if let Ok(annual) = parse_salary(&text, basis) {
                prop_assert!(annual > 0.0 && annual <= 10_000_000.0);
            }
        }
    }

    #[test]
    fn whole_dollar_salaries_round_trip_through_every_written_form(n in 1u32..=10_000_000) {
        let grouped = PayBasis::Annual.format(Dollars(n));
        prop_assert_eq!(parse_salary(&grouped, PayBasis::Annual), Ok(f64::from(n)));
        prop_assert_eq!(parse_salary(&n.to_string(), PayBasis::Annual), Ok(f64::from(n)));
        prop_assert_eq!(parse_salary(&salary_field_text(f64::from(n), PayBasis::Annual), PayBasis::Annual), Ok(f64::from(n)));
    }
}

#[test]
fn shorthand_and_hourly_forms_are_read() {
    assert_eq!(parse_salary("58.2k", PayBasis::Annual), Ok(58_200.0));
    assert_eq!(parse_salary("$28.00", PayBasis::Hourly), Ok(58_240.0));
    assert_eq!(
        parse_salary("-1", PayBasis::Annual),
        Err(SalaryInputError::Negative)
    );
    assert_eq!(
        parse_salary("20000000", PayBasis::Annual),
        Err(SalaryInputError::TooLarge)
    );
}

#[test]
fn the_locator_places_a_salary_nationally_in_states_and_against_metros() {
    let data = data();
    let report =
        locate(&data, 84_000.0, &["CA", "AL", "WV"]).unwrap_or_else(|| panic!("no report"));
    assert!(matches!(report.national, Placement::Estimate(p) if p > 75.0 && p < 90.0));
    let states: Vec<(&str, Option<Placement>)> = report
        .states
        .iter()
        .map(|s| (s.state.code, s.placement))
        .collect();
    assert!(matches!(states[0], ("CA", Some(Placement::Estimate(p))) if p < 50.0));
    assert_eq!(
        states[1],
        ("AL", None),
        "Alabama has no data and must say so"
    );
    assert_eq!(states[2], ("WV", Some(Placement::Above(90))));
    // 81,750 (x2), 82,470 and 83,660 are below 84,000; 83,870 is below too.
    assert_eq!(report.metros_below, 5);
    assert_eq!(
        describe_metros(&report),
        "above the median of 5 of the 10 highest-paying metro areas"
    );
}

fn national_inputs(basis: PayBasis) -> percentile::Inputs {
    let data = data();
    percentile::Inputs {
        national: data.national.points(),
        states: vec![
            percentile::StateRow {
                label: "California".into(),
                points: data.state("CA").map(|w| [w.p10, w.median, w.p90]),
            },
            percentile::StateRow {
                label: "Alabama".into(),
                points: None,
            },
        ],
        salary: Some(61_000.0),
        basis,
    }
}

#[test]
fn the_percentile_chart_labels_every_percentile_with_its_exact_figure() {
    for width in [360, 1000] {
        let svg = percentile::scene(&national_inputs(PayBasis::Annual), &Theme::LIGHT, width).svg();
        for label in [
            "10th: $34,970",
            "25th: $40,930",
            "Median: $58,250",
            "75th: $81,410",
            "90th: $103,380",
        ] {
            assert!(svg.contains(label), "{label} missing at width {width}");
        }
        assert!(svg.contains("no data"), "Alabama must be drawn as no data");
        assert!(svg.contains("You: $61,000"));
    }
    let hourly = percentile::scene(&national_inputs(PayBasis::Hourly), &Theme::DARK, 800).svg();
    assert!(
        hourly.contains("Median: $28.00"),
        "hourly labels are annual / 2080"
    );
}

#[test]
fn a_downloaded_chart_carries_the_source_line_below_the_drawing() {
    let scene = percentile::scene(&national_inputs(PayBasis::Annual), &Theme::LIGHT, 600);
    let with_source =
        salary_explorer::charts::with_footer_line(&scene, "Source: BLS & co <2022>", &Theme::LIGHT);
    assert_eq!(
        (with_source.width, with_source.height),
        (scene.width, scene.height + 28)
    );
    let svg = with_source.svg();
    assert!(svg.contains(&format!("viewBox=\"0 0 600 {}\"", scene.height + 28)));
    assert!(svg.contains(">Source: BLS &amp; co &lt;2022&gt;</text>\n</svg>"));
    assert!(
        svg.starts_with(&scene.svg().lines().next().unwrap_or_default().replace(
            &format!(
                "height=\"{}\" viewBox=\"0 0 600 {}\"",
                scene.height, scene.height
            ),
            &format!(
                "height=\"{}\" viewBox=\"0 0 600 {}\"",
                scene.height + 28,
                scene.height + 28
            )
        ))
    );
}

/// WCAG relative luminance of an sRGB colour.
fn luminance(c: plotters::style::RGBColor) -> f64 {
    let channel = |v: u8| {
        let v = f64::from(v) / 255.0;
        if v <= 0.03928 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(c.0) + 0.7152 * channel(c.1) + 0.0722 * channel(c.2)
}

fn contrast(a: plotters::style::RGBColor, b: plotters::style::RGBColor) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[test]
fn both_chart_themes_meet_wcag_contrast_for_text_and_marks() {
    for (name, theme) in [("light", Theme::LIGHT), ("dark", Theme::DARK)] {
        for (what, colour) in [("text", theme.text), ("muted text", theme.muted)] {
            let ratio = contrast(colour, theme.background);
            assert!(ratio >= 4.5, "{name} {what}: {ratio:.2}:1 is below 4.5:1");
        }
        for (what, colour) in [
            ("marks", theme.mark),
            ("medians", theme.accent),
            ("reference line", theme.reference),
            ("highlight", theme.highlight),
            ("no-data hatching", theme.no_data),
        ] {
            let ratio = contrast(colour, theme.background);
            assert!(ratio >= 3.0, "{name} {what}: {ratio:.2}:1 is below 3:1");
        }
    }
}
