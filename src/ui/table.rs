//! One table component for every data table, optionally sortable by column.

use super::app::use_app;
use super::download::save_text;
use crate::model::export::{csv, slug, source_line};
use leptos::ev::MouseEvent;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Rows of text cells; the first cell of a row is its header.
#[derive(Clone, Debug, PartialEq)]
pub struct TableData {
    pub columns: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// Which column a table is sorted by and in which direction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ColumnSort {
    pub column: usize,
    pub ascending: bool,
}

/// A data table with a caption; numeric columns (all but the first) are right-aligned.
/// With `sort` and `on_sort`, column headers are buttons and `aria-sort` tells screen
/// readers the order; `on_sort` receives the clicked column.
#[component]
pub fn DataTable(
    #[prop(into)] caption: String,
    #[prop(into)] data: Signal<TableData>,
    #[prop(optional, into)] sort: Option<Signal<Option<ColumnSort>>>,
    #[prop(optional)] on_sort: Option<Callback<usize>>,
    /// Rows marked as selected (drawn highlighted; with `on_row_toggle`, their header
    /// button is pressed).
    #[prop(optional, into)]
    selected_rows: Option<Signal<Vec<bool>>>,
    /// Makes each row's header a toggle button; receives the row index.
    #[prop(optional)]
    on_row_toggle: Option<Callback<usize>>,
) -> impl IntoView {
    let is_selected = move |index: usize| {
        selected_rows.is_some_and(|rows| rows.with(|r| r.get(index).copied().unwrap_or(false)))
    };
    let region_label = caption.clone();
    let data_source = source_line(use_app().data);
    // Named after the caption's title, without its usage hint in brackets.
    let title = caption.split('(').next().unwrap_or(&caption);
    let file_name = format!("salary-explorer-{}.csv", slug(title));
    let download = move |_| {
        data.with_untracked(|d| {
            save_text(
                &file_name,
                "text/csv",
                &csv(&d.columns, &d.rows, &data_source),
            )
        });
    };
    // Plain values, not nested reactive closures: the header row is redrawn as a whole
    // whenever the data or the sort changes.
    let header = move |index: usize, name: String, current: Option<ColumnSort>| {
        let aria_sort = current.filter(|c| c.column == index).map(|c| {
            if c.ascending {
                "ascending"
            } else {
                "descending"
            }
        });
        let mark = match aria_sort {
            Some("ascending") => "▲",
            Some(_) => "▼",
            None => "↕",
        };
        match on_sort {
            Some(_) => view! {
                <th scope="col" aria-sort=aria_sort>
                    <button type="button" class="sort-button" data-sort-column=index>
                        {name}
                        <span class="sort-mark" aria-hidden="true">{mark}</span>
                    </button>
                </th>
            }
            .into_any(),
            None => view! { <th scope="col">{name}</th> }.into_any(),
        }
    };
    // One listener for the whole table, reading which button was pressed from its data
    // attributes: rows and headers are redrawn often, and per-button listeners piled up.
    let on_click = move |ev: MouseEvent| {
        let button = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| {
                el.closest("button[data-sort-column], button[data-row-index]")
                    .ok()
                    .flatten()
            });
        let Some(button) = button else { return };
        let index = |name: &str| {
            button
                .get_attribute(name)
                .and_then(|v| v.parse::<usize>().ok())
        };
        if let (Some(column), Some(on_sort)) = (index("data-sort-column"), on_sort) {
            on_sort.run(column);
        } else if let (Some(row), Some(toggle)) = (index("data-row-index"), on_row_toggle) {
            toggle.run(row);
        }
    };
    view! {
        <div class="table-wrap" tabindex="0" role="region" aria-label=region_label>
            <table on:click=on_click>
                <caption>
                    {caption}
                    <button type="button" class="link-button no-print" on:click=download>"Download CSV"</button>
                </caption>
                <thead>
                    <tr>
                        {move || {
                            let current = sort.and_then(|s| s.get());
                            data.with(|d| d.columns.iter().cloned().enumerate().map(|(i, c)| header(i, c, current)).collect_view())
                        }}
                    </tr>
                </thead>
                <tbody>
                    {move || data.with(|d| d.rows.iter().enumerate().map(|(index, row)| {
                        let mut cells = row.iter();
                        let head = cells.next().cloned().unwrap_or_default();
                        let selected = is_selected(index);
                        let head = match on_row_toggle {
                            Some(_) => view! {
                                <button type="button" class="row-toggle" aria-pressed=if selected { "true" } else { "false" }
                                    data-row-index=index>{head}</button>
                            }.into_any(),
                            None => head.into_any(),
                        };
                        view! {
                            <tr class:selected=selected>
                                <th scope="row">{head}</th>
                                {cells.map(|c| view! { <td>{c.clone()}</td> }).collect_view()}
                            </tr>
                        }
                    }).collect_view())}
                </tbody>
            </table>
        </div>
    }
}
