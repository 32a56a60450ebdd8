//! What each chart is given and the buttons laid over it, built from the real embedded data
//! as the page builds them: the percentile chart's state rows, the range chart's, the map's
//! and the metro charts' hotspots.

use salary_explorer::charts::hotspot::Hotspot;
use salary_explorer::charts::metro_inputs::{
    metro_jobs_inputs, metro_pay_inputs, summaries, text_alternative,
};
use salary_explorer::charts::percentile::{self, StateLabels};
use salary_explorer::charts::{metro_bars, state_ranges, tile_map};
use salary_explorer::model::dataset::{load_embedded, Dataset};
use salary_explorer::model::geo::Region;
use salary_explorer::model::metro_rows::{visible_jobs, visible_pay, MetroTable};
use salary_explorer::model::money::{Dollars, PayBasis};
use salary_explorer::model::view_state::{AreaFilter, Measure, ViewState};

fn dataset() -> Dataset {
    load_embedded().unwrap_or_else(|e| panic!("embedded data is invalid: {e:?}"))
}

fn view(edit: impl FnOnce(&mut ViewState)) -> ViewState {
    let mut view = ViewState::default();
    edit(&mut view);
    view
}

fn west(selected: Vec<&'static str>) -> ViewState {
    view(|v| {
        v.area = Some(AreaFilter::Region(Region::West));
        v.selected = selected;
    })
}

const CALIFORNIA: &str = "California: bottom 10% $48,980, median $84,770, top 10% $152,290";

/// Every box lies inside the drawing.
fn assert_inside(spots: &[Hotspot]) {
    for s in spots {
        let inside = s.left >= 0.0
            && s.top >= 0.0
            && s.width > 0.0
            && s.height > 0.0
            && s.left + s.width <= 100.0 + 1e-9
            && s.top + s.height <= 100.0 + 1e-9;
        assert!(inside, "{s:?}");
    }
}

/// No two boxes share any area.
fn assert_apart(spots: &[Hotspot]) {
    for (i, a) in spots.iter().enumerate() {
        for b in spots.iter().skip(i + 1) {
            let overlap_x = a.left < b.left + b.width - 1e-9 && b.left < a.left + a.width - 1e-9;
            let overlap_y = a.top < b.top + b.height - 1e-9 && b.top < a.top + a.height - 1e-9;
            assert!(!(overlap_x && overlap_y), "{} overlaps {}", a.key, b.key);
        }
    }
}

#[test]
fn the_percentile_chart_has_one_row_per_chosen_state_labelled_as_its_view_asks() {
    let data = dataset();
    let chosen = view(|v| v.selected = vec!["CA", "DC", "AL"]);
    let labels = |rule, width| -> Vec<String> {
        percentile::inputs_for(&data, &chosen, None, rule, width)
            .states
            .into_iter()
            .map(|row| row.label)
            .collect()
    };
    assert_eq!(
        labels(StateLabels::Names, 1000),
        ["California", "District of Columbia", "Alabama"]
    );
    assert_eq!(
        labels(StateLabels::NamesThatFit, 1000),
        ["California", "DC", "Alabama"]
    );
    for rule in [StateLabels::Names, StateLabels::NamesThatFit] {
        assert_eq!(labels(rule, 479), ["CA", "DC", "AL"]);
    }

    let hourly = view(|v| {
        v.selected = vec!["CA", "AL"];
        v.pay = PayBasis::Hourly;
    });
    let inputs = percentile::inputs_for(&data, &hourly, Some(61_000.0), StateLabels::Names, 800);
    assert_eq!(inputs.national, data.national.points());
    let points: Vec<_> = inputs.states.iter().map(|row| row.points).collect();
    assert_eq!(
        points,
        [
            Some([Dollars(48_980), Dollars(84_770), Dollars(152_290)]),
            None
        ],
        "Alabama has no data"
    );
    assert_eq!(inputs.salary, Some(61_000.0));
    assert_eq!(inputs.basis, PayBasis::Hourly);
}

