//! The page around the views: header with navigation and theme menu, notices, the page
//! options, the footer.

use super::action::{self, Action};
use super::{attr_if, Html, Id, Markup};
use crate::model::dataset::Dataset;
use crate::model::embed::embed_source;
use crate::model::money::PayBasis;
use crate::model::view_state::{ChartId, Tab, ThemeChoice};

/// The theme menu in [`header`].
pub const THEME_CHOICE: Id = id!("theme-choice");
/// Where the browser keeps the theme picked in [`THEME_CHOICE`] ("light" or "dark"; none for
/// the system's).
pub const THEME_STORAGE_KEY: &str = "salary-explorer-theme";

/// Where a `theme-color` tag keeps the colour index.html gives its colour scheme, once the
/// page has given the tag the colour of a theme the reader picked.
pub const SCHEME_COLOUR_ATTR: &str = "data-scheme-colour";

/// The header: product name, occupation and year, the theme menu (`#theme-choice`) and
/// the navigation (`nav ul`, see [`nav`]).
pub fn header(data: &Dataset) -> Markup {
    let mut html = Html::new();
    html.open("div", &[("class", "brand")])
        .element("h1", &[("class", "product")], "Salary Explorer")
        .element(
            "p",
            &[("class", "occupation")],
            &format!("{} · US wages {}", data.occupation, data.source.wage_year),
        )
        .open("label", &[("class", "theme-picker")])
        .element("span", &[], "Theme")
        .open("select", &[("id", THEME_CHOICE.name)]);
    for choice in ThemeChoice::ALL {
        html.element("option", &[("value", choice.slug())], choice.label());
    }
    html.close("select")
        .close("label")
        .close("div")
        .open("nav", &[("aria-label", "Views")])
        .element("ul", &[], "")
        .close("nav");
    html.finish()
}

/// An embedded chart's title, above it.
pub fn embed_head(chart: ChartId) -> Markup {
    let mut html = Html::new();
    html.element("h1", &[("class", "embed-title")], chart.label());
    html.finish()
}

/// The line under an embedded chart: its source, and "Open in Salary Explorer" (`a`, whose
/// address the page keeps on the whole page with the same filters) in a new tab.
pub fn embed_source_line(data: &Dataset) -> Markup {
    let mut html = Html::new();
    html.text(&embed_source(data)).text(" ").element(
        "a",
        &[("href", "./"), ("target", "_blank"), ("rel", "noopener")],
        "Open in Salary Explorer",
    );
    html.finish()
}

/// The navigation links, the `current` one marked as the page shown.
pub fn nav(current: Tab) -> Markup {
    nav_links(Some(current), false)
}

/// The navigation's links, `current` marked; with `to_section`, each link also jumps to its
/// view's heading, for the page with every view in it (JavaScript off).
pub fn nav_links(current: Option<Tab>, to_section: bool) -> Markup {
    let mut html = Html::new();
    for tab in Tab::ALL {
        let mut href = format!("?view={}", tab.slug());
        if to_section {
            href.push_str(&format!("#{}-title", tab.slug()));
        }
        html.open("li", &[])
            .element(
                "a",
                &[
                    ("href", &href),
                    ("data-tab", tab.slug()),
                    ("data-focus-key", tab.slug()),
                    attr_if(Some(tab) == current, ("aria-current", "page")),
                ],
                tab.label(),
            )
            .close("li");
    }
    html.finish()
}

/// The page options: annual or hourly pay (`input[name=pay-basis]`), copying the link
/// (`#copy-link`, status in `.copy-status`) and a note on the unit (`.toolbar-note`).
pub const TOOLBAR: &str = r#"<fieldset class="segmented"><legend>Show pay</legend><label class="segment"><input type="radio" name="pay-basis" value="annual"><span>Per year</span></label><label class="segment"><input type="radio" name="pay-basis" value="hourly"><span>Per hour</span></label></fieldset><span class="copy-link no-print"><button type="button" class="button" id="copy-link">Copy link</button><span class="copy-status" role="status"></span></span><p class="toolbar-note"></p>"#;
// The ids of TOOLBAR's elements that the `ui` layer looks up.
pub const COPY_LINK: Id = id!("copy-link");

/// The toolbar's note on how figures in `basis` are made.
pub fn pay_note(basis: PayBasis) -> &'static str {
    match basis {
        PayBasis::Annual => "Annual wages as published.",
        PayBasis::Hourly => "Hourly = annual ÷ 2,080 hours (40 h × 52 weeks).",
    }
}

