//! Files people can download: CSV text and the source line every file carries.

use super::dataset::Dataset;
use super::geo::STATES;
use super::money::{fixed, plain_number, Dollars, PayBasis};
use super::table::{plain_amount, Cell, Table, Unit};

/// The line every downloaded file carries.
pub fn source_line(data: &Dataset) -> String {
    format!(
        "Source: {}, {} (wages {}).",
        data.source.publisher, data.source.title, data.source.wage_year
    )
}

/// Quotes a CSV field when it needs it (RFC 4180).
pub fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

/// One CSV field.
#[derive(Clone, Debug, PartialEq)]
pub enum Field {
    /// Words: a spreadsheet must never read them as a formula.
    Words(String),
    /// A plain number ("84770", "-25410", "40.75", "122.4").
    Number(String),
}

impl Field {
    fn write(&self, out: &mut String) {
        match self {
            Field::Words(text) => {
                // A leading = + - @ (or tab, carriage return) would start a formula.
                if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
                    out.push_str(&csv_field(&format!("'{text}")));
                } else {
                    out.push_str(&csv_field(text));
                }
            }
            Field::Number(number) => out.push_str(number),
        }
    }
}

/// A CSV document for spreadsheets: a UTF-8 byte-order mark, the header row, the rows, a
/// blank line and the source line, with CRLF line ends.
pub fn csv(header: &[String], rows: &[Vec<Field>], source: &str) -> String {
    let mut out = String::from("\u{FEFF}");
    let header: Vec<Field> = header.iter().cloned().map(Field::Words).collect();
    for row in std::iter::once(&header).chain(rows) {
        for (index, field) in row.iter().enumerate() {
            if index > 0 {
                out.push(',');
            }
            field.write(&mut out);
        }
        out.push_str("\r\n");
    }
    out.push_str("\r\n");
    Field::Words(source.to_string()).write(&mut out);
    out.push_str("\r\n");
    out
}

/// A table as CSV: figures as plain numbers in the table's pay basis with the unit in the
/// column header ("Median (USD per year)"); a difference as two columns, the amount and the
/// percentage.
pub fn table_csv(table: &Table, source: &str) -> String {
    let unit = match table.basis {
        PayBasis::Annual => "USD per year",
        PayBasis::Hourly => "USD per hour",
    };
    let mut header = Vec::new();
    for column in &table.columns {
        match column.unit {
            Unit::Text => header.push(column.name.clone()),
            Unit::Money => header.push(format!("{} ({unit})", column.name)),
            Unit::People => header.push(format!("{} (people)", column.name)),
            Unit::Difference => {
                header.push(format!("{} ({unit})", column.name));
                header.push(format!("{} (%)", column.name));
            }
        }
    }
    let rows: Vec<Vec<Field>> = table
        .rows
        .iter()
        .map(|row| {
            let mut fields = Vec::new();
            for (cell, column) in row.iter().zip(&table.columns) {
                match cell {
                    Cell::Text(text) => fields.push(Field::Words(text.clone())),
                    Cell::Money(amount) => {
                        fields.push(Field::Number(plain_amount(table.basis, amount.as_f64())))
                    }
                    Cell::People(count) => fields.push(Field::Number(count.to_string())),
                    Cell::Difference { value, reference } => {
                        let diff = value.as_f64() - reference.as_f64();
                        let percent = if reference.0 == 0 {
                            0.0
                        } else {
                            diff / reference.as_f64() * 100.0
                        };
                        fields.push(Field::Number(plain_amount(table.basis, diff)));
                        fields.push(Field::Number(fixed(percent, 1)));
                    }
                    Cell::Missing(words) => {
                        fields.push(Field::Words((*words).to_string()));
                        if column.unit == Unit::Difference {
                            fields.push(Field::Words((*words).to_string()));
                        }
                    }
                }
            }
            fields
        })
        .collect();
    csv(&header, &rows, source)
}

