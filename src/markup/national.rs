//! Text blocks of the National view: the headline figures, the chosen states, the salary
//! locator and the job outlook.

use super::{options, Html, Id, Markup};
use crate::model::dataset::Dataset;
use crate::model::geo::{state_by_code, STATES};
use crate::model::locator::{describe_metros, LocatorReport};
use crate::model::money::{group_thousands, plain_number, PayBasis};
use crate::model::stats::{describe_placement, Placement};

/// The view's heading, headline figures (`.headline`) and state picker: the menu
/// (`#state-picker`), the chosen states (`.chips`) and a message line.
pub const TOP: &str = r#"<h2 id="national-title">What the job pays nationally</h2><div class="headline"></div><div class="picker"><label for="state-picker">Compare with a state</label><select id="state-picker"></select><ul class="chips" aria-label="States shown on the chart"></ul><p class="field-message" role="status"></p></div>"#;
// The ids of TOP's elements that the `ui` layer looks up.
pub const STATE_PICKER: Id = id!("state-picker");

/// The salary locator: the field (`#salary-input`, labelled by `#salary-label`), its
/// message, the results (`#salary-results`), how estimates are made and the share switch.
/// The field is in a form of its own, as the metro filters are (see `metros::TOP`): Enter
/// submits nothing.
pub const LOCATOR: &str = r#"<h3>Where does your salary fall?</h3><label for="salary-input" id="salary-label"></label><form class="locator-row" method="dialog"><input id="salary-input" type="text" inputmode="decimal" autocomplete="off" maxlength="40" aria-describedby="salary-message salary-method"><button type="button" class="link-button" id="salary-clear">Clear</button></form><p id="salary-message" class="field-message" aria-live="polite"></p><div id="salary-results" aria-live="polite" aria-atomic="true"></div><p id="salary-method" class="hint">Percentiles are estimates: a straight line between the two published percentiles around your salary. Outside the 10th–90th range no estimate is made. Add states above to see them too.</p><label class="check"><input type="checkbox" id="salary-share"> Include my salary in the page link (otherwise it stays in this browser)</label>"#;
// The ids of LOCATOR's elements that the `ui` layer looks up.
pub const SALARY_LABEL: Id = id!("salary-label");
pub const SALARY_INPUT: Id = id!("salary-input");
pub const SALARY_CLEAR: Id = id!("salary-clear");
pub const SALARY_MESSAGE: Id = id!("salary-message");
pub const SALARY_RESULTS: Id = id!("salary-results");
pub const SALARY_SHARE: Id = id!("salary-share");

/// The national median and the range of the middle 80%, in `basis`.
pub fn headline(data: &Dataset, basis: PayBasis) -> Markup {
    let national = data.national;
    let mut html = Html::new();
    figure(
        &mut html,
        &basis.format(national.median),
        &format!("national median, {}", basis.unit()),
    );
    figure(
        &mut html,
        &format!(
            "{} – {}",
            basis.format(national.p10),
            basis.format(national.p90)
        ),
        "what the middle 80% of workers earn (10th to 90th percentile)",
    );
    html.finish()
}

fn figure(html: &mut Html, value: &str, label: &str) {
    html.open("p", &[("class", "figure")])
        .element("span", &[("class", "figure-value")], value)
        .element("span", &[("class", "figure-label")], label)
        .close("p");
}

/// The state picker's options: a prompt, then every state, those without figures marked.
pub fn picker_options(data: &Dataset) -> Markup {
    let names: Vec<String> = STATES
        .iter()
        .map(|s| match data.state(s.code) {
            Some(_) => s.name.to_string(),
            None => format!("{} (no data)", s.name),
        })
        .collect();
    let items: Vec<(&str, &str)> = std::iter::once(("", "Choose a state…"))
        .chain(
            STATES
                .iter()
                .zip(&names)
                .map(|(s, name)| (s.code, name.as_str())),
        )
        .collect();
    options(&items, "")
}

/// The salary field's label in `basis`.
pub fn salary_label(basis: PayBasis) -> &'static str {
    match basis {
        PayBasis::Annual => "Your salary or offer, per year",
        PayBasis::Hourly => "Your pay, per hour",
    }
}

/// The salary field's example in `basis`.
pub fn salary_placeholder(basis: PayBasis) -> &'static str {
    match basis {
        PayBasis::Annual => "e.g. 58250, $58,250 or 58.2k",
        PayBasis::Hourly => "e.g. 28.50",
    }
}

/// The chosen states, each with a remove button (`data-remove`).
pub fn chips(selected: &[&str]) -> Markup {
    let mut html = Html::new();
    for info in selected.iter().filter_map(|c| state_by_code(c)) {
        html.open("li", &[("class", "chip")])
            .element("span", &[], info.name)
            .element(
                "button",
                &[
                    ("type", "button"),
                    ("class", "chip-remove"),
                    ("data-remove", info.code),
                    ("data-focus-key", &format!("remove:{}", info.code)),
                    ("aria-label", &format!("Remove {}", info.name)),
                ],
                "×",
            )
            .close("li");
    }
    html.finish()
}

