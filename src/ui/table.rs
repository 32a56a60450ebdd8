//! One table component for every data table.

use leptos::prelude::*;

/// Rows of text cells; the first cell of a row is its header.
#[derive(Clone, Debug, PartialEq)]
pub struct TableData {
    pub columns: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// A data table with a caption; numeric columns (all but the first) are right-aligned.
#[component]
pub fn DataTable(
    #[prop(into)] caption: String,
    #[prop(into)] data: Signal<TableData>,
) -> impl IntoView {
    let region_label = caption.clone();
    view! {
        <div class="table-wrap" tabindex="0" role="region" aria-label=region_label>
            <table>
                <caption>{caption}</caption>
                <thead>
                    <tr>
                        {move || data.with(|d| d.columns.iter().map(|c| view! { <th scope="col">{c.clone()}</th> }).collect_view())}
                    </tr>
                </thead>
                <tbody>
                    {move || data.with(|d| d.rows.iter().map(|row| {
                        let mut cells = row.iter();
                        let head = cells.next().cloned().unwrap_or_default();
                        view! {
                            <tr>
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
