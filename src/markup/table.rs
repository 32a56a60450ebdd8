//! The one data table: caption with its CSV download, optionally sortable columns and rows
//! that toggle a selection.

use super::action::{self, Action};
use super::{attr_if, bool_text, Html, Markup};
use crate::model::state_rows::TABLE_COLUMNS;
use crate::model::table::Table;
use crate::model::view_state::{SortDir, ViewState};

/// Which column a table is sorted by and in which direction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ColumnSort {
    pub column: usize,
    pub ascending: bool,
}

/// How the States table is sorted for `view`: the column of its sort key, when it has one.
pub fn states_sort(view: &ViewState) -> Option<ColumnSort> {
    let column = TABLE_COLUMNS
        .iter()
        .position(|(_, _, key)| *key == view.sort)?;
    Some(ColumnSort {
        column,
        ascending: view.dir == SortDir::Ascending,
    })
}

/// How a table is drawn besides its cells.
#[derive(Clone, Copy, Debug, Default)]
pub struct TableOptions<'a> {
    /// Column headers are sort buttons (`data-sort-column`), marked with the current sort.
    pub sortable: bool,
    pub sort: Option<ColumnSort>,
    /// Some: each row's header is a toggle button (`data-row-key`, the row's name), pressed where the
    /// flag is set.
    pub selected: Option<&'a [bool]>,
}

/// The table with no rows yet: the caption with its CSV download, an empty header row
/// (see [`header_row`]) and an empty body (see [`row_cells`]).
pub fn skeleton(caption: &str) -> Markup {
    let mut html = Html::new();
    html.open("table", &[])
        .open("caption", &[])
        .text(caption)
        .element(
            "button",
            &[
                ("type", "button"),
                ("class", "link-button no-print"),
                (action::ATTR, Action::Csv.attr()),
                ("data-focus-key", "csv"),
            ],
            "Download CSV",
        )
        .close("caption")
        .open("thead", &[])
        .element("tr", &[], "")
        .close("thead")
        .element("tbody", &[], "")
        .close("table");
    html.finish()
}

/// The cells of the header row. Every button has a `data-focus-key` that names it across
/// redraws, so keyboard focus can stay on it when the row is drawn again.
pub fn header_row(table: &Table, options: TableOptions<'_>) -> Markup {
    let mut html = Html::new();
    for (index, column) in table.columns.iter().enumerate() {
        header_cell(&mut html, index, &column.name, options);
    }
    html.finish()
}

/// The cells of row `index`: its name as the row header (a toggle button where the
/// options say), then its figures as the page shows them.
pub fn row_cells(table: &Table, index: usize, options: TableOptions<'_>) -> Markup {
    let mut html = Html::new();
    let Some(row) = table.rows.get(index) else {
        return Markup::default();
    };
    let head = table.row_key(row);
    let selected = options
        .selected
        .map(|flags| flags.get(index).copied().unwrap_or(false));
    // Every cell of a selected row says so (a class on the row would need a selector that
    // looks into the row, which is slow to restyle).
    let class = attr_if(selected == Some(true), ("class", "selected"));
    html.open("th", &[("scope", "row"), class]);
    match selected {
        Some(pressed) => {
            // Named by key, not position, so a row that moves keeps its markup.
            html.element(
                "button",
                &[
                    ("type", "button"),
                    ("class", "row-toggle"),
                    ("aria-pressed", bool_text(pressed)),
                    ("data-row-key", &head),
                    ("data-focus-key", &format!("row:{head}")),
                ],
                &head,
            );
        }
        None => {
            html.text(&head);
        }
    }
    html.close("th");
    for cell in row.iter().skip(1) {
        html.element("td", &[class], &cell.text(table.basis));
    }
    html.finish()
}

