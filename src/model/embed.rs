//! One chart on another site: the link an `<iframe>` opens to show it alone, the snippet to
//! paste, and the link back to the whole page with the same filters.

use super::dataset::Dataset;
use super::view_state::{ChartId, ThemeChoice, ViewState};

/// The one-line source under an embedded chart: "Source: U.S. Bureau of Labor Statistics
/// (BLS), wages 2022.".
pub fn embed_source(data: &Dataset) -> String {
    format!(
        "Source: {}, wages {}.",
        data.source.publisher, data.source.wage_year
    )
}

/// The query of the page showing only `chart`, with the view's filters and selection
/// (`?view=states&area=west&embed=state-ranges`). A shared salary is personal and stays out.
pub fn embed_query(view: &ViewState, chart: ChartId) -> String {
    ViewState {
        tab: chart.tab(),
        embed: Some(chart),
        theme: ThemeChoice::System,
        shared_salary: None,
        ..view.clone()
    }
    .to_query()
}

/// The query of the whole page showing what an embedded chart shows: its view, filters and
/// selection, without the embedding (and its colours, which are the embedding site's).
pub fn full_page_query(view: &ViewState) -> String {
    ViewState {
        tab: view.embed.map_or(view.tab, ChartId::tab),
        embed: None,
        theme: ThemeChoice::System,
        ..view.clone()
    }
    .to_query()
}

/// A height in CSS pixels that shows the whole chart at a typical width; the site can change it.
fn frame_height(chart: ChartId) -> u32 {
    match chart {
        ChartId::NationalPercentiles | ChartId::StateCompare => 620,
        ChartId::StateMap | ChartId::MetroPay | ChartId::MetroJobs => 680,
        ChartId::StateRanges => 1500,
    }
}

/// The HTML another site pastes to show `chart`: an iframe of `page` (the page's address
/// without its query) with the view's filters.
pub fn iframe_snippet(page: &str, view: &ViewState, chart: ChartId) -> String {
    // The address goes into an attribute: its & are written as entities. (A page's address
    // and a link's query never hold a raw ", and no chart's label holds one.)
    let src = format!("{page}{}", embed_query(view, chart)).replace('&', "&amp;");
    format!(
        "<iframe src=\"{src}\" title=\"{} · Salary Explorer\" width=\"100%\" height=\"{}\" style=\"border:0;max-width:800px\" loading=\"lazy\"></iframe>",
        chart.label(),
        frame_height(chart)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::geo::Region;
    use crate::model::view_state::{AreaFilter, Tab};

    #[test]
    fn an_embed_link_names_the_charts_view_keeps_the_filters_and_reads_back() {
        let view = ViewState {
            tab: Tab::National,
            area: Some(AreaFilter::Region(Region::West)),
            shared_salary: Some(61_000),
            theme: ThemeChoice::Dark,
            ..ViewState::default()
        };
        let query = embed_query(&view, ChartId::StateRanges);
        assert_eq!(query, "?view=states&area=west&embed=state-ranges");
        let (read, notices) = ViewState::from_query(&query);
        assert!(notices.is_empty(), "{notices:?}");
        assert_eq!(
            (read.embed, read.area),
            (Some(ChartId::StateRanges), view.area)
        );
        assert_eq!(full_page_query(&read), "?view=states&area=west");
    }

    #[test]
    fn the_source_line_names_the_publisher_and_the_year() {
        let data = crate::model::dataset::load_embedded().unwrap();
        assert_eq!(
            embed_source(&data),
            "Source: U.S. Bureau of Labor Statistics (BLS), wages 2022."
        );
    }

    #[test]
    fn the_snippet_is_an_iframe_whose_address_is_escaped_for_its_attribute() {
        let view = ViewState {
            selected: vec!["CA", "TX"],
            ..ViewState::default()
        };
        let html = iframe_snippet("https://example.org/pay/", &view, ChartId::StateCompare);
        assert_eq!(
            html,
            "<iframe src=\"https://example.org/pay/?view=states&amp;states=CA,TX&amp;embed=state-compare\" title=\"Chosen states against the nation · Salary Explorer\" width=\"100%\" height=\"620\" style=\"border:0;max-width:800px\" loading=\"lazy\"></iframe>"
        );
        let tricky = iframe_snippet("https://x/a&b/", &view, ChartId::StateRanges);
        assert!(
            tricky.starts_with("<iframe src=\"https://x/a&amp;b/?view=states"),
            "{tricky}"
        );
        for chart in ChartId::ALL {
            assert!(!chart.label().contains(['"', '<', '&']), "{chart:?}");
        }
    }
}
