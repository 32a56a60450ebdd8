//! The one data table: caption with its CSV download, optionally sortable columns and rows
//! that toggle a selection.

use super::{attr_if, bool_text, Html};

/// Rows of text cells; the first cell of a row is its header.
#[derive(Clone, Debug, Default, PartialEq)]
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

/// How a table is drawn besides its cells.
#[derive(Clone, Copy, Debug, Default)]
pub struct TableOptions<'a> {
    /// Column headers are sort buttons (`data-sort-column`), marked with the current sort.
    pub sortable: bool,
    pub sort: Option<ColumnSort>,
    /// Some: each row's header is a toggle button (`data-row-index`), pressed and the row
    /// highlighted where the flag is set.
    pub selected: Option<&'a [bool]>,
}

/// The table as HTML. Every button has a `data-focus-key` that names it across redraws, so
/// keyboard focus can stay on it when the table is drawn again.
pub fn render(caption: &str, data: &TableData, options: TableOptions<'_>) -> String {
    let mut html = Html::new();
    html.open("table", &[])
        .open("caption", &[])
        .text(caption)
        .element(
            "button",
            &[
                ("type", "button"),
                ("class", "link-button no-print"),
                ("data-action", "csv"),
                ("data-focus-key", "csv"),
            ],
            "Download CSV",
        )
        .close("caption")
        .open("thead", &[])
        .open("tr", &[]);
    for (index, name) in data.columns.iter().enumerate() {
        header_cell(&mut html, index, name, options);
    }
    html.close("tr").close("thead").open("tbody", &[]);
    for (index, row) in data.rows.iter().enumerate() {
        let mut cells = row.iter();
        let head = cells.next().map_or("", String::as_str);
        let selected = options
            .selected
            .map(|flags| flags.get(index).copied().unwrap_or(false));
        html.open(
            "tr",
            &[attr_if(selected == Some(true), ("class", "selected"))],
        )
        .open("th", &[("scope", "row")]);
        match selected {
            Some(pressed) => {
                let index = index.to_string();
                html.element(
                    "button",
                    &[
                        ("type", "button"),
                        ("class", "row-toggle"),
                        ("aria-pressed", bool_text(pressed)),
                        ("data-row-index", &index),
                        ("data-focus-key", &format!("row:{head}")),
                    ],
                    head,
                );
            }
            None => {
                html.text(head);
            }
        }
        html.close("th");
        for cell in cells {
            html.element("td", &[], cell);
        }
        html.close("tr");
    }
    html.close("tbody").close("table");
    html.finish()
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

    fn data() -> TableData {
        TableData {
            columns: vec!["State".into(), "Median".into()],
            rows: vec![
                vec!["Texas".into(), "$50,000".into()],
                vec!["Ohio & co".into(), "$40,000".into()],
            ],
        }
    }

    #[test]
    fn a_plain_table_has_header_cells_and_escaped_text() {
        let html = render("Wages", &data(), TableOptions::default());
        assert!(html.starts_with("<table><caption>Wages<button"));
        assert!(html.contains("<th scope=\"col\">Median</th>"));
        assert!(html.contains("<tr><th scope=\"row\">Ohio &amp; co</th><td>$40,000</td></tr>"));
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
    fn selected_rows_are_pressed_and_highlighted() {
        let flags = [false, true];
        let options = TableOptions {
            selected: Some(&flags),
            ..TableOptions::default()
        };
        let html = render("Wages", &data(), options);
        assert!(html.contains("<tr><th scope=\"row\"><button type=\"button\" class=\"row-toggle\" aria-pressed=\"false\" data-row-index=\"0\" data-focus-key=\"row:Texas\">Texas</button>"));
        assert!(html.contains("<tr class=\"selected\"><th scope=\"row\"><button type=\"button\" class=\"row-toggle\" aria-pressed=\"true\" data-row-index=\"1\""));
    }
}
