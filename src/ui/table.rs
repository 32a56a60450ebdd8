//! One table component for every data table, optionally sortable by column.

use super::context::use_app;
use super::download::save_text;
use super::html::{bind_hidden, bind_html, target_attribute, target_is};
use super::keyed::KeyedChildren;
use super::reactive::{boxed, computed};
use super::schedule::{keep_updated, Deferred, OnScreen};
use crate::markup::table::{header_row, row_cells, skeleton, ColumnSort, TableOptions};
use crate::markup::{Action, Markup};
use crate::model::export::{slug, source_line, table_csv};
use crate::model::table::Table;
use leptos::prelude::*;

/// A data table with a caption and a CSV download; numeric columns (all but the first)
/// are right-aligned. With `sort` and `on_sort`, column headers are buttons and
/// `aria-sort` tells screen readers the order; `on_sort` receives the clicked column.
/// Rows are kept one per name: a change shows, hides and reorders them and rewrites only
/// the rows whose figures changed. One click listener serves the whole table.
#[component]
pub fn DataTable(
    #[prop(into)] caption: String,
    #[prop(into)] data: Signal<Table>,
    #[prop(optional, into)] sort: Option<Signal<Option<ColumnSort>>>,
    #[prop(optional)] on_sort: Option<Callback<usize>>,
    /// Rows marked as selected (drawn highlighted, their header button pressed); with
    /// `on_row_toggle`, each row's header is a toggle button.
    #[prop(optional, into)]
    selected_rows: Option<Signal<Vec<bool>>>,
    /// Receives the name (first cell) of a row whose header button was pressed.
    #[prop(optional)]
    on_row_toggle: Option<Callback<String>>,
    /// Hides the table while true.
    #[prop(optional, into)]
    hidden: Option<Signal<bool>>,
) -> impl IntoView {
    let region_label = caption.clone();
    let data_source = source_line(use_app().data);
    // Named after the caption's title, without its usage hint in brackets.
    let title = caption.split('(').next().unwrap_or(&caption);
    let file_name = format!("salary-explorer-{}.csv", slug(title));
    // Worked out once per change for the header, the rows and the download.
    let data = computed(move || data.get());
    let node = NodeRef::<leptos::html::Div>::new();
    bind_html(node, "thead tr", move || {
        let options = TableOptions {
            sortable: on_sort.is_some(),
            sort: sort.and_then(|s| s.get()),
            selected: None,
        };
        data.with(|d| header_row(d, options))
    });
    // Rows change at the end of the task, or just after the next frame while the table is
    // off screen.
    let rows = StoredValue::new_local(KeyedChildren::default());
    let track = move || {
        data.with(|_| ());
        if let Some(selected) = selected_rows {
            selected.track();
        }
    };
    let updating = Deferred::new(OnScreen::watch(node));
    keep_updated(node, "tbody", updating, track, move |body| {
        let selected = selected_rows.and_then(|s| s.try_get_untracked());
        let items: Option<Vec<(String, Markup)>> = data.with_untracked(|table| {
            let options = TableOptions {
                selected: on_row_toggle.and(selected.as_deref()),
                ..TableOptions::default()
            };
            Some(
                table
                    .rows
                    .iter()
                    .enumerate()
                    .map(|(index, row)| (table.row_key(row), row_cells(table, index, options)))
                    .collect(),
            )
        });
        if let Some(items) = items {
            rows.try_update_value(|r| r.show_contents(body, "tr", &items));
        }
    });
    bind_hidden(node, hidden);
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let index = |name: &str| target_attribute(&ev, name).and_then(|v| v.parse::<usize>().ok());
        if let (Some(column), Some(on_sort)) = (index("data-sort-column"), on_sort) {
            on_sort.run(column);
        } else if let (Some(row), Some(toggle)) =
            (target_attribute(&ev, "data-row-key"), on_row_toggle)
        {
            toggle.run(row);
        } else if target_is(&ev, Action::Csv) {
            data.with_untracked(|d| save_text(&file_name, "text/csv", &table_csv(d, &data_source)));
        }
    };
    view! {
        <div class="table-wrap" tabindex="0" role="region" aria-label=region_label node_ref=node inner_html={skeleton(&caption).into_string()} on:click=boxed(on_click)></div>
    }
}
