//! Plain-English pieces shared by the page's sentences.

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
