//! The States view's behaviour on the host: filters, sorting, the colour scale, and the
//! map and range chart as rendered SVG.

use salary_explorer::charts::color_scale::Bins;
use salary_explorer::charts::{state_ranges, tile_map, Shape, Theme};
use salary_explorer::markup::Markup;
use salary_explorer::model::dataset::{load_embedded, Dataset, StateWages};
use salary_explorer::model::geo::{state_by_code, Division, Region, STATES};
use salary_explorer::model::money::{Dollars, PayBasis};
use salary_explorer::model::state_rows::{
    parse_range_bound, range_bound_text, sort_after_click, sort_states, visible_states,
    MAX_RANGE_BOUND,
};
use salary_explorer::model::view_state::{AreaFilter, Measure, SortDir, SortKey, ViewState};

fn dataset() -> Dataset {
    match load_embedded() {
        Ok(data) => data,
        Err(errors) => panic!("embedded data is invalid: {errors:#?}"),
    }
}

fn codes(rows: &[&StateWages]) -> Vec<&'static str> {
    rows.iter().map(|s| s.state.code).collect()
}

fn view(edit: impl FnOnce(&mut ViewState)) -> ViewState {
    let mut view = ViewState::default();
    edit(&mut view);
    view
}

#[test]
fn with_no_filters_all_48_states_with_data_are_shown() {
    let data = dataset();
    assert_eq!(visible_states(&data, &ViewState::default()).len(), 48);
}

#[test]
fn filtering_by_region_keeps_only_that_regions_states_with_data() {
    let data = dataset();
    let west = visible_states(
        &data,
        &view(|v| v.area = Some(AreaFilter::Region(Region::West))),
    );
    // 13 western states, minus Wyoming (no data).
    assert_eq!(west.len(), 12);
    assert!(west
        .iter()
        .all(|s| s.state.division.region() == Region::West));
    let south = visible_states(
        &data,
        &view(|v| v.area = Some(AreaFilter::Region(Region::South))),
    );
    // 16 southern states and DC, minus Alabama.
    assert_eq!(south.len(), 16);
}

#[test]
fn filtering_by_division_keeps_only_that_division() {
    let data = dataset();
    let pacific = visible_states(
        &data,
        &view(|v| v.area = Some(AreaFilter::Division(Division::Pacific))),
    );
    let mut found = codes(&pacific);
    found.sort_unstable();
    assert_eq!(found, ["AK", "CA", "HI", "OR", "WA"]);
}

#[test]
fn the_name_search_matches_part_of_a_name_or_a_whole_postal_code_in_any_case() {
    let data = dataset();
    let by_name = |q: &str| {
        let mut found = codes(&visible_states(
            &data,
            &view(|v| {
                v.name_query = q.into();
                v.sort = SortKey::Name;
                v.dir = SortDir::Ascending;
            }),
        ));
        found.sort_unstable();
        found
    };
    assert_eq!(by_name("new"), ["NH", "NJ", "NM", "NY"]);
    assert_eq!(by_name("  NEW york "), ["NY"]);
    assert_eq!(by_name("tx"), ["TX"]);
    assert_eq!(by_name("carolina"), ["NC", "SC"]);
    assert!(by_name("atlantis").is_empty());
    // Alabama has no data, so searching for it shows nothing rather than a made-up row.
    assert!(by_name("alabama").is_empty());
}

#[test]
fn the_salary_range_applies_to_the_chosen_measure_inclusively() {
    let data = dataset();
    let rows = visible_states(
        &data,
        &view(|v| {
            v.min = Some(80_800);
            v.max = Some(90_000);
        }),
    );
    let mut found = codes(&rows);
    found.sort_unstable();
    // California's median is 84,770 and DC's exactly 80,800.
    assert_eq!(found, ["CA", "DC"]);

    let above_national = visible_states(
        &data,
        &view(|v| {
            v.measure = Measure::VsNational;
            v.min = Some(0);
        }),
    );
    assert!(above_national
        .iter()
        .all(|s| s.median >= data.national.median));
    assert!(!above_national.is_empty());

    let wide = visible_states(
        &data,
        &view(|v| {
            v.measure = Measure::Spread;
            v.min = Some(100_000);
        }),
    );
    assert_eq!(
        codes(&wide),
        ["CA"],
        "only California spreads more than $100,000"
    );
}

#[test]
fn filters_combine() {
    let data = dataset();
    let rows = visible_states(
        &data,
        &view(|v| {
            v.area = Some(AreaFilter::Region(Region::Northeast));
            v.name_query = "new".into();
            v.max = Some(60_000);
        }),
    );
    for row in &rows {
        assert_eq!(row.state.division.region(), Region::Northeast);
        assert!(row.state.name.starts_with("New"));
        assert!(row.median <= Dollars(60_000));
    }
}

