//! One table component for every data table, optionally sortable by column.

use super::app::use_app;
use super::download::save_text;
use crate::model::export::{csv, slug, source_line};
use leptos::prelude::*;

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
    let file_name = format!("salary-explorer-{}.csv", slug(&caption));
    let download = move |_| {
        data.with_untracked(|d| {
            save_text(
                &file_name,
                "text/csv",
                &csv(&d.columns, &d.rows, &data_source),
            )
        });
    };
    let header = move |index: usize, name: String| {
        let aria_sort = move || {
            let current = sort.and_then(|s| s.get())?;
            (current.column == index).then_some(if current.ascending {
                "ascending"
            } else {
                "descending"
            })
        };
        match on_sort {
            Some(on_sort) => view! {
                <th scope="col" aria-sort=aria_sort>
                    <button type="button" class="sort-button" on:click=move |_| on_sort.run(index)>
                        {name}
                        <span class="sort-mark" aria-hidden="true">
                            {move || match aria_sort() {
                                Some("ascending") => "▲",
                                Some(_) => "▼",
                                None => "↕",
                            }}
                        </span>
                    </button>
                </th>
            }
            .into_any(),
            None => view! { <th scope="col">{name}</th> }.into_any(),
        }
    };
    view! {
        <div class="table-wrap" tabindex="0" role="region" aria-label=region_label>
            <table>
                <caption>
                    {caption}
                    <button type="button" class="link-button no-print" on:click=download>"Download CSV"</button>
                </caption>
                <thead>
                    <tr>
                        {move || data.with(|d| d.columns.iter().cloned().enumerate().map(|(i, c)| header(i, c)).collect_view())}
                    </tr>
                </thead>
                <tbody>
                    {move || data.with(|d| d.rows.iter().enumerate().map(|(index, row)| {
                        let mut cells = row.iter();
                        let head = cells.next().cloned().unwrap_or_default();
                        let selected = is_selected(index);
                        let head = match on_row_toggle {
                            Some(toggle) => view! {
                                <button type="button" class="row-toggle" aria-pressed=if selected { "true" } else { "false" }
                                    on:click=move |_| toggle.run(index)>{head}</button>
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
