//! Files people can download: CSV text and the source line every file carries.

use super::dataset::Dataset;
use super::geo::STATES;
use super::money::Dollars;

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

/// A CSV document: a header row, the rows, a blank line and the source line.
pub fn csv(columns: &[String], rows: &[Vec<String>], source: &str) -> String {
    let line = |cells: &[String]| {
        cells
            .iter()
            .map(|c| csv_field(c))
            .collect::<Vec<_>>()
            .join(",")
    };
    let mut out = line(columns);
    out.push_str("\r\n");
    for row in rows {
        out.push_str(&line(row));
        out.push_str("\r\n");
    }
    out.push_str("\r\n");
    out.push_str(&csv_field(source));
    out.push_str("\r\n");
    out
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
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut push = |table: &str,
                    area: &str,
                    codes: &str,
                    measure: &str,
                    value: String,
                    unit: &str,
                    note: &str| {
        rows.push(vec![
            table.into(),
            area.into(),
            codes.into(),
            measure.into(),
            value,
            unit.into(),
            note.into(),
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
        data.outlook.growth_percent.to_string(),
        "percent",
        "",
    );
    for info in STATES.iter() {
        match data.state(info.code) {
            Some(w) => {
                push(
                    "states",
                    info.name,
                    info.code,
                    "bottom 10% (10th percentile)",
                    dollars(w.p10),
                    "USD per year",
                    "",
                );
                push(
                    "states",
                    info.name,
                    info.code,
                    "median",
                    dollars(w.median),
                    "USD per year",
                    "",
                );
                push(
                    "states",
                    info.name,
                    info.code,
                    "top 10% (90th percentile)",
                    dollars(w.p90),
                    "USD per year",
                    "",
                );
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
    for m in &data.highest_paying {
        push(
            "highest-paying metro areas",
            &m.area.label,
            &m.area.state_codes(),
            "median",
            dollars(m.median),
            "USD per year",
            "",
        );
    }
    for m in &data.most_employment {
        push(
            "metro areas with the most employment",
            &m.area.label,
            &m.area.state_codes(),
            "employment",
            m.employment.to_string(),
            "people",
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

    #[test]
    fn fields_with_commas_or_quotes_are_quoted() {
        assert_eq!(csv_field("Kansas City, MO-KS"), "\"Kansas City, MO-KS\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("$58,250"), "\"$58,250\"");
        assert_eq!(csv_field("plain"), "plain");
    }

    #[test]
    fn slugs_make_file_names() {
        assert_eq!(slug("Wages by state"), "wages-by-state");
        assert_eq!(slug("  Metro areas: top 10!"), "metro-areas-top-10");
    }
}