fn wages(code: &str, median: u32) -> StateWages {
    let info = state_by_code(code).unwrap_or_else(|| panic!("{code} is not a state"));
    StateWages {
        state: info,
        median: Dollars(median),
        p10: Dollars(median / 2),
        p90: Dollars(median * 2),
    }
}

#[test]
fn sorting_breaks_ties_by_name_a_to_z_in_both_directions() {
    let rows = [
        wages("TX", 50_000),
        wages("OH", 60_000),
        wages("AK", 50_000),
        wages("NY", 50_000),
        wages("CA", 40_000),
    ];
    let mut refs: Vec<&StateWages> = rows.iter().collect();
    sort_states(&mut refs, SortKey::Median, SortDir::Descending);
    assert_eq!(codes(&refs), ["OH", "AK", "NY", "TX", "CA"]);
    sort_states(&mut refs, SortKey::Median, SortDir::Ascending);
    assert_eq!(codes(&refs), ["CA", "AK", "NY", "TX", "OH"]);
}

#[test]
fn sorting_the_real_rows_is_ordered_and_stable_for_every_key() {
    let data = dataset();
    for key in SortKey::ALL {
        for dir in [SortDir::Ascending, SortDir::Descending] {
            let rows = visible_states(
                &data,
                &view(|v| {
                    v.sort = key;
                    v.dir = dir;
                }),
            );
            assert_eq!(rows.len(), 48);
            let again = visible_states(
                &data,
                &view(|v| {
                    v.sort = key;
                    v.dir = dir;
                }),
            );
            assert_eq!(
                codes(&rows),
                codes(&again),
                "{key:?} {dir:?} is not deterministic"
            );
            for pair in rows.windows(2) {
                let value = |s: &StateWages| match key {
                    SortKey::Median => s.median.0,
                    SortKey::Bottom10 => s.p10.0,
                    SortKey::Top10 => s.p90.0,
                    SortKey::Spread => s.spread().0,
                    SortKey::Name => 0,
                };
                let (a, b) = (pair[0], pair[1]);
                let ordered = match (key, dir) {
                    (SortKey::Name, SortDir::Ascending) => a.state.name < b.state.name,
                    (SortKey::Name, SortDir::Descending) => a.state.name > b.state.name,
                    (_, SortDir::Ascending) => {
                        value(a) < value(b) || (value(a) == value(b) && a.state.name < b.state.name)
                    }
                    (_, SortDir::Descending) => {
                        value(a) > value(b) || (value(a) == value(b) && a.state.name < b.state.name)
                    }
                };
                assert!(
                    ordered,
                    "{key:?} {dir:?}: {} before {}",
                    a.state.name, b.state.name
                );
            }
        }
    }
}

#[test]
fn clicking_the_current_column_flips_and_a_new_column_starts_in_its_own_direction() {
    let current = view(|v| {
        v.sort = SortKey::Median;
        v.dir = SortDir::Descending;
    });
    assert_eq!(
        sort_after_click(&current, SortKey::Median),
        (SortKey::Median, SortDir::Ascending)
    );
    assert_eq!(
        sort_after_click(&current, SortKey::Name),
        (SortKey::Name, SortDir::Ascending)
    );
    assert_eq!(
        sort_after_click(&current, SortKey::Spread),
        (SortKey::Spread, SortDir::Descending)
    );
}

