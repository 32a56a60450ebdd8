//! The About the data view: source, definitions, caveats, download and citation.

use super::action::{self, Action};
use super::{Html, Markup};
use crate::model::dataset::Dataset;
use crate::model::money::PayBasis;
use crate::model::table::{Cell, Column, Table, Unit};

/// The class of what only works with the app running (the CSV download), which the page
/// the build wrote hides while JavaScript is off.
pub const NEEDS_SCRIPT: &str = "needs-script";

/// Terms used on the page and what they mean.
pub const DEFINITIONS: [(&str, &str); 6] = [
    ("Percentile", "The wage below which that share of workers fall: 25% of workers earn less than the 25th percentile."),
    ("Median", "The 50th percentile: half of workers earn more, half less. Unlike an average, a few very high salaries do not pull it up."),
    ("Bottom 10% / Top 10%", "The 10th and 90th percentiles: one worker in ten earns less than the first, one in ten more than the second."),
    ("Spread", "Top 10% minus bottom 10%: how far apart low and high pay are in a place."),
    ("Hourly", "Annual wage divided by 2,080 hours (52 weeks of 40 hours). The source publishes annual figures."),
    ("Estimated percentile", "Where a salary falls, estimated by straight-line interpolation between the two published percentiles around it. Outside the 10th-90th range no estimate is made."),
];

/// The terms of [`DEFINITIONS`] as a table.
pub fn definitions_table() -> Table {
    Table {
        basis: PayBasis::Annual,
        columns: vec![
            Column::new("Term", Unit::Text),
            Column::new("Meaning", Unit::Text),
        ],
        rows: DEFINITIONS
            .iter()
            .map(|(term, meaning)| {
                vec![
                    Cell::Text(term.to_string()),
                    Cell::Text(meaning.to_string()),
                ]
            })
            .collect(),
    }
}

/// The view's heading, the source and the occupation; the definitions follow.
pub fn intro(data: &Dataset) -> Markup {
    let mut html = Html::new();
    html.element("h2", &[("id", "about-title")], "About the data")
        .element("h3", &[], "Source")
        .element(
            "p",
            &[],
            &format!(
                "Every figure on this page is from the {}: {}. Wages are annual, in US dollars, for {}. Job growth is the projection from {} through {}.",
                data.source.publisher,
                data.source.title,
                data.source.wage_year,
                data.outlook.from_year,
                data.outlook.through_year
            ),
        )
        .open("p", &[])
        .text("The occupation is ")
        .element("strong", &[], &data.occupation)
        .text(". The source notes that medical billers and coders are counted in it, so education, duties and pay within it vary widely.")
        .close("p")
        .element("h3", &[], "Definitions");
    html.finish()
}

/// The caveats, the download of every figure (`data-action="all-data"`) and the citation.
pub fn rest(data: &Dataset) -> Markup {
    let missing: Vec<&str> = data.states_without_data().iter().map(|s| s.name).collect();
    let caveats = [
        format!("The source lists {} states and the District of Columbia without {}. They are shown as \u{201c}no data\u{201d}, never as zero or an estimate.", data.states.len() - 1, missing.join(", ")),
        "The metro lists are two separate top-10s: the 10 highest-paying metro areas (median salary only) and the 10 metro areas with the most people employed (employment only). Other metro areas are not in the source.".into(),
        "Actual salaries vary with location, education, years of experience and work setting; self-employed and part-time workers may differ even more.".into(),
        "A metro area can span several states (\u{201c}Kansas City, MO-KS\u{201d}); it is listed under each of them.".into(),
        "Anything you type into the salary locator stays in your browser. It is added to the link only if you choose to share it.".into(),
    ];
    let mut html = Html::new();
    html.element("h3", &[], "Caveats").open("ul", &[]);
    for caveat in &caveats {
        html.element("li", &[], caveat);
    }
    html.close("ul")
        .element("h3", &[("class", NEEDS_SCRIPT)], "Download")
        .open("p", &[("class", NEEDS_SCRIPT)])
        .text("Every figure on this page in one file, one row per published figure (the states without data included, marked as such): ")
        .element(
            "button",
            &[("type", "button"), ("class", "button"), (action::ATTR, Action::AllData.attr())],
            "Download all data (CSV)",
        )
        .close("p")
        .element("h3", &[], "How to cite")
        .element(
            "p",
            &[("class", "citation")],
            &format!(
                "{}. {}. Wages {}; projections {}-{}.",
                data.source.publisher,
                data.occupation,
                data.source.wage_year,
                data.outlook.from_year,
                data.outlook.through_year
            ),
        );
    html.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::embedded::dataset;

    #[test]
    fn the_caveats_name_the_states_without_data() {
        let html = rest(&dataset());
        assert!(html.contains("without Alabama, North Dakota, Wyoming."));
        assert!(html.contains("data-action=\"all-data\""));
    }

    #[test]
    fn the_source_is_named_with_its_year() {
        let data = dataset();
        let html = intro(&data);
        assert!(html.contains(&data.source.publisher));
        assert!(html.contains("for 2022."));
    }
}