#[test]
fn the_range_chart_has_a_button_over_each_western_states_row() {
    let data = dataset();
    let inputs = state_ranges::inputs_for(&data, &west(vec!["CA"]), Some(2), Some(61_000.0));
    assert_eq!(inputs.rows.len(), 12, "13 western states, minus Wyoming");
    assert_eq!((inputs.active, inputs.salary), (Some(2), Some(61_000.0)));
    assert_eq!(inputs.national_median, Dollars(58_250));

    let spots = state_ranges::hotspots(&inputs);
    assert_eq!(spots.len(), 12);
    let first = &spots[0];
    assert_eq!(first.key, "CA", "highest median first");
    assert_eq!(first.label, CALIFORNIA);
    assert_eq!(
        first.tooltip,
        "California · bottom 10% $48,980, median $84,770, top 10% $152,290"
    );
    assert_eq!(first.pressed, Some(true));
    assert!(spots[1..].iter().all(|s| s.pressed == Some(false)));
    assert!(spots.iter().all(|s| s.left == 0.0 && s.width == 100.0));
    assert!(
        spots.windows(2).all(|w| w[0].top < w[1].top),
        "top to bottom"
    );
    assert_inside(&spots);
    assert_apart(&spots);
}

#[test]
fn the_maps_buttons_cover_every_tile_with_its_figures_low_to_high() {
    let data = dataset();
    let inputs = tile_map::inputs_for(&data, &west(vec!["CA"]));
    for width in [360, 1022] {
        let spots = tile_map::hotspots(&inputs, &data, width);
        assert_eq!(spots.len(), 51, "every state and DC");
        assert_inside(&spots);
        assert_apart(&spots);
    }
    let spots = tile_map::hotspots(&inputs, &data, 1022);
    let spot = |code: &str| spots.iter().find(|s| s.key == code).cloned();
    let california = spot("CA").unwrap_or_else(|| panic!("no CA button"));
    assert_eq!(california.label, CALIFORNIA);
    assert_eq!(california.tooltip, california.label);
    assert_eq!(california.pressed, Some(true));
    let texas = spot("TX").unwrap_or_else(|| panic!("no TX button"));
    assert_eq!(
        texas.label,
        "Texas: bottom 10% $39,140, median $70,550, top 10% $101,760 (filtered out)"
    );
    assert_eq!(texas.pressed, Some(false));
    let wyoming = spot("WY").unwrap_or_else(|| panic!("no WY button"));
    assert_eq!(
        wyoming.label,
        "Wyoming: no data (the source gives no figures)"
    );
    assert_eq!(
        wyoming.pressed, None,
        "a state without data is not a toggle"
    );

    let by = |measure| {
        let inputs = tile_map::inputs_for(&data, &view(|v| v.measure = measure));
        tile_map::hotspots(&inputs, &data, 1022)
            .into_iter()
            .find(|s| s.key == "CA")
            .map(|s| s.label)
    };
    assert_eq!(
        by(Measure::Spread).as_deref(),
        Some(format!("{CALIFORNIA}, spread $103,310").as_str())
    );
    assert_eq!(
        by(Measure::VsNational).as_deref(),
        Some(format!("{CALIFORNIA}, +$26,520 (+45.5%) vs the national median").as_str())
    );
}

