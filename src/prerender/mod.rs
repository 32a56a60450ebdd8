//! Every view as the page first shows it, as static HTML, from the same markup and chart
//! code the app uses. `src/bin/prerender.rs` writes it into the built index.html, so the
//! figures, charts (as SVG) and tables are in the page before any wasm runs, for slow phones,
//! search engines and browsers with JavaScript turned off.
//!
//! All four views are in the page. `pick-view.js` (a tiny script in the page's head) marks
//! the one the address names, and the stylesheet shows only that one; with JavaScript off
//! every view shows, one after another, and the navigation links jump to them. Controls
//! are in place but disabled until the app takes over (so what the user types is never lost
//! when it does), and hidden when JavaScript is off. The app removes this copy in the task
//! that mounts its own, so no id is ever in the page twice.

mod themed;

use crate::charts::metro_inputs::{metro_jobs_inputs, metro_pay_inputs, metro_table};
use crate::charts::percentile::{self, StateLabels};
use crate::charts::{metro_bars, state_ranges, tile_map, Scene, Theme};
use crate::markup::about::{definitions_table, intro, rest};
use crate::markup::national::{
    headline, outlook, picker_options, salary_label, salary_placeholder, LOCATOR,
    TOP as NATIONAL_TOP,
};
use crate::markup::shell::{footer, header, nav_links, pay_note, SKIP_LINK, TOOLBAR};
use crate::markup::skeleton::Skeleton;
use crate::markup::table::{render as table_html, states_sort, ColumnSort, TableOptions};
use crate::markup::{chart, compare, escape, metros, views};
use crate::model::dataset::Dataset;
use crate::model::metro_rows::{states_in_lists, visible_rows, MetroTable};
use crate::model::state_rows::{states_table, visible_states};
use crate::model::summary::{
    comparison_summary, map_summary, metro_summary, national_summary, states_summary,
};
use crate::model::table::Table;
use crate::model::view_state::ViewState;
use crate::model::words::states_lede;
pub use themed::chart_colours_css;
use themed::themed_svg;

/// The widths each chart is drawn at, as the app draws it on a screen 1080 px or wider and on
/// a phone 390 px wide; the stylesheet shows the first on wide screens and the second on
/// others, where it grows or shrinks with its box.
pub const CHART_WIDTHS: [(u32, &str); 2] = [(1022, "for-wide"), (332, "for-narrow")];

/// A place in a skeleton that the pre-render fills and could not find.
#[derive(Debug, PartialEq, Eq)]
pub struct MissingSlot(pub String);

impl std::fmt::Display for MissingSlot {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "the pre-render looks for `{}` exactly once in a skeleton",
            self.0
        )
    }
}

