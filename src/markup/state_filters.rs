//! The States view's controls: measure, sort, Census area, name search, salary range.

use super::Id;

/// The controls, empty where the page fills them in: the menus' options, the region
/// buttons (`#states-regions`), the range legend, hint and error, and the count.
pub const SKELETON: &str = r#"<div class="filter-row"><div class="field"><label for="states-measure">Measure</label><select id="states-measure"></select></div><div class="field"><label for="states-sort">Sort by</label><select id="states-sort"></select></div><div class="field"><label for="states-dir">Order</label><select id="states-dir"></select></div></div><div class="filter-row"><div class="field"><span class="field-label" id="states-region-label">Census region</span><div class="toggle-group" role="group" aria-labelledby="states-region-label" id="states-regions"></div></div><div class="field"><label for="states-division">Division</label><select id="states-division"></select></div><div class="field"><label for="states-q">State name</label><input id="states-q" type="search" autocomplete="off" maxlength="40" placeholder="e.g. new or TX"></div></div><div class="filter-row"><fieldset class="field range-field"><legend id="states-range-legend"></legend><label for="states-min">From</label><input id="states-min" type="text" inputmode="decimal" autocomplete="off" size="9" aria-describedby="states-range-hint states-range-error"><label for="states-max">to</label><input id="states-max" type="text" inputmode="decimal" autocomplete="off" size="9" aria-describedby="states-range-hint states-range-error"><p class="field-hint" id="states-range-hint"></p><p class="field-error" id="states-range-error" aria-live="polite"></p></fieldset><div class="filter-summary"><p class="states-count" id="states-count" role="status" aria-live="polite"></p><button type="button" class="secondary-button" id="states-clear-filters">Clear filters</button></div></div>"#;
// The ids of SKELETON's elements that the `ui` layer looks up.
pub const STATES_MEASURE: Id = id!("states-measure");
pub const STATES_SORT: Id = id!("states-sort");
pub const STATES_DIR: Id = id!("states-dir");
pub const STATES_REGIONS: Id = id!("states-regions");
pub const STATES_DIVISION: Id = id!("states-division");
pub const STATES_Q: Id = id!("states-q");
pub const STATES_RANGE_LEGEND: Id = id!("states-range-legend");
pub const STATES_MIN: Id = id!("states-min");
pub const STATES_MAX: Id = id!("states-max");
pub const STATES_RANGE_HINT: Id = id!("states-range-hint");
pub const STATES_RANGE_ERROR: Id = id!("states-range-error");
pub const STATES_COUNT: Id = id!("states-count");
pub const STATES_CLEAR_FILTERS: Id = id!("states-clear-filters");

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::view_state::MAX_NAME_QUERY_CHARS;

    #[test]
    fn the_name_field_takes_as_many_characters_as_the_view_state_keeps() {
        assert!(SKELETON.contains(&format!("id=\"states-q\" type=\"search\" autocomplete=\"off\" maxlength=\"{MAX_NAME_QUERY_CHARS}\"")));
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