#[test]
fn typed_range_bounds_read_in_the_pay_basis_and_bad_input_is_refused() {
    use PayBasis::*;
    assert_eq!(parse_range_bound("", Annual, Measure::Median), Ok(None));
    assert_eq!(
        parse_range_bound("$45,000", Annual, Measure::Median),
        Ok(Some(45_000))
    );
    assert_eq!(
        parse_range_bound("45k", Annual, Measure::Median),
        Ok(Some(45_000))
    );
    assert_eq!(
        parse_range_bound("21.50", Hourly, Measure::Median),
        Ok(Some(44_720))
    );
    assert_eq!(
        parse_range_bound("-5000", Annual, Measure::VsNational),
        Ok(Some(-5_000))
    );
    assert_eq!(
        parse_range_bound("0", Annual, Measure::VsNational),
        Ok(Some(0))
    );
    assert!(parse_range_bound("-5000", Annual, Measure::Median).is_err());
    assert!(parse_range_bound("lots", Annual, Measure::Median).is_err());
    assert!(parse_range_bound("-", Annual, Measure::VsNational).is_err());
    assert!(parse_range_bound("2000000", Annual, Measure::Median).is_err());
    // $1,000,000 a year shown per hour is $480.77, which still means the limit.
    assert_eq!(range_bound_text(Some(MAX_RANGE_BOUND), Hourly), "480.77");
    assert_eq!(
        parse_range_bound("480.77", Hourly, Measure::Median),
        Ok(Some(MAX_RANGE_BOUND))
    );
    assert!(parse_range_bound("480.78", Hourly, Measure::Median).is_err());
    assert_eq!(
        parse_range_bound("99999999999999999999", Annual, Measure::Median),
        Err("Type an amount up to $1,000,000 a year.".into())
    );
    // The same grammar as the salary field: a point starts cents, a comma groups thousands.
    let european = parse_range_bound("45.000", Annual, Measure::Median);
    assert!(
        european
            .as_ref()
            .is_err_and(|m| m.contains("comma for thousands")),
        "{european:?}"
    );
    assert!(parse_range_bound("4,50,00", Annual, Measure::Median).is_err());
    assert_eq!(range_bound_text(Some(44_720), Hourly), "21.50");
    assert_eq!(range_bound_text(Some(-5_000), Annual), "-5000");
    assert_eq!(range_bound_text(None, Annual), "");
}

#[test]
fn colour_bins_have_round_edges_and_values_on_an_edge_go_up() {
    let bins = Bins::sequential(&[35_720.0, 84_770.0]);
    assert_eq!(
        bins.edges,
        [30_000.0, 40_000.0, 50_000.0, 60_000.0, 70_000.0, 80_000.0, 90_000.0]
    );
    assert_eq!(bins.count(), 6);
    assert_eq!(bins.index(30_000.0), 0);
    assert_eq!(bins.index(39_999.0), 0);
    assert_eq!(bins.index(40_000.0), 1);
    assert_eq!(
        bins.index(90_000.0),
        5,
        "the top edge belongs to the last bin"
    );
    assert_eq!(
        bins.index(10.0),
        0,
        "values below the scale go to the first bin"
    );
    assert_eq!(
        bins.index(1e9),
        5,
        "values above the scale go to the last bin"
    );
    assert_eq!(bins.index(f64::NAN), 0);
}

#[test]
fn the_difference_scale_is_centred_on_zero() {
    let bins = Bins::diverging(&[-22_530.0, 26_520.0]);
    assert_eq!(
        bins.edges,
        [-30_000.0, -20_000.0, -10_000.0, 0.0, 10_000.0, 20_000.0, 30_000.0]
    );
    assert_eq!(bins.index(-1.0), 2);
    assert_eq!(bins.index(0.0), 3);
    assert_ne!(
        bins.color(2),
        bins.color(3),
        "below and above the national median differ"
    );
    assert_eq!(
        tile_map::bin_label(-10_000.0, 0.0, true, PayBasis::Annual),
        "$0–$10k below"
    );
    assert_eq!(
        tile_map::bin_label(0.0, 10_000.0, true, PayBasis::Annual),
        "$0–$10k above"
    );
}

#[test]
fn colour_bins_survive_odd_inputs() {
    for values in [
        vec![],
        vec![50_000.0],
        vec![f64::NAN, f64::INFINITY],
        vec![7.0, 7.0],
    ] {
        for bins in [Bins::sequential(&values), Bins::diverging(&values)] {
            assert!(bins.count() >= 1, "{values:?}");
            let _ = bins.color(bins.index(50_000.0));
        }
    }
}

/// Texts of the SVG's <text> elements.
fn svg_texts(svg: &str) -> Vec<String> {
    svg.split("<text")
        .skip(1)
        .filter_map(|part| {
            let body = part.split_once('>')?.1;
            Some(body.split_once("</text>")?.0.trim().to_string())
        })
        .collect()
}

fn map_svg(view: &ViewState, width: u32) -> Markup {
    tile_map::scene(
        &tile_map::inputs_for(&dataset(), view),
        &Theme::LIGHT,
        width,
    )
    .svg()
}