/// The whole table as HTML, as the page first shows it.
pub fn render(caption: &str, table: &Table, options: TableOptions<'_>) -> Markup {
    let rows: String = (0..table.rows.len())
        .map(|index| format!("<tr>{}</tr>", row_cells(table, index, options)))
        .collect();
    // Escaped pieces put together.
    Markup::escaped(
        skeleton(caption)
            .replacen(
                "<tr></tr>",
                &format!("<tr>{}</tr>", header_row(table, options)),
                1,
            )
            .replacen("<tbody></tbody>", &format!("<tbody>{rows}</tbody>"), 1),
    )
}

fn header_cell(html: &mut Html, index: usize, name: &str, options: TableOptions<'_>) {
    if !options.sortable {
        html.element("th", &[("scope", "col")], name);
        return;
    }
    let current = options.sort.filter(|s| s.column == index);
    let (aria_sort, mark) = match current {
        Some(ColumnSort {
            ascending: true, ..
        }) => ("ascending", "▲"),
        Some(_) => ("descending", "▼"),
        None => ("", "↕"),
    };
    let column = index.to_string();
    html.open(
        "th",
        &[
            ("scope", "col"),
            attr_if(current.is_some(), ("aria-sort", aria_sort)),
        ],
    )
    .open(
        "button",
        &[
            ("type", "button"),
            ("class", "sort-button"),
            ("data-sort-column", &column),
            ("data-focus-key", &format!("sort:{column}")),
        ],
    )
    .text(name)
    .element(
        "span",
        &[("class", "sort-mark"), ("aria-hidden", "true")],
        mark,
    )
    .close("button")
    .close("th");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::money::{Dollars, PayBasis};
    use crate::model::table::{Cell, Column, Unit};

    fn data() -> Table {
        Table {
            basis: PayBasis::Annual,
            columns: vec![
                Column::new("State", Unit::Text),
                Column::new("Median", Unit::Money),
            ],
            rows: vec![
                vec![Cell::Text("Texas".into()), Cell::Money(Dollars(50_000))],
                vec![Cell::Text("Ohio & co".into()), Cell::Missing("no data")],
            ],
        }
    }

    #[test]
    fn a_plain_table_has_header_cells_and_escaped_text() {
        let html = render("Wages", &data(), TableOptions::default());
        assert!(html.starts_with("<table><caption>Wages<button"));
        assert!(html.contains("<th scope=\"col\">Median</th>"));
        assert!(html.contains("<tr><th scope=\"row\">Ohio &amp; co</th><td>no data</td></tr>"));
        assert!(html.contains("<tr><th scope=\"row\">Texas</th><td>$50,000</td></tr>"));
        assert!(!html.contains("sort-button"));
        assert!(!html.contains("row-toggle"));
    }

    #[test]
    fn the_sorted_column_says_its_direction() {
        let options = TableOptions {
            sortable: true,
            sort: Some(ColumnSort {
                column: 1,
                ascending: false,
            }),
            selected: None,
        };
        let html = render("Wages", &data(), options);
        assert_eq!(html.matches("aria-sort=").count(), 1);
        assert!(html.contains("<th scope=\"col\" aria-sort=\"descending\"><button type=\"button\" class=\"sort-button\" data-sort-column=\"1\""));
        assert!(html.contains("Median<span class=\"sort-mark\" aria-hidden=\"true\">▼</span>"));
    }

    #[test]
    fn selected_rows_are_pressed_toggles() {
        let flags = [false, true];
        let options = TableOptions {
            selected: Some(&flags),
            ..TableOptions::default()
        };
        assert_eq!(row_cells(&data(), 0, options), "<th scope=\"row\"><button type=\"button\" class=\"row-toggle\" aria-pressed=\"false\" data-row-key=\"Texas\" data-focus-key=\"row:Texas\">Texas</button></th><td>$50,000</td>");
        let selected = row_cells(&data(), 1, options);
        assert!(selected.contains("aria-pressed=\"true\" data-row-key=\"Ohio &amp; co\""));
        assert!(selected.starts_with("<th scope=\"row\" class=\"selected\">"));
        assert!(selected.ends_with("<td class=\"selected\">no data</td>"));
        assert_eq!(row_cells(&data(), 2, options), "");
    }
}
