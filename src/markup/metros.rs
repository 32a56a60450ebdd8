//! Text blocks of the Metro areas view.

use super::action::{self, Action};
use super::{options, Html, Id, Markup};
use crate::model::dataset::Dataset;
use crate::model::geo::{state_by_code, StateInfo};
use crate::model::view_state::{Tab, ViewState};

/// The view's heading, the note that the two lists are different, the filters (the state
/// menu `#metro-state`, the switch `#metro-in-selected`, the selected states
/// `#metro-selected-states`) and the counts line (`.metro-counts`).
///
/// The filters are a form of their own (which never submits: `method="dialog"` outside a
/// dialog): when a field changes, Chrome's autofill looks over the fields of its form, or
/// over every field of the page that is in no form, in a task just after the frame.
pub const TOP: &str = r#"<h2 id="metros-title">Metro areas</h2><p class="metro-two-lists"><strong>These are two different top-10 lists from the source.</strong> One ranks metro areas by median salary, the other by how many people do this job there. The source gives no salary for the second list and no employment for the first, so the two cannot be compared metro by metro. <span class="metro-diamond" aria-hidden="true">◆</span> marks the one metro area in both lists.</p><form class="metro-filters" method="dialog" aria-label="Filter the metro lists"><label class="metro-filter"><span>State</span><select id="metro-state"></select></label><div class="metro-filter"><label class="metro-toggle"><input id="metro-in-selected" type="checkbox"><span>Only metros in my selected states</span></label><p class="metro-selected" id="metro-selected-states"></p></div></form><p class="metro-counts" role="status" aria-live="polite"></p>"#;
// The ids of TOP's elements that the `ui` layer looks up.
pub const METRO_STATE: Id = id!("metro-state");
pub const METRO_IN_SELECTED: Id = id!("metro-in-selected");
pub const METRO_SELECTED_STATES: Id = id!("metro-selected-states");

/// The state menu's options: all states, then each state in `menu`, and `chosen` (from a
/// link) even when it is in neither list, so it still shows as chosen (and matches nothing);
/// the one whose code is `selected` marked.
pub fn state_options(menu: &[&'static StateInfo], chosen: Option<&str>, selected: &str) -> Markup {
    let labels: Vec<(&str, String)> = menu
        .iter()
        .copied()
        .chain(chosen.and_then(state_by_code).filter(|s| !menu.contains(s)))
        .map(|s| (s.code, format!("{} ({})", s.name, s.code)))
        .collect();
    let items: Vec<(&str, &str)> = std::iter::once(("", "All states"))
        .chain(labels.iter().map(|(code, label)| (*code, label.as_str())))
        .collect();
    options(&items, selected)
}

/// How many metro areas of each list the filters (`phrase`, as `filter_phrase` words them)
/// leave: `pay` of the highest-paying and `jobs` of the most-employment list.
pub fn counts(data: &Dataset, pay: usize, jobs: usize, phrase: &str) -> String {
    format!(
        "Showing {pay} of {} highest-paying and {jobs} of {} most-employment metro areas {phrase}.",
        data.highest_paying.len(),
        data.most_employment.len()
    )
}

/// [`selected_states_text`] for `view`, its link to the States view with the same choices.
pub fn selected_states(view: &ViewState) -> Markup {
    let link = ViewState {
        tab: Tab::States,
        ..view.clone()
    }
    .to_query();
    selected_states_text(&view.selected, &link)
}

/// Which states the States view has selected, with a link there (`href` the link's query)
/// to change them.
pub fn selected_states_text(selected: &[&str], href: &str) -> Markup {
    let names: Vec<&str> = selected
        .iter()
        .filter_map(|c| state_by_code(c))
        .map(|s| s.name)
        .collect();
    let mut html = Html::new();
    let link = [("href", href), (action::ATTR, Action::GoStates.attr())];
    if names.is_empty() {
        html.text("You have not selected any states yet. ")
            .element("a", &link, "Select states in the States view")
            .text(".");
    } else {
        html.text(&format!("Your selected states: {}. ", names.join(", ")))
            .element("a", &link, "Change them");
    }
    html.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_selection_invites_the_user_to_select() {
        let html = selected_states_text(&[], "?view=states");
        assert_eq!(html, "You have not selected any states yet. <a href=\"?view=states\" data-action=\"go-states\">Select states in the States view</a>.");
    }

    #[test]
    fn a_selection_is_listed_by_name() {
        let html = selected_states_text(&["TX", "CA"], "?view=states&amp;s=TX");
        assert!(html.starts_with("Your selected states: Texas, California. <a "));
        assert!(html.ends_with(">Change them</a>"));
    }

    #[test]
    fn the_top_gives_each_looked_up_id_to_one_element() {
        crate::markup::assert_each_id_once(
            TOP,
            &[METRO_STATE, METRO_IN_SELECTED, METRO_SELECTED_STATES],
        );
    }
}