#[test]
fn the_map_has_51_labelled_tiles_three_of_them_hatched_no_data() {
    for width in [1022, 332] {
        let data = dataset();
        let inputs = tile_map::inputs_for(&data, &ViewState::default());
        assert_eq!(inputs.tiles.len(), 51);
        let svg = tile_map::scene(&inputs, &Theme::LIGHT, width).svg();
        let texts = svg_texts(&svg);
        let labels: Vec<&String> = texts
            .iter()
            .filter(|t| STATES.iter().any(|s| s.code == t.as_str()))
            .collect();
        assert_eq!(labels.len(), 51, "{width}px: {texts:?}");
        let no_data: Vec<&str> = inputs
            .tiles
            .iter()
            .filter(|t| t.value.is_none())
            .map(|t| t.code)
            .collect();
        assert_eq!(no_data, ["ND", "WY", "AL"], "in reading order");
        assert_eq!(
            texts.iter().filter(|t| *t == "No data").count(),
            1,
            "one legend entry"
        );
        // Each hatched square has a 1px outline in the no-data colour; three tiles plus the legend swatch.
        let hatch = format!(
            "stroke=\"#{:02X}{:02X}{:02X}\"",
            Theme::LIGHT.no_data.0,
            Theme::LIGHT.no_data.1,
            Theme::LIGHT.no_data.2
        );
        let outlines = svg.split("<rect").filter(|r| r.contains(&hatch)).count();
        assert_eq!(outlines, 4, "{width}px");
    }
}

#[test]
fn the_map_fades_filtered_out_tiles_and_outlines_selected_ones() {
    let data = dataset();
    let west = view(|v| {
        v.area = Some(AreaFilter::Region(Region::West));
        v.selected = vec!["CA", "TX"];
    });
    let inputs = tile_map::inputs_for(&data, &west);
    assert_eq!(inputs.tiles.len(), 51, "filtered-out tiles stay on the map");
    assert_eq!(
        inputs.tiles.iter().filter(|t| t.shown).count(),
        13,
        "12 western states with data and Wyoming"
    );
    assert_eq!(inputs.tiles.iter().filter(|t| t.selected).count(), 2);
    let texts = svg_texts(&map_svg(&west, 1022));
    assert!(texts.iter().any(|t| t == "Filtered out"));
    assert!(texts.iter().any(|t| t == "Selected"));
    assert!(texts.iter().any(|t| t == "$80k–$90k"), "{texts:?}");
}

#[test]
fn filtering_fades_tiles_in_the_drawing_and_never_changes_the_maps_height() {
    let data = dataset();
    let all = tile_map::inputs_for(&data, &ViewState::default());
    let west = tile_map::inputs_for(
        &data,
        &view(|v| v.area = Some(AreaFilter::Region(Region::West))),
    );
    for width in [1022, 700, 360] {
        assert_eq!(
            tile_map::height(&all, width),
            tile_map::height(&west, width),
            "{width}px: the legend keeps room for its \"Filtered out\" line"
        );
    }
    // The legend explains faded tiles only when some are.
    let filtered_out = "Filtered out".to_string();
    assert!(!svg_texts(&tile_map::scene(&all, &Theme::LIGHT, 1022).svg()).contains(&filtered_out));
    assert!(svg_texts(&tile_map::scene(&west, &Theme::LIGHT, 1022).svg()).contains(&filtered_out));
    // A tile is filled with a fainter colour when its state is filtered out: the filled
    // square centred on its label.
    let tile_fill = |inputs: &tile_map::Inputs, code: &str| {
        let scene = tile_map::scene(inputs, &Theme::LIGHT, 1022);
        let centre = scene
            .shapes
            .iter()
            .find_map(|shape| match shape {
                Shape::Text { text, at, .. } if text == code => Some(*at),
                _ => None,
            })
            .unwrap_or_else(|| panic!("no {code} label"));
        scene
            .shapes
            .iter()
            .find_map(|shape| match shape {
                Shape::Rect {
                    from,
                    to,
                    paint,
                    fill: true,
                } if ((from.0 + to.0) / 2, (from.1 + to.1) / 2) == centre => Some(*paint),
                _ => None,
            })
            .unwrap_or_else(|| panic!("no {code} tile"))
    };
    assert_eq!(tile_fill(&all, "CA"), tile_fill(&west, "CA"));
    assert_ne!(tile_fill(&all, "TX"), tile_fill(&west, "TX"));
}

#[test]
fn the_map_legend_follows_the_pay_basis_and_the_measure() {
    let hourly = svg_texts(&map_svg(&view(|v| v.pay = PayBasis::Hourly), 1022));
    assert!(
        hourly.iter().any(|t| t.starts_with("Median, per hour")),
        "{hourly:?}"
    );
    assert!(
        hourly
            .iter()
            .all(|t| !t.contains('k') || t.contains("per hour")),
        "{hourly:?}"
    );
    let difference = svg_texts(&map_svg(&view(|v| v.measure = Measure::VsNational), 1022));
    assert!(
        difference.iter().any(|t| t.ends_with("below"))
            && difference.iter().any(|t| t.ends_with("above")),
        "{difference:?}"
    );
}

