//! The States view's controls: measure, sort, Census area, name search, salary range.

use super::{attr_if, options, toggle_buttons, Html, Id, Markup};
use crate::model::geo::{Division, Region};
use crate::model::money::PayBasis;
use crate::model::view_state::{AreaFilter, Measure, SortDir, SortKey, ViewState};

/// The controls, empty where the page fills them in: the menus' options, the region
/// buttons (`#states-regions`), the range legend, hint and error, and the count.
pub const SKELETON: &str = r#"<div class="filter-row"><div class="field"><label for="states-measure">Measure</label><select id="states-measure"></select></div><div class="field"><label for="states-sort">Sort by</label><select id="states-sort"></select></div><div class="field"><label for="states-dir">Order</label><select id="states-dir"></select></div></div><div class="filter-row"><div class="field"><span class="field-label" id="states-region-label">Census region</span><div class="toggle-group" role="group" aria-labelledby="states-region-label" id="states-regions"></div></div><div class="field"><label for="states-division">Division</label><select id="states-division"></select></div><div class="field"><label for="states-q">State name</label><input id="states-q" type="search" autocomplete="off" maxlength="40" placeholder="e.g. new or TX"></div></div><div class="filter-row"><fieldset class="field range-field"><legend id="states-range-legend"></legend><label for="states-min">From</label><input id="states-min" type="text" inputmode="decimal" autocomplete="off" size="9" aria-describedby="states-range-hint states-range-error"><label for="states-max">to</label><input id="states-max" type="text" inputmode="decimal" autocomplete="off" size="9" aria-describedby="states-range-hint states-range-error"><p class="field-hint" id="states-range-hint"></p><p class="field-error" id="states-range-error" aria-live="polite"></p></fieldset><div class="filter-summary"><p class="states-count" id="states-count" role="status" aria-live="polite"></p><button type="button" class="secondary-button" id="states-clear-filters">Clear filters</button></div></div>"#;
// The ids of SKELETON's elements that the `ui` layer looks up.
pub const STATES_MEASURE: Id = id!("states-measure");
pub const STATES_SORT: Id = id!("states-sort");
pub const STATES_DIR: Id = id!("states-dir");
pub const STATES_REGIONS: Id = id!("states-regions");
pub const STATES_DIVISION: Id = id!("states-division");
/// The division menu's first entry ("All of the West").
pub const STATES_DIVISION_ALL: &str = "#states-division > option";
pub const STATES_Q: Id = id!("states-q");
pub const STATES_RANGE_LEGEND: Id = id!("states-range-legend");
pub const STATES_MIN: Id = id!("states-min");
pub const STATES_MAX: Id = id!("states-max");
pub const STATES_RANGE_HINT: Id = id!("states-range-hint");
pub const STATES_RANGE_ERROR: Id = id!("states-range-error");
pub const STATES_COUNT: Id = id!("states-count");
pub const STATES_CLEAR_FILTERS: Id = id!("states-clear-filters");

/// The measure menu's options, `selected` marked.
pub fn measure_options(selected: Measure) -> Markup {
    options(
        &Measure::ALL.map(|m| (m.slug(), m.label())),
        selected.slug(),
    )
}

/// The sort menu's options, `selected` marked.
pub fn sort_options(selected: SortKey) -> Markup {
    options(
        &SortKey::ALL.map(|k| (k.slug(), k.label())),
        selected.slug(),
    )
}

/// The order menu's slug for `dir`.
pub fn dir_slug(dir: SortDir) -> &'static str {
    match dir {
        SortDir::Ascending => "asc",
        SortDir::Descending => "desc",
    }
}

/// The order menu's options, `selected` marked.
pub fn dir_options(selected: SortDir) -> Markup {
    options(
        &[("desc", "Descending"), ("asc", "Ascending")],
        dir_slug(selected),
    )
}

/// The region the area filter lies in, if any.
pub fn chosen_region(view: &ViewState) -> Option<Region> {
    match view.area {
        Some(AreaFilter::Region(r)) => Some(r),
        Some(AreaFilter::Division(d)) => Some(d.region()),
        None => None,
    }
}

/// The region buttons ("All" and each Census region), `pressed` pressed ("All" for none).
pub fn region_buttons(pressed: Option<Region>) -> Markup {
    let items: Vec<(&str, &str)> = std::iter::once(("all", "All"))
        .chain(Region::ALL.iter().map(|r| (r.slug(), r.label())))
        .collect();
    toggle_buttons(
        "data-filter-region",
        &items,
        pressed.map_or("all", Region::slug),
    )
}

