//! What a control in generated markup does when activated: its `data-action` value. The
//! markup writes it and the `ui` layer compares it with [`Action::attr`], so a renamed
//! action is one change that both sides see; [`Action::parse`] reads any value back, which
//! the tests use to check that the markup writes only known actions.

/// The attribute that carries an action.
pub const ATTR: &str = "data-action";

/// Every `data-action` the page's markup carries.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// Hides the notices about a link.
    Dismiss,
    /// Downloads every figure as one CSV file (About view).
    AllData,
    /// Goes to the States view to change the selection (Metro areas view).
    GoStates,
    /// Downloads one table as CSV.
    Csv,
    /// Copies a chart's embed snippet.
    CopyEmbed,
}

impl Action {
    /// Every action, for tests.
    pub const ALL: [Action; 5] = [
        Action::Dismiss,
        Action::AllData,
        Action::GoStates,
        Action::Csv,
        Action::CopyEmbed,
    ];

    /// The attribute value written into markup.
    pub fn attr(self) -> &'static str {
        match self {
            Action::Dismiss => "dismiss",
            Action::AllData => "all-data",
            Action::GoStates => "go-states",
            Action::Csv => "csv",
            Action::CopyEmbed => "copy-embed",
        }
    }

    /// The action an attribute value names; None for anything else.
    pub fn parse(value: &str) -> Option<Action> {
        match value {
            "dismiss" => Some(Action::Dismiss),
            "all-data" => Some(Action::AllData),
            "go-states" => Some(Action::GoStates),
            "csv" => Some(Action::Csv),
            "copy-embed" => Some(Action::CopyEmbed),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::markup::{about, chart, metros, shell, table};
    use crate::model::dataset::load_embedded;

    /// Every `data-action` value in `html`.
    fn actions_in(html: &str) -> Vec<&str> {
        html.split("data-action=\"")
            .skip(1)
            .filter_map(|rest| rest.split('"').next())
            .collect()
    }

    #[test]
    fn every_action_reads_back_from_its_attribute() {
        for action in Action::ALL {
            assert_eq!(Action::parse(action.attr()), Some(action));
        }
        assert_eq!(Action::parse("Dismiss"), None);
        assert_eq!(Action::parse(""), None);
    }

    #[test]
    fn the_markup_writes_only_known_actions_and_each_one_somewhere() {
        let data = load_embedded().unwrap();
        let blocks = [
            shell::notices(&["A notice".to_string()]),
            about::rest(&data),
            metros::selected_states_text(&[], "?view=states"),
            metros::selected_states_text(&["TX"], "?view=states"),
            table::skeleton("Wages"),
            chart::figure("state-map", "Tiles", None),
        ];
        let mut written = Vec::new();
        for html in &blocks {
            for value in actions_in(html) {
                let action = Action::parse(value);
                assert!(action.is_some(), "unknown action {value:?} in {html}");
                written.extend(action);
            }
        }
        for action in Action::ALL {
            assert!(written.contains(&action), "{action:?} is never written");
        }
    }
}