#[test]
fn the_range_chart_has_one_row_per_shown_state() {
    let data = dataset();
    for filter in [
        ViewState::default(),
        view(|v| v.area = Some(AreaFilter::Region(Region::Midwest))),
        view(|v| v.name_query = "zzz".into()),
    ] {
        let rows = visible_states(&data, &filter);
        let inputs = state_ranges::Inputs {
            rows: rows
                .iter()
                .map(|s| state_ranges::Row::of(s, false))
                .collect(),
            national_median: data.national.median,
            active: None,
            salary: None,
            basis: PayBasis::Annual,
        };
        let texts = svg_texts(&state_ranges::scene(&inputs, &Theme::LIGHT, 1022).svg());
        let row_labels: Vec<&String> = texts
            .iter()
            .filter(|t| STATES.iter().any(|s| s.name == t.as_str()))
            .collect();
        assert_eq!(row_labels.len(), rows.len());
        let expected: Vec<&str> = rows.iter().map(|s| s.state.name).collect();
        assert_eq!(row_labels, expected, "rows in the sorted order");
    }
}

#[test]
fn the_map_text_alternative_names_the_states_without_data_from_the_data() {
    let data = dataset();
    let west = view(|v| v.area = Some(AreaFilter::Region(Region::West)));
    let mut inputs = tile_map::inputs_for(&data, &west);
    let text = tile_map::text_alternative(&inputs, true);
    assert!(
        text.contains("12 states with data match the filters. Alabama, North Dakota and Wyoming have no data."),
        "{text}"
    );
    // Had the source also left out Ohio, the map would say so.
    if let Some(ohio) = inputs.tiles.iter_mut().find(|t| t.code == "OH") {
        ohio.value = None;
    }
    let text = tile_map::text_alternative(&inputs, true);
    assert!(
        text.contains("Alabama, North Dakota, Ohio and Wyoming have no data."),
        "{text}"
    );
}

proptest::proptest! {
    #[test]
    fn every_range_bound_goes_into_the_link_and_back_into_its_field(
        bound in proptest::prop_oneof![
            -MAX_RANGE_BOUND..=MAX_RANGE_BOUND,
            // Near the limits, where a cent per hour is worth more than the room left.
            MAX_RANGE_BOUND - 20..=MAX_RANGE_BOUND,
            -MAX_RANGE_BOUND..=-MAX_RANGE_BOUND + 20,
        ],
        hourly in proptest::bool::ANY,
    ) {
        let basis = if hourly { PayBasis::Hourly } else { PayBasis::Annual };
        let view = ViewState {
            pay: basis,
            measure: Measure::VsNational,
            min: Some(bound),
            ..ViewState::default()
        };
        proptest::prop_assert_eq!(ViewState::from_query(&view.to_query()), (view, vec![]));
        // The field shows the bound in the basis (per hour to the cent) and that text reads
        // back as the same bound, give or take the cent's rounding.
        let text = range_bound_text(Some(bound), basis);
        let back = parse_range_bound(&text, basis, Measure::VsNational);
        let slack = (PayBasis::Hourly.to_annual(0.005)).ceil() as i64;
        proptest::prop_assert!(
            back.as_ref().is_ok_and(|b| b.is_some_and(|b| (b - bound).abs() <= slack)),
            "{} shown as {:?} reads back as {:?}", bound, text, back
        );
    }
}

#[test]
fn the_map_drawing_follows_the_region_filter() {
    let data = dataset();
    let drawn = |area: Region| {
        let inputs =
            tile_map::inputs_for(&data, &view(|v| v.area = Some(AreaFilter::Region(area))));
        tile_map::scene(&inputs, &Theme::LIGHT, 1022)
    };
    assert_ne!(drawn(Region::West), drawn(Region::South));
    assert_eq!(drawn(Region::West).count_text("Filtered out"), 1);
}

#[test]
fn the_text_alternatives_point_to_the_table_only_where_the_page_shows_it() {
    let data = dataset();
    let inputs = tile_map::inputs_for(&data, &ViewState::default());
    let note = "The table below lists every figure.";
    assert!(tile_map::text_alternative(&inputs, true).ends_with(note));
    let embedded = tile_map::text_alternative(&inputs, false);
    assert!(!embedded.contains("table"), "{embedded}");
    assert!(embedded.ends_with("have no data."), "{embedded}");
    assert!(state_ranges::text_alternative(48, PayBasis::Annual, None, true).ends_with(note));
    let embedded = state_ranges::text_alternative(48, PayBasis::Annual, Some(61_000.0), false);
    assert!(!embedded.contains("table"), "{embedded}");
    assert!(
        embedded.starts_with("Range chart of 48 states"),
        "{embedded}"
    );
}