/// What "Copy link" says when the link is on the clipboard.
pub const COPIED: &str = "Link copied.";

/// What "Copy link" says when the browser has no clipboard: the link to copy by hand.
pub fn copy_by_hand(href: &str) -> String {
    format!("Copy this link: {href}")
}

/// The page's title while it shows only `chart` (embedded in another site).
pub fn embed_title(chart: ChartId) -> String {
    format!("{} · Salary Explorer", chart.label())
}

/// The first link of the page, for keyboard users: past the header to the view.
pub const SKIP_LINK: &str = "Skip to content";

/// The page's title while `tab` is shown.
pub fn page_title(tab: Tab) -> String {
    format!("{} · Salary Explorer", tab.label())
}

/// The notices about a link, with a Dismiss button (`data-action="dismiss"`); nothing
/// when there are none.
pub fn notices(notices: &[String]) -> Markup {
    if notices.is_empty() {
        return Markup::default();
    }
    let mut html = Html::new();
    html.open("div", &[("class", "notice")]).open("ul", &[]);
    for notice in notices {
        html.element("li", &[], notice);
    }
    html.close("ul")
        .element(
            "button",
            &[
                ("type", "button"),
                ("class", "link-button"),
                (action::ATTR, Action::Dismiss.attr()),
            ],
            "Dismiss",
        )
        .close("div");
    html.finish()
}

/// Where [`footer`] shows the page's link in print.
pub const PRINT_LINK: Id = id!("print-link");

/// The footer: the source, a link to About the data, and (in print) the page's link in
/// `#print-link`.
pub fn footer(data: &Dataset) -> Markup {
    let mut html = Html::new();
    html.open("p", &[])
        .text(&format!(
            "Source: {}, {}. ",
            data.source.publisher, data.source.title
        ))
        .element(
            "a",
            &[
                ("href", "?view=about"),
                ("class", "no-print"),
                ("data-tab", "about"),
            ],
            "About the data",
        )
        .close("p")
        .open("p", &[("class", "print-only")])
        .text("Link: ")
        .element("span", &[("id", PRINT_LINK.name)], "")
        .close("p");
    html.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::embedded::dataset;

    #[test]
    fn the_navigation_links_every_view_and_marks_the_current_one() {
        let html = nav(Tab::Metros);
        assert_eq!(html.matches("<a href=\"?view=").count(), Tab::ALL.len());
        assert_eq!(html.matches("aria-current=\"page\"").count(), 1);
        assert!(html.contains(
            "data-tab=\"metros\" data-focus-key=\"metros\" aria-current=\"page\">Metro areas</a>"
        ));
    }

    #[test]
    fn the_title_names_the_view_or_the_embedded_chart_then_the_product() {
        assert_eq!(page_title(Tab::Metros), "Metro areas · Salary Explorer");
        assert_eq!(
            embed_title(ChartId::StateRanges),
            format!("{} · Salary Explorer", ChartId::StateRanges.label())
        );
        assert_eq!(pay_note(PayBasis::Annual), "Annual wages as published.");
        assert!(copy_by_hand("http://x/?view=states").ends_with("http://x/?view=states"));
    }

    #[test]
    fn notices_are_escaped_and_absent_when_there_are_none() {
        assert_eq!(notices(&[]), "");
        let html = notices(&["Ignored the link's view=<img>.".to_string()]);
        assert!(html.contains("<li>Ignored the link's view=&lt;img&gt;.</li>"));
        assert!(html.contains("data-action=\"dismiss\""));
    }

    #[test]
    fn the_header_and_footer_name_the_occupation_and_source() {
        let data = dataset();
        assert!(header(&data).contains(&format!("{} · US wages 2022", data.occupation)));
        assert!(footer(&data).contains(&data.source.publisher));
    }

    #[test]
    fn the_toolbar_gives_each_looked_up_id_to_one_element() {
        crate::markup::assert_each_id_once(TOOLBAR, &[COPY_LINK]);
    }

    #[test]
    fn the_header_and_footer_give_their_looked_up_ids_to_one_element() {
        let data = dataset();
        crate::markup::assert_each_id_once(&header(&data), &[THEME_CHOICE]);
        crate::markup::assert_each_id_once(&footer(&data), &[PRINT_LINK]);
    }
}