/// Every figure of the dataset in one long CSV: one row per published figure, in annual
/// dollars or counts; the three states without data appear with empty values and a note.
pub fn full_dataset_csv(data: &Dataset) -> String {
    let columns: Vec<String> = [
        "table",
        "area",
        "state codes",
        "measure",
        "value",
        "unit",
        "note",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    let dollars = |d: Dollars| d.0.to_string();
    let mut rows: Vec<Vec<Field>> = Vec::new();
    let mut push = |table: &str,
                    area: &str,
                    codes: &str,
                    measure: &str,
                    value: String,
                    unit: &str,
                    note: &str| {
        rows.push(vec![
            Field::Words(table.into()),
            Field::Words(area.into()),
            Field::Words(codes.into()),
            Field::Words(measure.into()),
            Field::Number(value),
            Field::Words(unit.into()),
            Field::Words(note.into()),
        ]);
    };
    for (pct, amount) in data.national.points() {
        let measure = if pct == 50 {
            "median".to_string()
        } else {
            format!("{pct}th percentile")
        };
        push(
            "national",
            "United States",
            "US",
            &measure,
            dollars(amount),
            "USD per year",
            "",
        );
    }
    push(
        "national",
        "United States",
        "US",
        &format!(
            "projected job growth {}-{}",
            data.outlook.from_year, data.outlook.through_year
        ),
        plain_number(data.outlook.growth_percent),
        "percent",
        "",
    );
    for info in STATES.iter() {
        match data.state(info.code) {
            Some(w) => {
                let figures = [
                    ("bottom 10% (10th percentile)", w.p10),
                    ("median", w.median),
                    ("top 10% (90th percentile)", w.p90),
                ];
                for (measure, amount) in figures {
                    let value = dollars(amount);
                    push(
                        "states",
                        info.name,
                        info.code,
                        measure,
                        value,
                        "USD per year",
                        "",
                    );
                }
            }
            None => push(
                "states",
                info.name,
                info.code,
                "all",
                String::new(),
                "",
                "no data in the source",
            ),
        }
    }
    // The two metro lists, each in its published order.
    let pay = data.highest_paying.iter().map(|m| {
        let list = "highest-paying metro areas";
        (list, &m.area, "median", dollars(m.median), "USD per year")
    });
    let jobs = data.most_employment.iter().map(|m| {
        let list = "metro areas with the most employment";
        (
            list,
            &m.area,
            "employment",
            m.employment.to_string(),
            "people",
        )
    });
    for (list, area, measure, value, unit) in pay.chain(jobs) {
        push(
            list,
            &area.label,
            &area.state_codes(),
            measure,
            value,
            unit,
            "",
        );
    }
    csv(&columns, &rows, &source_line(data))
}

/// A file-name-safe slug: "Wages by state" -> "wages-by-state".
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for ch in text.chars() {
        if ch.is_ascii_alphanumeric() {
            out.push(ch.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::table::Column;

    #[test]
    fn fields_with_commas_or_quotes_are_quoted() {
        assert_eq!(csv_field("Kansas City, MO-KS"), "\"Kansas City, MO-KS\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("$58,250"), "\"$58,250\"");
        assert_eq!(csv_field("plain"), "plain");
    }

    fn table() -> Table {
        Table {
            basis: PayBasis::Annual,
            columns: vec![
                Column::new("Metro area", Unit::Text),
                Column::new("Median", Unit::Money),
                Column::new("vs US median", Unit::Difference),
                Column::new("People employed", Unit::People),
            ],
            rows: vec![
                vec![
                    Cell::Text("Santa Maria-Santa Barbara, CA".into()),
                    Cell::Money(Dollars(129_550)),
                    Cell::Difference {
                        value: Dollars(129_550),
                        reference: Dollars(58_250),
                    },
                    Cell::People(1_840),
                ],
                vec![
                    Cell::Text("=HYPERLINK(\"x\")".into()),
                    Cell::Missing("no data"),
                    Cell::Missing("no data"),
                    Cell::People(5),
                ],
                vec![
                    Cell::Text("-1+1".into()),
                    Cell::Money(Dollars(40_000)),
                    Cell::Difference {
                        value: Dollars(40_000),
                        reference: Dollars(58_250),
                    },
                    Cell::People(0),
                ],
            ],
        }
    }

    #[test]
    fn a_table_csv_starts_with_a_byte_order_mark_and_names_units_in_the_header() {
        let text = table_csv(&table(), "Source: BLS");
        assert!(text.starts_with('\u{FEFF}'));
        let lines: Vec<&str> = text.trim_start_matches('\u{FEFF}').split("\r\n").collect();
        assert_eq!(
            lines.first().copied(),
            Some("Metro area,Median (USD per year),vs US median (USD per year),vs US median (%),People employed (people)")
        );
        assert_eq!(
            lines.get(1).copied(),
            Some("\"Santa Maria-Santa Barbara, CA\",129550,71300,122.4,1840")
        );
        assert_eq!(lines.get(3).copied(), Some("'-1+1,40000,-18250,-31.3,0"));
        assert_eq!(lines.get(5).copied(), Some("Source: BLS"));
    }

    #[test]
    fn no_text_cell_can_start_a_formula_and_missing_figures_stay_words() {
        let text = table_csv(&table(), "@source");
        for line in text.trim_start_matches('\u{FEFF}').split("\r\n") {
            assert!(!line.starts_with(['=', '+', '-', '@']), "{line}");
        }
        assert!(
            text.contains("\"'=HYPERLINK(\"\"x\"\")\",no data,no data,no data,5\r\n"),
            "{text}"
        );
        assert!(text.contains("'@source"));
    }

    #[test]
    fn hourly_tables_write_dollars_and_cents_per_hour() {
        let mut hourly = table();
        hourly.basis = PayBasis::Hourly;
        let text = table_csv(&hourly, "s");
        assert!(text.contains("Median (USD per hour)"));
        assert!(text.contains(",62.28,34.28,122.4,1840"), "{text}");
    }

    #[test]
    fn slugs_make_file_names() {
        assert_eq!(slug("Wages by state"), "wages-by-state");
        assert_eq!(slug("  Metro areas: top 10!"), "metro-areas-top-10");
    }
}
