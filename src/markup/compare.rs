//! The States view's comparison panel: the national figures and each selected state's,
//! side by side.

use super::{options, Html, Id, Markup};
use crate::model::dataset::Dataset;
use crate::model::geo::state_by_code;
use crate::model::money::{format_difference, PayBasis};
use crate::model::view_state::MAX_SELECTED;

/// The panel's frame: the state menu (`#compare-picker`), the clear button, the status
/// line and the list of cards (`.compare-cards`).
pub const SKELETON: &str = r#"<div class="compare-head"><h3 id="compare-title">Compare states</h3><div class="compare-actions"><label class="visually-hidden" for="compare-picker">Add a state to compare</label><select id="compare-picker"></select><button type="button" class="secondary-button" id="compare-clear">Clear selection</button></div></div><p class="compare-status" id="compare-status" role="status" aria-live="polite"></p><ul class="compare-cards"></ul>"#;
// The ids of SKELETON's elements that the `ui` layer looks up.
pub const COMPARE_PICKER: Id = id!("compare-picker");
pub const COMPARE_CLEAR: Id = id!("compare-clear");
pub const COMPARE_STATUS: Id = id!("compare-status");

/// One card for the nation, then one per selected state (`data-state`), each with its
/// bottom 10%, median and top 10%, the state's median against the nation's, and a
/// Remove button (`data-remove`). A state without data says so.
/// The picker's options: a prompt, then every state with figures not yet `chosen`.
pub fn picker_options(data: &Dataset, chosen: &[&str]) -> Markup {
    let items: Vec<(&str, &str)> = std::iter::once(("", "Add a state…"))
        .chain(
            data.states
                .iter()
                .filter(|s| !chosen.contains(&s.state.code))
                .map(|s| (s.state.code, s.state.name)),
        )
        .collect();
    options(&items, "")
}

/// The panel's status line when nothing went wrong: how to select, or how many are selected.
pub fn status(count: usize) -> String {
    if count == 0 {
        format!("Select up to {MAX_SELECTED} states on the map, the range chart or the table, or add one here.")
    } else {
        format!("{count} of up to {MAX_SELECTED} states selected.")
    }
}

pub fn cards(data: &Dataset, selected: &[&str], basis: PayBasis) -> Markup {
    let national = data.national;
    let mut html = Html::new();
    html.open("li", &[("class", "compare-card national")])
        .element("h4", &[], "United States");
    figures(
        &mut html,
        basis,
        [national.p10, national.median, national.p90],
    );
    html.close("li");
    for code in selected {
        let name = state_by_code(code).map_or(*code, |s| s.name);
        html.open("li", &[("class", "compare-card"), ("data-state", code)])
            .element("h4", &[], name);
        match data.state(code) {
            Some(s) => {
                figures(&mut html, basis, s.figures());
                html.open("p", &[("class", "compare-difference")])
                    .text("Median vs US: ")
                    .element(
                        "strong",
                        &[],
                        &format_difference(basis, s.median, national.median),
                    )
                    .close("p");
            }
            None => {
                html.element(
                    "p",
                    &[("class", "no-data")],
                    "No data: the source gives no figures for this state.",
                );
            }
        }
        html.element(
            "button",
            &[
                ("type", "button"),
                ("class", "link-button"),
                ("data-remove", code),
                ("data-focus-key", &format!("remove:{code}")),
                ("aria-label", &format!("Remove {name} from the comparison")),
            ],
            "Remove",
        )
        .close("li");
    }
    html.finish()
}

fn figures(
    html: &mut Html,
    basis: PayBasis,
    [p10, median, p90]: [crate::model::money::Dollars; 3],
) {
    html.open("dl", &[("class", "compare-figures")]);
    for (term, value) in [("Bottom 10%", p10), ("Median", median), ("Top 10%", p90)] {
        html.element("dt", &[], term)
            .element("dd", &[], &basis.format(value));
    }
    html.close("dl");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::embedded::dataset;

    #[test]
    fn the_nation_comes_first_then_each_selected_state() {
        let data = dataset();
        let html = cards(&data, &["CA", "WY"], PayBasis::Annual);
        let national = html.find("United States").unwrap_or(usize::MAX);
        let california = html.find("data-state=\"CA\"").unwrap_or(0);
        assert!(national < california);
        assert!(html.contains("<dt>Median</dt><dd>$58,250</dd>"));
        assert!(html.contains("aria-label=\"Remove California from the comparison\""));
        assert!(html.contains("<li class=\"compare-card\" data-state=\"WY\"><h4>Wyoming</h4><p class=\"no-data\">No data"));
        assert_eq!(html.matches("Median vs US: ").count(), 1);
    }

    #[test]
    fn the_skeleton_gives_each_looked_up_id_to_one_element() {
        crate::markup::assert_each_id_once(
            SKELETON,
            &[COMPARE_PICKER, COMPARE_CLEAR, COMPARE_STATUS],
        );
    }
}