#[test]
fn each_metro_chart_has_a_button_over_each_bar_with_its_summary() {
    let data = dataset();
    let all = ViewState::default();
    let pay_rows = visible_pay(&data, &all);
    let words = summaries(
        MetroTable::HighestPaying,
        &data,
        &pay_rows,
        PayBasis::Annual,
    );
    let pay = metro_pay_inputs(&data, &all, None, None);
    let spots = metro_bars::hotspots(&pay, &words);
    assert_eq!(spots.len(), 10);
    let keys: Vec<&str> = spots.iter().map(|s| s.key.as_str()).collect();
    let labels: Vec<&str> = pay.bars.iter().map(|b| b.label.as_str()).collect();
    assert_eq!(keys, labels);
    assert!(spots
        .iter()
        .all(|s| s.label == s.tooltip && s.pressed.is_none()));
    assert!(spots
        .iter()
        .any(|s| s.label.starts_with("Los Angeles-Long Beach-Anaheim, CA: median $83,660, +$25,410 (+43.6%) vs US median $58,250; CA median $84,770")));
    assert_inside(&spots);
    assert_apart(&spots);

    let jobs_rows = visible_jobs(&data, &all);
    let words = summaries(
        MetroTable::MostEmployment,
        &data,
        &jobs_rows,
        PayBasis::Annual,
    );
    let spots = metro_bars::hotspots(&metro_jobs_inputs(&data, &all, None), &words);
    assert_eq!(
        spots.first().map(|s| s.label.as_str()),
        Some("New York-Newark-Jersey City, NY-NJ-PA: 1,840 people employed")
    );
    assert_inside(&spots);
    assert_apart(&spots);

    let text = text_alternative(
        MetroTable::HighestPaying,
        &data,
        &pay_rows,
        PayBasis::Annual,
        Some(61_000.0),
    );
    assert!(
        text.starts_with("Bar chart of 10 of the 10 highest-paying metro areas by median salary. ")
    );
    assert!(text.ends_with(". Your salary $61,000 is marked."), "{text}");
}

#[test]
fn the_percentile_charts_describe_each_chosen_state_in_the_same_words() {
    let data = dataset();
    let chosen = view(|v| v.selected = vec!["CA", "WY"]);
    assert_eq!(
        percentile::comparison_text(&data, &chosen),
        format!("The national wage distribution (median $58,250) with the selected states below it. {CALIFORNIA}; Wyoming: no data")
    );
    let text = percentile::text_alternative(&data, &chosen, Some(61_000.0));
    assert!(
        text.starts_with("National wage distribution, per year: 10th percentile $"),
        "{text}"
    );
    assert!(text.contains(", Median percentile $58,250, "), "{text}");
    assert!(
        text.ends_with(&format!(
            ". {CALIFORNIA}. Wyoming: no data. Your salary $61,000 is marked."
        )),
        "{text}"
    );
}

/// The page paints a new drawing over the last one without clearing its canvas first, which
/// is sound only because every drawing starts by filling its whole box with an opaque
/// background: this checks it for every chart, in both themes, at a wide and a narrow width.
#[test]
fn every_drawing_starts_with_an_opaque_background_over_its_whole_box() {
    use salary_explorer::charts::{Scene, Shape, Theme};
    let data = dataset();
    let all = ViewState::default();
    let west = west(vec!["CA"]);
    let nothing = view(|v| v.name_query = "no such state".into());
    for theme in [Theme::LIGHT, Theme::DARK] {
        for width in [1022, 358] {
            let mut scenes: Vec<(&str, Scene)> = Vec::new();
            for v in [&all, &west, &nothing] {
                let ranges = state_ranges::inputs_for(&data, v, None, None);
                scenes.push(("state ranges", state_ranges::scene(&ranges, &theme, width)));
                let map = tile_map::inputs_for(&data, v);
                scenes.push(("map", tile_map::scene(&map, &theme, width)));
                let national =
                    percentile::inputs_for(&data, v, Some(61_000.0), StateLabels::Names, width);
                scenes.push(("percentiles", percentile::scene(&national, &theme, width)));
                let pay = metro_pay_inputs(&data, v, None, None);
                scenes.push(("metro pay", metro_bars::scene(&pay, &theme, width)));
                let jobs = metro_jobs_inputs(&data, v, None);
                scenes.push(("metro jobs", metro_bars::scene(&jobs, &theme, width)));
            }
            for (name, scene) in scenes {
                let first = scene.shapes.first();
                let covers = matches!(
                    first,
                    Some(Shape::Rect { from: (0, 0), to, paint, fill: true })
                        if *to == (scene.width as i32, scene.height as i32)
                            && paint.alpha == 1.0
                            && paint.rgb == (theme.background.0, theme.background.1, theme.background.2)
                );
                assert!(
                    covers,
                    "{name} at {width}px starts with {first:?}, not the background over {}x{}",
                    scene.width, scene.height
                );
            }
        }
    }
}