/// The division menu's slug for the area filter ("" for all).
pub fn division_slug(view: &ViewState) -> &'static str {
    match view.area {
        Some(AreaFilter::Division(d)) => d.slug(),
        _ => "",
    }
}

/// The division menu's first entry, for all of `region` (of every region for none).
pub fn division_all_label(region: Option<Region>) -> String {
    match region {
        Some(r) => format!("All of the {}", r.label()),
        None => "All divisions".to_string(),
    }
}

/// The division menu's options: all of `region`, then every division (its region in
/// `data-region`), those of other regions hidden; the one whose slug is `selected` marked.
///
/// The page writes them once, for every region, and shows a region's own divisions by
/// setting the menu's `data-region` (see the stylesheet): adding or removing a menu's entries
/// makes Chrome's autofill look over the page's form fields again, in a task that runs
/// before anything else once the frame is drawn (1.4 ms a click on the States view).
pub fn division_options(region: Option<Region>, selected: &str) -> Markup {
    let mut html = Html::new();
    html.element(
        "option",
        &[
            ("value", ""),
            attr_if(selected.is_empty(), ("selected", "")),
        ],
        &division_all_label(region),
    );
    for d in Division::ALL {
        html.element(
            "option",
            &[
                ("value", d.slug()),
                ("data-region", d.region().slug()),
                attr_if(d.slug() == selected, ("selected", "")),
                attr_if(region.is_some_and(|r| d.region() != r), ("hidden", "")),
            ],
            d.label(),
        );
    }
    html.finish()
}

/// The range fields' legend: "Range of the median".
pub fn range_legend(measure: Measure) -> String {
    format!("Range of the {}", measure.label().to_ascii_lowercase())
}

/// How to type a range bound for `measure` in `basis`, with an example.
pub fn range_hint(measure: Measure, basis: PayBasis) -> String {
    let example = if measure == Measure::VsNational {
        "-5000 or 10000"
    } else {
        "45000 or 45k"
    };
    format!(
        "{}, {}; for example {example}.",
        measure.label(),
        basis.unit()
    )
}

/// "48 of 48 states with data shown".
pub fn count_text(shown: usize, total: usize) -> String {
    format!("{shown} of {total} states with data shown")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::view_state::MAX_NAME_QUERY_CHARS;

    #[test]
    fn the_name_field_takes_as_many_characters_as_the_view_state_keeps() {
        assert!(SKELETON.contains(&format!("id=\"states-q\" type=\"search\" autocomplete=\"off\" maxlength=\"{MAX_NAME_QUERY_CHARS}\"")));
    }

    #[test]
    fn the_division_menu_keeps_every_division_and_hides_other_regions() {
        let west = division_options(Some(Region::West), "pacific").into_string();
        assert!(
            west.starts_with("<option value=\"\">All of the West</option>"),
            "{west}"
        );
        assert_eq!(west.matches("<option").count(), 1 + Division::ALL.len());
        for d in Division::ALL {
            let open = format!(
                "<option value=\"{}\" data-region=\"{}\"",
                d.slug(),
                d.region().slug()
            );
            let at = west.find(&open).unwrap_or_else(|| panic!("{open}"));
            let tag = &west[at..at + west[at..].find('>').unwrap_or(0)];
            assert_eq!(tag.contains(" hidden"), d.region() != Region::West, "{tag}");
            assert_eq!(tag.contains(" selected"), d.slug() == "pacific", "{tag}");
        }
        let all = division_options(None, "").into_string();
        assert!(!all.contains(" hidden"), "{all}");
        assert!(
            all.starts_with("<option value=\"\" selected=\"\">All divisions</option>"),
            "{all}"
        );
    }

    #[test]
    fn every_control_has_a_label() {
        for id in [
            "states-measure",
            "states-sort",
            "states-dir",
            "states-division",
            "states-q",
            "states-min",
            "states-max",
        ] {
            assert!(SKELETON.contains(&format!("<label for=\"{id}\">")), "{id}");
            assert_eq!(SKELETON.matches(&format!("id=\"{id}\"")).count(), 1, "{id}");
        }
    }

    #[test]
    fn the_skeleton_gives_each_looked_up_id_to_one_element() {
        crate::markup::assert_each_id_once(
            SKELETON,
            &[
                STATES_MEASURE,
                STATES_SORT,
                STATES_DIR,
                STATES_REGIONS,
                STATES_DIVISION,
                STATES_Q,
                STATES_RANGE_LEGEND,
                STATES_MIN,
                STATES_MAX,
                STATES_RANGE_HINT,
                STATES_RANGE_ERROR,
                STATES_COUNT,
                STATES_CLEAR_FILTERS,
            ],
        );
    }
}
