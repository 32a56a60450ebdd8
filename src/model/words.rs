//! Plain-English pieces shared by the page's sentences.

use super::dataset::Dataset;
use super::money::{Dollars, PayBasis};

/// " Your salary $61,000 is marked.": what a chart's text alternative adds when the typed
/// salary is drawn on it.
pub fn salary_marked(basis: PayBasis, annual: Option<f64>) -> String {
    annual
        .map(|salary| format!(" Your salary {} is marked.", basis.format_f64(salary)))
        .unwrap_or_default()
}

/// "bottom 10% $48,980, median $84,770, top 10% $152,290": a place's three published
/// figures, low to high, as every tooltip and text alternative words them.
pub fn state_figures(basis: PayBasis, [p10, median, p90]: [Dollars; 3]) -> String {
    format!(
        "bottom 10% {}, median {}, top 10% {}",
        basis.format(p10),
        basis.format(median),
        basis.format(p90)
    )
}

/// "1 setting", "2 settings": a count with its noun in the number it takes.
pub fn counted(count: usize, one: &str, many: &str) -> String {
    format!("{count} {}", if count == 1 { one } else { many })
}

/// "A", "A and B", "A, B and C": a list as a sentence writes it.
pub fn and_list(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [only] => (*only).to_string(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// Why a state without figures cannot be selected for comparison.
pub fn cannot_compare(name: &str) -> String {
    format!("{name} has no data in the source, so it can't be compared.")
}

/// The States view's first line: how many states have figures and which have none.
pub fn states_lede(data: &Dataset) -> String {
    let missing: Vec<&str> = data.states_without_data().iter().map(|s| s.name).collect();
    format!(
        "{} states with data. The source gives no figures for {}.",
        data.states.len(),
        and_list(&missing)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_marked_salary_is_named_in_the_pay_basis() {
        assert_eq!(salary_marked(PayBasis::Annual, None), "");
        assert_eq!(
            salary_marked(PayBasis::Annual, Some(61_000.0)),
            " Your salary $61,000 is marked."
        );
        assert_eq!(
            salary_marked(PayBasis::Hourly, Some(62_400.0)),
            " Your salary $30.00 is marked."
        );
    }

    #[test]
    fn a_states_figures_read_from_bottom_to_top_in_the_pay_basis() {
        let california = [Dollars(48_980), Dollars(84_770), Dollars(152_290)];
        assert_eq!(
            state_figures(PayBasis::Annual, california),
            "bottom 10% $48,980, median $84,770, top 10% $152,290"
        );
        assert_eq!(
            state_figures(PayBasis::Hourly, california),
            "bottom 10% $23.55, median $40.75, top 10% $73.22"
        );
    }

    #[test]
    fn lists_join_with_commas_and_a_final_and() {
        assert_eq!(and_list(&[]), "");
        assert_eq!(and_list(&["Ohio"]), "Ohio");
        assert_eq!(and_list(&["Ohio", "Utah"]), "Ohio and Utah");
        assert_eq!(
            and_list(&["Alabama", "North Dakota", "Wyoming"]),
            "Alabama, North Dakota and Wyoming"
        );
    }
}
