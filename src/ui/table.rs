//! One table component for every data table, optionally sortable by column.

use super::app::use_app;
use super::download::save_text;
use super::html::{bind, bind_hidden, target_attribute, Write};
use crate::markup::table::{render, ColumnSort, TableData, TableOptions};
use crate::model::export::{csv, slug, source_line};
use leptos::prelude::*;

/// A data table with a caption and a CSV download; numeric columns (all but the first)
/// are right-aligned. With `sort` and `on_sort`, column headers are buttons and
/// `aria-sort` tells screen readers the order; `on_sort` receives the clicked column.
/// The table is drawn as one block of HTML with one click listener.
#[component]
pub fn DataTable(
    #[prop(into)] caption: String,
    #[prop(into)] data: Signal<TableData>,
    #[prop(optional, into)] sort: Option<Signal<Option<ColumnSort>>>,
    #[prop(optional)] on_sort: Option<Callback<usize>>,
    /// Rows marked as selected (drawn highlighted, their header button pressed); with
    /// `on_row_toggle`, each row's header is a toggle button.
    #[prop(optional, into)]
    selected_rows: Option<Signal<Vec<bool>>>,
    /// Receives the index of a row whose header button was pressed.
    #[prop(optional)]
    on_row_toggle: Option<Callback<usize>>,
    /// Hides the table while true.
    #[prop(optional, into)]
    hidden: Option<Signal<bool>>,
) -> impl IntoView {
    let region_label = caption.clone();
    let data_source = source_line(use_app().data);
    // Named after the caption's title, without its usage hint in brackets.
    let title = caption.split('(').next().unwrap_or(&caption);
    let file_name = format!("salary-explorer-{}.csv", slug(title));
    let node = NodeRef::<leptos::html::Div>::new();
    bind(node, "", Write::Html, move || {
        let selected = selected_rows.map(|s| s.get());
        let options = TableOptions {
            sortable: on_sort.is_some(),
            sort: sort.and_then(|s| s.get()),
            selected: on_row_toggle.and(selected.as_deref()),
        };
        data.with(|d| render(&caption, d, options))
    });
    bind_hidden(node, hidden);
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let index = |name: &str| target_attribute(&ev, name).and_then(|v| v.parse::<usize>().ok());
        if let (Some(column), Some(on_sort)) = (index("data-sort-column"), on_sort) {
            on_sort.run(column);
        } else if let (Some(row), Some(toggle)) = (index("data-row-index"), on_row_toggle) {
            toggle.run(row);
        } else if target_attribute(&ev, "data-action").as_deref() == Some("csv") {
            data.with_untracked(|d| {
                save_text(
                    &file_name,
                    "text/csv",
                    &csv(&d.columns, &d.rows, &data_source),
                )
            });
        }
    };
    view! {
        <div class="table-wrap" tabindex="0" role="region" aria-label=region_label node_ref=node on:click=on_click></div>
    }
}
