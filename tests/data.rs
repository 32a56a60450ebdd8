//! The embedded data: row counts, exact figures against the source document, and that a bad
//! edit is caught with a message naming the file, the row and the field.

use salary_explorer::model::dataset::{load, load_embedded, Dataset, EMBEDDED};
use salary_explorer::model::money::Dollars;

fn dataset() -> Dataset {
    match load_embedded() {
        Ok(data) => data,
        Err(errors) => panic!("embedded data is invalid: {errors:#?}"),
    }
}

/// The source document's tables as transcribed (tests/fixtures/source-tables.txt, kept in the
/// repository so a clone can check its data without anything beside it).
fn source_document() -> String {
    include_str!("fixtures/source-tables.txt").to_string()
}

fn dollars(text: &str) -> u32 {
    text.trim_start_matches('$')
        .replace(',', "")
        .parse()
        .unwrap_or_else(|e| panic!("{text}: {e}"))
}

/// Rows of the table that follows `header` in the source, split into label and figures.
fn source_rows(doc: &str, header: &str, figures: usize) -> Vec<(String, Vec<u32>)> {
    let start = doc
        .find(header)
        .unwrap_or_else(|| panic!("no table {header:?} in the source"));
    doc[start + header.len()..]
        .lines()
        .skip(1)
        .take_while(|line| !line.trim().is_empty())
        .map(|line| {
            let words: Vec<&str> = line.split(' ').collect();
            let split = words.len() - figures;
            (
                words[..split].join(" "),
                words[split..].iter().map(|w| dollars(w)).collect(),
            )
        })
        .collect()
}

#[test]
fn the_embedded_data_has_48_states_and_two_top_10_metro_lists() {
    let data = dataset();
    assert_eq!(data.states.len(), 48);
    assert_eq!(data.highest_paying.len(), 10);
    assert_eq!(data.most_employment.len(), 10);
    let missing: Vec<&str> = data.states_without_data().iter().map(|s| s.name).collect();
    assert_eq!(missing, ["Alabama", "North Dakota", "Wyoming"]);
}

#[test]
fn the_data_compiled_into_the_app_equals_the_validated_files() {
    assert_eq!(salary_explorer::embedded::dataset(), dataset());
}

#[test]
fn a_sample_of_figures_is_exact() {
    let data = dataset();
    assert_eq!(data.national.median, Dollars(58_250));
    assert_eq!(data.national.p90, Dollars(103_380));
    assert_eq!(data.outlook.growth_percent, 16.5);
    assert_eq!(data.outlook.through_year, 2032);
    let ca = data.state("CA").map(|s| (s.median, s.p10, s.p90));
    assert_eq!(
        ca,
        Some((Dollars(84_770), Dollars(48_980), Dollars(152_290)))
    );
    let ri = data.state("RI").map(|s| (s.median, s.p10, s.p90));
    assert_eq!(
        ri,
        Some((Dollars(47_480), Dollars(47_320), Dollars(96_300)))
    );
    assert_eq!(
        data.highest_paying[0].area.label,
        "Santa Maria-Santa Barbara, CA"
    );
    assert_eq!(data.highest_paying[0].median, Dollars(129_550));
    assert_eq!(data.most_employment[4].area.state_codes(), "MO-KS");
    assert_eq!(data.most_employment[0].employment, 1_840);
}

#[test]
fn every_figure_matches_the_source_document() {
    let doc = source_document();
    let data = dataset();
    for (label, expected) in [
        ("10th Percentile: ", 34_970),
        ("25th Percentile: ", 40_930),
        ("Median Salary: ", 58_250),
        ("75th Percentile: ", 81_410),
        ("90th Percentile: ", 103_380),
    ] {
        let at = doc
            .find(label)
            .unwrap_or_else(|| panic!("{label} not in source"))
            + label.len();
        let published = dollars(doc[at..].split_whitespace().next().unwrap_or_default());
        assert_eq!(published, expected, "{label}");
    }
    let n = data.national;
    assert_eq!(
        [n.p10.0, n.p25.0, n.median.0, n.p75.0, n.p90.0],
        [34_970, 40_930, 58_250, 81_410, 103_380]
    );
    assert!(doc.contains(&format!(
        "Projected job growth: {}%",
        data.outlook.growth_percent
    )));
    assert!(doc.contains(&format!(
        "projected job growth through {}",
        data.outlook.through_year
    )));

    let states = source_rows(&doc, "State Median Salary Bottom 10% Top 10%", 3);
    assert_eq!(states.len(), data.states.len());
    for (name, figures) in &states {
        let row = data
            .states
            .iter()
            .find(|s| s.state.name == name)
            .unwrap_or_else(|| panic!("{name} missing"));
        assert_eq!(vec![row.median.0, row.p10.0, row.p90.0], *figures, "{name}");
    }

    let paying = source_rows(&doc, "Metro Area Median Annual Salary", 1);
    let ours: Vec<(String, Vec<u32>)> = data
        .highest_paying
        .iter()
        .map(|m| (m.area.label.clone(), vec![m.median.0]))
        .collect();
    assert_eq!(ours, paying);

    let jobs = source_rows(&doc, "Metropolitan Areas Employment", 1);
    let ours: Vec<(String, Vec<u32>)> = data
        .most_employment
        .iter()
        .map(|m| (m.area.label.clone(), vec![m.employment]))
        .collect();
    assert_eq!(ours, jobs);
}