/// The inside of `<div id="app-shell">`: the page's header, options, every view and its footer.
pub fn app_shell(data: &Dataset) -> Result<String, MissingSlot> {
    let view = ViewState::default();
    let mut page = String::new();
    page.push_str(&format!(
        r##"<a class="skip-link" href="#main">{SKIP_LINK}</a>"##
    ));
    let head = fill(&header(data), "<ul>", &nav_links(None, true))?;
    page.push_str(&format!(
        r#"<header class="site-header"{}>{head}</header>"#,
        Skeleton::Header.mark()
    ));
    let toolbar = fill(
        &TOOLBAR.replacen(r#"value="annual">"#, r#"value="annual" checked>"#, 1),
        r#"<p class="toolbar-note">"#,
        pay_note(view.pay),
    )?;
    page.push_str(&format!(
        r#"<div class="toolbar" role="region" aria-label="Page options"{}>{toolbar}</div>"#,
        Skeleton::Toolbar.mark()
    ));
    page.push_str(r#"<main id="main" tabindex="-1">"#);
    page.push_str(NO_SCRIPT);
    page.push_str(&national(data, &view)?);
    page.push_str(&states(data, &view)?);
    page.push_str(&metros_view(data, &view)?);
    page.push_str(&about(data));
    page.push_str("</main>");
    page.push_str(&format!(
        r#"<footer class="site-footer"{}>{}</footer>"#,
        Skeleton::Footer.mark(),
        footer(data)
    ));
    // The end of the page: index.html holds its first paint until it is read (rel=expect).
    page.push_str(r#"<span id="shell-end" hidden></span>"#);
    Ok(inert(&page))
}

/// What the page says when JavaScript is off.
const NO_SCRIPT: &str = r#"<noscript><p class="shell-noscript">JavaScript is off in this browser, so this page shows every view as first published: the national figures, every state, the metro areas and the notes on the data. Filters, sorting, selecting states to compare, the salary locator, the pay-per-hour switch and downloads need JavaScript and WebAssembly.</p></noscript>"#;

fn national(data: &Dataset, view: &ViewState) -> Result<String, MissingSlot> {
    let top = fill(
        NATIONAL_TOP,
        r#"<div class="headline">"#,
        &headline(data, view.pay),
    )?;
    let top = fill(&top, r#"<select id="state-picker">"#, &picker_options(data))?;
    let figure = chart_figure(
        "national-percentiles",
        views::NATIONAL_CHART_CAPTION,
        &percentile::text_alternative(data, view, None),
        &national_summary(data, view, None),
        &|width, theme| {
            let inputs = percentile::inputs_for(data, view, None, StateLabels::Names, width);
            percentile::scene(&inputs, theme, width)
        },
    )?;
    let locator = fill(
        LOCATOR,
        r#"<label for="salary-input" id="salary-label">"#,
        salary_label(view.pay),
    )?;
    let locator = replace_once(
        &locator,
        r#"<input id="salary-input" "#,
        &format!(
            r#"<input id="salary-input" placeholder="{}" "#,
            escape(salary_placeholder(view.pay))
        ),
    )?;
    let table = data_table(
        views::NATIONAL_TABLE_CAPTION,
        &percentile::table(data, view.pay, &view.selected),
        TableOptions::default(),
    );
    Ok(format!(
        r#"<section data-view="national" aria-labelledby="national-title"><div{}>{top}</div>{figure}<div class="locator"{}>{locator}</div>{table}<section class="outlook" aria-labelledby="outlook-title"{}>{}</section></section>"#,
        Skeleton::NationalTop.mark(),
        Skeleton::Locator.mark(),
        Skeleton::Outlook.mark(),
        outlook(data)
    ))
}

fn states(data: &Dataset, view: &ViewState) -> Result<String, MissingSlot> {
    let rows: Vec<_> = visible_states(data, view).into_iter().copied().collect();
    let map_inputs = tile_map::inputs_for(data, view);
    let map = chart_figure(
        "state-map",
        views::MAP_CAPTION,
        &tile_map::text_alternative(&map_inputs, true),
        &map_summary(data, view),
        &|width, theme| tile_map::scene(&map_inputs, theme, width),
    )?;
    let compare = fill(
        compare::SKELETON,
        r#"<select id="compare-picker">"#,
        &compare::picker_options(data, &view.selected),
    )?;
    let compare = fill(
        &compare,
        r#"<p class="compare-status" id="compare-status" role="status" aria-live="polite">"#,
        &escape(&compare::status(view.selected.len())),
    )?;
    let compare = fill(
        &compare,
        r#"<ul class="compare-cards">"#,
        &compare::cards(data, &view.selected, view.pay),
    )?;
    // Nothing is selected yet: the comparison chart is there, hidden, as in the app.
    let compare_figure = format!(
        r#"<figure class="chart" data-chart="state-compare" hidden>{}</figure>"#,
        fill(
            &chart::figure("state-compare", views::COMPARE_CHART_CAPTION, None),
            &summary_slot("state-compare"),
            &escape(&comparison_summary(data, view, None)),
        )?
    );
    let ranges_inputs = state_ranges::inputs_for(data, view, None, None);
    let ranges = chart_figure(
        "state-ranges",
        views::RANGES_CAPTION,
        &state_ranges::text_alternative(rows.len(), view.pay, None, true),
        &states_summary(data, view, None),
        &|width, theme| state_ranges::scene(&ranges_inputs, theme, width),
    )?;
    let selected = vec![false; rows.len()];
    let table = data_table(
        views::STATES_TABLE_CAPTION,
        &states_table(&rows, view.pay),
        TableOptions {
            sortable: true,
            sort: states_sort(view),
            selected: Some(&selected),
        },
    );
    Ok(format!(
        r#"<section data-view="states" aria-labelledby="states-title"><h2 id="states-title">{}</h2><p class="lede">{}</p><div class="state-filters" role="search" aria-label="Filter and sort states"{}>{}</div><div class="states-overview">{map}<section class="compare-panel" aria-labelledby="compare-title"><div{}>{compare}</div>{compare_figure}</section></div><h3 id="state-ranges-title">{}</h3>{ranges}{table}</section>"#,
        views::STATES_TITLE,
        escape(&states_lede(data)),
        Skeleton::StateFilters.mark(),
        state_filters(view, rows.len(), data.states.len())?,
        Skeleton::Compare.mark(),
        escape(views::RANGES_TITLE),
    ))
}

/// The States view's controls, set as `view` has them; `shown` of `total` states pass.
fn state_filters(view: &ViewState, shown: usize, total: usize) -> Result<String, MissingSlot> {
    use crate::markup::state_filters::*;
    let region = chosen_region(view);
    let slots = [
        (
            r#"<select id="states-measure">"#,
            measure_options(view.measure),
        ),
        (r#"<select id="states-sort">"#, sort_options(view.sort)),
        (r#"<select id="states-dir">"#, dir_options(view.dir)),
        (r#"id="states-regions">"#, region_buttons(region)),
        (
            r#"<select id="states-division">"#,
            division_options(region, division_slug(view)),
        ),
        (
            r#"<legend id="states-range-legend">"#,
            crate::markup::text(&range_legend(view.measure)),
        ),
        (
            r#"<p class="field-hint" id="states-range-hint">"#,
            crate::markup::text(&range_hint(view.measure, view.pay)),
        ),
        (
            r#"<p class="states-count" id="states-count" role="status" aria-live="polite">"#,
            crate::markup::text(&count_text(shown, total)),
        ),
    ];
    slots
        .iter()
        .try_fold(SKELETON.to_string(), |html, (slot, content)| {
            fill(&html, slot, content)
        })
}

fn metros_view(data: &Dataset, view: &ViewState) -> Result<String, MissingSlot> {
    let mut lists = String::new();
    for table in [MetroTable::HighestPaying, MetroTable::MostEmployment] {
        let rows = visible_rows(data, view, table);
        let (id, inputs) = match table {
            MetroTable::HighestPaying => ("metro-pay", metro_pay_inputs(data, view, None, None)),
            MetroTable::MostEmployment => ("metro-jobs", metro_jobs_inputs(data, view, None)),
        };
        let figure = chart_figure(
            id,
            &views::metro_chart_caption(table, data),
            &crate::charts::metro_inputs::text_alternative(table, data, &rows, view.pay, None),
            &metro_summary(table, data, view, &rows, None),
            &|width, theme| metro_bars::scene(&inputs, theme, width),
        )?;
        let sort = view.metro_sort(table).and_then(|s| {
            Some(ColumnSort {
                column: table.index_of(s.column)?,
                ascending: s.ascending,
            })
        });
        lists.push_str(&format!(
            r#"<h3 id="{id}-title">{}</h3><div class="metro-chart" data-list="{id}"><div></div>{figure}</div>{}"#,
            views::metro_title(table),
            data_table(
                views::metro_table_caption(table),
                &metro_table(table, data, &rows, view.pay),
                TableOptions {
                    sortable: true,
                    sort,
                    selected: None,
                },
            )
        ));
    }
    let top = fill(
        metros::TOP,
        r#"<select id="metro-state">"#,
        &metros::state_options(&states_in_lists(data), view.metro_state, ""),
    )?;
    let top = fill(
        &top,
        r#"<p class="metro-selected" id="metro-selected-states">"#,
        &metros::selected_states(view),
    )?;
    Ok(format!(
        r#"<section data-view="metros" aria-labelledby="metros-title"><div{}>{top}</div>{lists}</section>"#,
        Skeleton::MetrosTop.mark()
    ))
}

fn about(data: &Dataset) -> String {
    format!(
        r#"<section data-view="about" aria-labelledby="about-title" class="prose"><div{}>{}</div>{}<div{}>{}</div></section>"#,
        Skeleton::AboutIntro.mark(),
        intro(data),
        data_table(
            views::ABOUT_TABLE_CAPTION,
            &definitions_table(),
            TableOptions::default()
        ),
        Skeleton::AboutRest.mark(),
        rest(data)
    )
}

/// Where chart `id`'s written summary goes in its frame.
fn summary_slot(id: &str) -> String {
    format!(
        r#"<p class="chart-summary" id="{}">"#,
        chart::summary_id(id)
    )
}

/// A chart as the app frames it, with the drawing (`draw` at each of [`CHART_WIDTHS`], in
/// each theme) as SVG where the app has its canvas, and its `summary` under it.
fn chart_figure(
    id: &str,
    caption: &str,
    label: &str,
    summary: &str,
    draw: &dyn Fn(u32, &Theme) -> Scene,
) -> Result<String, MissingSlot> {
    let frame = fill(
        &chart::figure(id, caption, None),
        &summary_slot(id),
        &escape(summary),
    )?;
    let mut svgs = String::new();
    for (width, size) in CHART_WIDTHS {
        let light = draw(width, &Theme::LIGHT).svg();
        let dark = draw(width, &Theme::DARK).svg();
        // One drawing coloured by the stylesheet where the themes differ only in colours;
        // else one drawing per theme, the one in force shown.
        let drawings = match themed_svg(&light, &dark) {
            Some(both) => vec![(both, "")],
            None => vec![
                (light.as_str().to_string(), " theme-light"),
                (dark.as_str().to_string(), " theme-dark"),
            ],
        };
        for (svg, look) in drawings {
            svgs.push_str(&replace_once(
                &svg,
                "<svg ",
                &format!(r#"<svg class="{size}{look}" "#),
            )?);
        }
    }
    let drawing = replace_once(&frame, r#"<canvas class="chart-canvas"></canvas>"#, &svgs)?;
    let drawing = replace_once(
        &drawing,
        r#"<div class="chart-drawing" role="img" "#,
        &format!(
            r#"<div class="chart-drawing" role="img" aria-label="{}" "#,
            escape(label)
        ),
    )?;
    Ok(format!(
        r#"<figure class="chart" data-chart="{}">{drawing}</figure>"#,
        escape(id)
    ))
}

/// A data table as the app's `DataTable` shows it.
fn data_table(caption: &str, table: &Table, options: TableOptions<'_>) -> String {
    format!(
        r#"<div class="table-wrap" tabindex="0" role="region" aria-label="{}">{}</div>"#,
        escape(caption),
        table_html(caption, table, options)
    )
}

/// `html` with `content` put inside the one element that starts with `open_tag` and is empty.
fn fill(html: &str, open_tag: &str, content: &str) -> Result<String, MissingSlot> {
    if open_tag.is_empty() {
        return Ok(html.to_string());
    }
    if html.matches(open_tag).count() != 1 {
        return Err(MissingSlot(open_tag.to_string()));
    }
    let Some(at) = html.find(open_tag).map(|at| at + open_tag.len()) else {
        return Err(MissingSlot(open_tag.to_string()));
    };
    if !html.get(at..).is_some_and(|rest| rest.starts_with("</")) {
        return Err(MissingSlot(format!("{open_tag} (empty)")));
    }
    Ok(format!(
        "{}{content}{}",
        html.get(..at).unwrap_or_default(),
        html.get(at..).unwrap_or_default()
    ))
}

/// `html` with the one occurrence of `from` replaced by `to`.
fn replace_once(html: &str, from: &str, to: &str) -> Result<String, MissingSlot> {
    if html.matches(from).count() != 1 {
        return Err(MissingSlot(from.to_string()));
    }
    Ok(html.replacen(from, to, 1))
}

/// Every control disabled: they work once the app has taken over.
fn inert(html: &str) -> String {
    html.replace("<input ", "<input disabled ")
        .replace("<select ", "<select disabled ")
        .replace("<button ", "<button disabled ")
        .replace("<textarea ", "<textarea disabled ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::embedded::dataset;
    use crate::model::money::PayBasis;

    #[test]
    fn a_slot_is_filled_only_where_it_is_once_and_empty() {
        assert_eq!(
            fill("<p><b></b></p>", "<b>", "x"),
            Ok("<p><b>x</b></p>".to_string())
        );
        assert!(fill("<b></b><b></b>", "<b>", "x").is_err());
        assert!(fill("<b>y</b>", "<b>", "x").is_err());
        assert!(fill("<i></i>", "<b>", "x").is_err());
    }

    #[test]
    fn every_view_is_there_once_with_its_charts_drawn_at_two_widths_and_no_id_twice() {
        let page = app_shell(&dataset()).expect("every slot found");
        for (view, charts) in [("national", 1), ("states", 2), ("metros", 2), ("about", 0)] {
            let open = format!(r#"<section data-view="{view}""#);
            assert_eq!(page.matches(&open).count(), 1, "{view}");
            let at = page.find(&open).unwrap_or_default();
            let section: String = page
                .get(at..)
                .unwrap_or_default()
                .split(r#"</section><section data-view="#)
                .next()
                .unwrap_or_default()
                .to_string();
            assert_eq!(section.matches("<svg class=").count(), charts * 2, "{view}");
        }
        let mut ids: Vec<&str> = page
            .split(" id=\"")
            .skip(1)
            .filter_map(|rest| rest.split('"').next())
            .collect();
        let count = ids.len();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), count, "an id is given twice");
        assert!(count > 40);
    }

    #[test]
    fn the_pages_figures_are_the_datas() {
        let data = dataset();
        let page = app_shell(&data).expect("every slot found");
        assert!(page.contains(&PayBasis::Annual.format(data.national.median)));
        for state in &data.states {
            for figure in [state.p10, state.median, state.p90] {
                assert!(
                    page.contains(&PayBasis::Annual.format(figure)),
                    "{}",
                    state.state.name
                );
            }
        }
        for metro in &data.highest_paying {
            assert!(page.contains(&PayBasis::Annual.format(metro.median)));
        }
    }

    #[test]
    fn each_chart_is_one_drawing_for_both_themes_coloured_by_role() {
        let page = app_shell(&dataset()).expect("every slot found");
        assert!(
            !page.contains("theme-dark"),
            "a chart fell back to one drawing per theme"
        );
        assert!(page.contains("class=\"f-background\""));
        assert!(page.contains("s-grid"));
    }

    #[test]
    fn the_stylesheet_colours_the_drawings_as_the_charts_themes_do() {
        let css = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/style/main.css"))
            .expect("style/main.css");
        let block = chart_colours_css();
        assert!(
            css.contains(&block),
            "style/main.css must hold this block as it is:\n{block}"
        );
    }

    #[test]
    fn every_skeleton_the_app_takes_is_marked_once_around_its_markup() {
        let data = dataset();
        let page = app_shell(&data).expect("every slot found");
        let source = |which| match which {
            Skeleton::Header => header(&data).into_string(),
            Skeleton::Toolbar => TOOLBAR.to_string(),
            Skeleton::Footer => footer(&data).into_string(),
            Skeleton::NationalTop => NATIONAL_TOP.to_string(),
            Skeleton::Locator => LOCATOR.to_string(),
            Skeleton::Outlook => outlook(&data).into_string(),
            Skeleton::StateFilters => crate::markup::state_filters::SKELETON.to_string(),
            Skeleton::Compare => compare::SKELETON.to_string(),
            Skeleton::MetrosTop => metros::TOP.to_string(),
            Skeleton::AboutIntro => intro(&data).into_string(),
            Skeleton::AboutRest => rest(&data).into_string(),
        };
        assert_eq!(
            page.matches(&format!(" {}=", Skeleton::ATTR)).count(),
            Skeleton::ALL.len()
        );
        for which in Skeleton::ALL {
            let mark = format!("{}>", which.mark());
            assert_eq!(page.matches(&mark).count(), 1, "{which:?}");
            let content = page.split(&mark).nth(1).unwrap_or_default();
            // As far as the first slot the pre-render fills, the block is its skeleton.
            let skeleton = inert(&source(which));
            let same = content
                .chars()
                .zip(skeleton.chars())
                .take_while(|(a, b)| a == b)
                .count();
            assert!(same >= 40.min(skeleton.len()), "{which:?}: {same}");
        }
        // Blocks with nothing to fill are their markup whole.
        for which in [
            Skeleton::Footer,
            Skeleton::Outlook,
            Skeleton::AboutIntro,
            Skeleton::AboutRest,
        ] {
            let content = page
                .split(&format!("{}>", which.mark()))
                .nth(1)
                .unwrap_or_default();
            assert!(content.starts_with(&inert(&source(which))), "{which:?}");
        }
    }

    #[test]
    fn every_control_is_disabled() {
        let page = app_shell(&dataset()).expect("every slot found");
        for tag in ["<input ", "<select ", "<button "] {
            let all = page.matches(tag).count();
            let disabled = page.matches(&format!("{tag}disabled ")).count();
            assert!(all > 0, "{tag}");
            assert_eq!(all, disabled, "{tag}");
        }
    }
}
