//! Plain-English pieces shared by the page's sentences.

use super::money::PayBasis;

/// " Your salary $61,000 is marked.": what a chart's text alternative adds when the typed
/// salary is drawn on it.
pub fn salary_marked(basis: PayBasis, annual: Option<f64>) -> String {
    annual
        .map(|salary| format!(" Your salary {} is marked.", basis.format_f64(salary)))
        .unwrap_or_default()
}

/// "A", "A and B", "A, B and C": a list as a sentence writes it.
pub fn and_list(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [only] => (*only).to_string(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
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