/// Loads the embedded files with one text replacement applied to one of them.
fn errors_after_edit(file: usize, from: &str, to: &str) -> Vec<String> {
    let mut texts = EMBEDDED.map(str::to_string);
    assert!(
        texts[file].contains(from),
        "test setup: {from:?} not in file {file}"
    );
    texts[file] = texts[file].replacen(from, to, 1);
    match load(&texts[0], &texts[1], &texts[2]) {
        Ok(_) => vec![],
        Err(errors) => errors.iter().map(ToString::to_string).collect(),
    }
}

#[test]
fn a_median_above_the_top_10_percent_names_file_row_and_field() {
    let errors = errors_after_edit(
        1,
        "\"Ohio\", \"median\": 57920",
        "\"Ohio\", \"median\": 95000",
    );
    assert_eq!(errors, ["data/states.json row 34 (Ohio), field top_10: 93,600 is below median 95,000; expected median <= top_10"]);
}

#[test]
fn a_misspelled_or_repeated_state_is_caught() {
    let errors = errors_after_edit(1, "\"Ohio\"", "\"Ohoi\"");
    assert_eq!(errors.len(), 1);
    assert!(
        errors[0].starts_with("data/states.json row 34 (Ohoi), field state:"),
        "{errors:?}"
    );
    let errors = errors_after_edit(1, "\"Oregon\"", "\"Ohio\"");
    assert_eq!(
        errors,
        ["data/states.json row 36 (Ohio), field state: Ohio appears twice"]
    );
}

#[test]
fn zero_missing_and_unordered_national_figures_are_caught() {
    let errors = errors_after_edit(0, "\"p25\": 40930", "\"p25\": 0");
    assert!(
        errors
            .iter()
            .any(|e| e
                == "data/national.json percentiles, field p25: is 0; amounts must be positive"),
        "{errors:?}"
    );
    let errors = errors_after_edit(0, "\"p75\": 81410", "\"p75\": 50000");
    assert_eq!(errors, ["data/national.json percentiles, field p75: 50,000 is below median 58,250; expected median <= p75"]);
    let errors = errors_after_edit(1, ", \"top_10\": 113990", "");
    assert_eq!(errors, ["data/states.json row 1 (Alaska), field top_10: missing (write the published amount in whole dollars)"]);
}

#[test]
fn a_metro_label_without_a_known_state_is_caught() {
    let errors = errors_after_edit(2, "Topeka, KS", "Topeka, KX");
    assert_eq!(errors, ["data/metros.json highest_paying row 8 (Topeka, KX), field area: \"Topeka, KX\": \"KX\" is not the postal code of a state or DC"]);
    let errors = errors_after_edit(2, "\"employment\": 1840", "\"employment\": 1");
    assert!(errors[0].contains("most_employment row 2"), "{errors:?}");
}

#[test]
fn a_metro_named_twice_in_one_list_is_caught_in_either_list() {
    let errors = errors_after_edit(2, "Bakersfield, CA", "Topeka, KS");
    assert_eq!(
        errors,
        ["data/metros.json highest_paying row 9 (Topeka, KS), field area: appears twice in this list"]
    );
    let errors = errors_after_edit(
        2,
        "Dallas-Fort Worth-Arlington, TX",
        "Los Angeles-Long Beach-Anaheim, CA",
    );
    assert_eq!(
        errors,
        ["data/metros.json most_employment row 3 (Los Angeles-Long Beach-Anaheim, CA), field area: appears twice in this list"]
    );
}

#[test]
fn a_typo_in_a_field_name_is_caught_with_its_line() {
    let errors = errors_after_edit(1, "\"bottom_10\": 39430", "\"bottom10\": 39430");
    assert_eq!(errors.len(), 1);
    assert!(
        errors[0]
            .starts_with("data/states.json: not valid for this layout: unknown field `bottom10`"),
        "{errors:?}"
    );
    assert!(errors[0].contains("line 10"), "{errors:?}");
}
