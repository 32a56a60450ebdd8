//! The States view's controls: measure, sort, Census area, name search, salary range.

/// The controls, empty where the page fills them in: the menus' options, the region
/// buttons (`#states-regions`), the range legend, hint and error, and the count.
pub const SKELETON: &str = r#"<div class="filter-row"><div class="field"><label for="states-measure">Measure</label><select id="states-measure"></select></div><div class="field"><label for="states-sort">Sort by</label><select id="states-sort"></select></div><div class="field"><label for="states-dir">Order</label><select id="states-dir"></select></div></div><div class="filter-row"><div class="field"><span class="field-label" id="states-region-label">Census region</span><div class="toggle-group" role="group" aria-labelledby="states-region-label" id="states-regions"></div></div><div class="field"><label for="states-division">Division</label><select id="states-division"></select></div><div class="field"><label for="states-q">State name</label><input id="states-q" type="search" autocomplete="off" maxlength="40" placeholder="e.g. new or TX"></div></div><div class="filter-row"><fieldset class="field range-field"><legend id="states-range-legend"></legend><label for="states-min">From</label><input id="states-min" type="text" inputmode="decimal" autocomplete="off" size="9" aria-describedby="states-range-hint states-range-error"><label for="states-max">to</label><input id="states-max" type="text" inputmode="decimal" autocomplete="off" size="9" aria-describedby="states-range-hint states-range-error"><p class="field-hint" id="states-range-hint"></p><p class="field-error" id="states-range-error" aria-live="polite"></p></fieldset><div class="filter-summary"><p class="states-count" id="states-count" role="status" aria-live="polite"></p><button type="button" class="secondary-button" id="states-clear-filters">Clear filters</button></div></div>"#;

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
}