/// Where `salary` (annual) falls, line by line (nationally, in each chosen state, against
/// the metros): each line's bold lead ("$52,000 nationally: ") and the rest.
pub fn locator_lines(
    report: &LocatorReport,
    salary: f64,
    basis: PayBasis,
) -> Vec<(String, String)> {
    let mut lines = vec![(
        format!("{} nationally: ", basis.format_f64(salary)),
        placement_text(report.national),
    )];
    for s in &report.states {
        lines.push((
            format!("In {}: ", s.state.name),
            s.placement
                .map_or_else(|| "no data for this state".to_string(), placement_text),
        ));
    }
    lines.push((
        "Metro areas: ".to_string(),
        format!("{}.", describe_metros(report)),
    ));
    lines
}

/// The list of [`locator_lines`].
pub fn locator_list(lines: &[(String, String)]) -> Markup {
    let mut html = Html::new();
    html.open("ul", &[("class", "locator-results")]);
    for (lead, text) in lines {
        html.open("li", &[])
            .element("strong", &[], lead)
            .text(text)
            .close("li");
    }
    html.close("ul");
    html.finish()
}

fn placement_text(placement: Placement) -> String {
    match placement {
        Placement::Estimate(_) => format!("{} (estimate)", describe_placement(placement)),
        _ => describe_placement(placement),
    }
}

/// The job outlook: projected growth, and what it means per 1,000 jobs.
pub fn outlook(data: &Dataset) -> Markup {
    let outlook = &data.outlook;
    let growth = plain_number(outlook.growth_percent);
    let per_thousand = (1000.0 * (1.0 + outlook.growth_percent / 100.0)).round() as i64;
    let mut html = Html::new();
    html.element("h3", &[("id", "outlook-title")], "Job outlook");
    figure(
        &mut html,
        &format!("+{growth}%"),
        &format!(
            "projected job growth, {}–{}",
            outlook.from_year, outlook.through_year
        ),
    );
    html.element(
        "p",
        &[],
        &format!(
            "The BLS projects jobs in this occupation to grow {growth}% from {} through {}: for every 1,000 jobs in {}, about {} in {}. {}",
            outlook.from_year,
            outlook.through_year,
            outlook.from_year,
            group_thousands(per_thousand),
            outlook.through_year,
            outlook.note
        ),
    );
    html.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::embedded::dataset;
    use crate::model::locator::locate;

    #[test]
    fn the_headline_gives_the_median_and_the_middle_80_percent() {
        let html = headline(&dataset(), PayBasis::Annual);
        assert!(html.contains("<span class=\"figure-value\">$58,250</span>"));
        assert!(html.contains("<span class=\"figure-value\">$34,970 – $103,380</span>"));
    }

    #[test]
    fn chips_name_each_state_with_a_remove_button() {
        let html = chips(&["TX", "XX"]);
        assert_eq!(html.matches("<li").count(), 1);
        assert!(html.contains(
            "<span>Texas</span><button type=\"button\" class=\"chip-remove\" data-remove=\"TX\""
        ));
        assert!(html.contains("aria-label=\"Remove Texas\""));
    }

    #[test]
    fn the_locator_reports_nation_states_and_metros() {
        let data = dataset();
        let report = locate(&data, 58_250.0, &["CA", "WY"]);
        let html = report.map_or_else(Markup::default, |r| {
            locator_list(&locator_lines(&r, 58_250.0, PayBasis::Annual))
        });
        assert!(html
            .contains("<strong>$58,250 nationally: </strong>about the 50th percentile (estimate)"));
        assert!(html.contains("<strong>In Wyoming: </strong>no data for this state"));
        assert!(html.contains("<strong>Metro areas: </strong>"));
    }

    #[test]
    fn the_outlook_states_the_projection_exactly() {
        let data = dataset();
        let html = outlook(&data);
        assert!(html.contains(&format!("+{}%", data.outlook.growth_percent)));
        assert!(html.contains(&data.outlook.note));
    }

    #[test]
    fn the_top_gives_each_looked_up_id_to_one_element() {
        crate::markup::assert_each_id_once(TOP, &[STATE_PICKER]);
    }

    #[test]
    fn the_locator_gives_each_looked_up_id_to_one_element() {
        crate::markup::assert_each_id_once(
            LOCATOR,
            &[
                SALARY_LABEL,
                SALARY_INPUT,
                SALARY_CLEAR,
                SALARY_MESSAGE,
                SALARY_RESULTS,
                SALARY_SHARE,
            ],
        );
    }
}
