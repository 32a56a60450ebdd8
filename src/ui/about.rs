//! About the data: source, definitions, caveats and how to cite.

use super::app::use_app;
use super::download::save_text;
use super::table::{DataTable, TableData};
use crate::model::export::full_dataset_csv;
use leptos::prelude::*;

/// Where the figures come from and how to read them.
#[component]
pub fn AboutView() -> impl IntoView {
    let data = use_app().data;
    let missing: Vec<&str> = data.states_without_data().iter().map(|s| s.name).collect();
    let definitions = TableData {
        columns: vec!["Term".into(), "Meaning".into()],
        rows: [
            ("Percentile", "The wage below which that share of workers fall: 25% of workers earn less than the 25th percentile."),
            ("Median", "The 50th percentile: half of workers earn more, half less. Unlike an average, a few very high salaries do not pull it up."),
            ("Bottom 10% / Top 10%", "The 10th and 90th percentiles: one worker in ten earns less than the first, one in ten more than the second."),
            ("Spread", "Top 10% minus bottom 10%: how far apart low and high pay are in a place."),
            ("Hourly", "Annual wage divided by 2,080 hours (52 weeks of 40 hours). The source publishes annual figures."),
            ("Estimated percentile", "Where a salary falls, estimated by straight-line interpolation between the two published percentiles around it. Outside the 10th-90th range no estimate is made."),
        ]
        .iter()
        .map(|(term, meaning)| vec![term.to_string(), meaning.to_string()])
        .collect(),
    };
    let citation = format!(
        "{}. {}. Wages {}; projections {}-{}.",
        data.source.publisher,
        data.occupation,
        data.source.wage_year,
        data.outlook.from_year,
        data.outlook.through_year
    );
    view! {
        <section data-view="about" aria-labelledby="about-title" class="prose">
            <h2 id="about-title">"About the data"</h2>
            <h3>"Source"</h3>
            <p>
                "Every figure on this page is from the "{data.source.publisher.clone()}": "
                {data.source.title.clone()}". Wages are annual, in US dollars, for "{data.source.wage_year}
                ". Job growth is the projection from "{data.outlook.from_year}" through "{data.outlook.through_year}"."
            </p>
            <p>
                "The occupation is "<strong>{data.occupation.clone()}</strong>
                ". The source notes that medical billers and coders are counted in it, so education, duties and pay within it vary widely."
            </p>
            <h3>"Definitions"</h3>
            <DataTable caption="Terms used on this page" data=Signal::derive(move || definitions.clone())/>
            <h3>"Caveats"</h3>
            <ul>
                <li>{format!("The source lists {} states and the District of Columbia without {}. They are shown as \u{201c}no data\u{201d}, never as zero or an estimate.", data.states.len() - 1, missing.join(", "))}</li>
                <li>"The metro lists are two separate top-10s: the 10 highest-paying metro areas (median salary only) and the 10 metro areas with the most people employed (employment only). Other metro areas are not in the source."</li>
                <li>"Actual salaries vary with location, education, years of experience and work setting; self-employed and part-time workers may differ even more."</li>
                <li>"A metro area can span several states (\u{201c}Kansas City, MO-KS\u{201d}); it is listed under each of them."</li>
                <li>"Anything you type into the salary locator stays in your browser. It is added to the link only if you choose to share it."</li>
            </ul>
            <h3>"Download"</h3>
            <p>
                "Every figure on this page in one file, one row per published figure (the states without data included, marked as such): "
                <button type="button" class="button" on:click=move |_| save_text("salary-explorer-all-data.csv", "text/csv", &full_dataset_csv(data))>
                    "Download all data (CSV)"
                </button>
            </p>
            <h3>"How to cite"</h3>
            <p class="citation">{citation}</p>
        </section>
    }
}
