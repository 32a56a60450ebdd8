//! Metro-area labels as the source writes them: "Kansas City, MO-KS".

use super::geo::{state_by_code, StateInfo};
use std::fmt;

/// A metropolitan area: its name, the states it spans, and the label exactly as published.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MetroArea {
    /// The label exactly as the source prints it.
    pub label: String,
    /// The part before the state codes: "Kansas City".
    pub name: String,
    /// The states the area spans, in the order the label gives them.
    pub states: Vec<&'static StateInfo>,
}

impl MetroArea {
    /// True when the area lies (at least partly) in the state with this postal code.
    pub fn spans(&self, code: &str) -> bool {
        self.states.iter().any(|s| s.code == code)
    }

    /// The postal codes joined as in the label: "MO-KS".
    pub fn state_codes(&self) -> String {
        self.states
            .iter()
            .map(|s| s.code)
            .collect::<Vec<_>>()
            .join("-")
    }
}

/// Why a metro label could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MetroLabelError {
    /// No ", " separates the name from the state codes.
    NoStateCodes,
    /// Nothing before the comma.
    EmptyName,
    /// A code that is not two capital letters naming a state or DC.
    UnknownState(String),
    /// The same state twice.
    RepeatedState(String),
}

impl fmt::Display for MetroLabelError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MetroLabelError::NoStateCodes => {
                write!(
                    f,
                    "expected \"Name, ST\" or \"Name, ST-ST\" with postal codes after a comma"
                )
            }
            MetroLabelError::EmptyName => write!(f, "the area name before the comma is empty"),
            MetroLabelError::UnknownState(code) => {
                write!(f, "\"{code}\" is not the postal code of a state or DC")
            }
            MetroLabelError::RepeatedState(code) => write!(f, "state \"{code}\" is listed twice"),
        }
    }
}

/// Reads "Name, ST-ST" into a [`MetroArea`].
pub fn parse_metro_label(label: &str) -> Result<MetroArea, MetroLabelError> {
    let (name, codes) = label
        .rsplit_once(", ")
        .ok_or(MetroLabelError::NoStateCodes)?;
    let name = name.trim();
    if name.is_empty() {
        return Err(MetroLabelError::EmptyName);
    }
    let mut states: Vec<&'static StateInfo> = Vec::new();
    for code in codes.split('-') {
        let is_code = code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase());
        let info = state_by_code(code)
            .filter(|_| is_code)
            .ok_or_else(|| MetroLabelError::UnknownState(code.to_string()))?;
        if states.iter().any(|s| s.code == info.code) {
            return Err(MetroLabelError::RepeatedState(code.to_string()));
        }
        states.push(info);
    }
    Ok(MetroArea {
        label: label.to_string(),
        name: name.to_string(),
        states,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_metro_spanning_two_states_names_both() {
        let area = parse_metro_label("Kansas City, MO-KS");
        let area = area.as_ref().map(|a| (a.name.as_str(), a.state_codes()));
        assert_eq!(area, Ok(("Kansas City", "MO-KS".to_string())));
    }

    #[test]
    fn hyphens_inside_the_name_are_kept() {
        let area = parse_metro_label("Sacramento--Roseville--Arden-Arcade, CA");
        assert_eq!(
            area.map(|a| a.name),
            Ok("Sacramento--Roseville--Arden-Arcade".to_string())
        );
    }

    #[test]
    fn malformed_labels_are_rejected_with_a_reason() {
        assert_eq!(
            parse_metro_label("Topeka KS"),
            Err(MetroLabelError::NoStateCodes)
        );
        assert_eq!(parse_metro_label(", KS"), Err(MetroLabelError::EmptyName));
        assert_eq!(
            parse_metro_label("Topeka, XX"),
            Err(MetroLabelError::UnknownState("XX".into()))
        );
        assert_eq!(
            parse_metro_label("Topeka, ks"),
            Err(MetroLabelError::UnknownState("ks".into()))
        );
        assert_eq!(
            parse_metro_label("Kansas City, MO-MO"),
            Err(MetroLabelError::RepeatedState("MO".into()))
        );
        assert_eq!(
            parse_metro_label("Topeka, "),
            Err(MetroLabelError::UnknownState(String::new()))
        );
    }
}
