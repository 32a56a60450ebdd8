//! Reading a salary typed by a person: "58250", "$58,250", "58.2k", or an hourly "28.50".
//!
//! The grammar, after surrounding spaces are trimmed (at most [`MAX_INPUT_CHARS`] characters;
//! spaces are also allowed after "-" and "$" and before "k"):
//!
//! ```text
//! salary  = ["-"] amount                 "-" is read only to say a salary can't be negative
//! amount  = ["$"] number ["k" | "K"]     k: thousands ("58.2k" is 58,200)
//! number  = whole ["." [decimals]] | "." decimals
//! whole   = digits | 1-3 digits ("," 3 digits)+
//! decimals = 1-2 digits (cents); 1-3 digits before k (whole dollars)
//! ```
//!
//! A comma only separates thousands and a point only starts cents, so nothing is guessed:
//! "58,250", "58250.00", "58.25k" and hourly "28.50" are read; "5,8,2,5,0", "58,25" and
//! "1,000.5,5" are refused with a message about commas; "58.250" a year and "1.000.000" (a
//! European thousands point) with one saying to use a comma; hourly "28.505" as too many
//! decimals. A salary is at least $1 in the basis it is typed in ("0.4" is refused) and at
//! most [`MAX_ANNUAL_SALARY`] a year, so rounded to the dollar it is always a salary the
//! link carries (see [`salary_for_link`]).

use super::money::{fixed, format_whole_dollars, PayBasis};
use std::fmt;

/// Longest input accepted, in characters.
pub const MAX_INPUT_CHARS: usize = 24;
/// Largest annual salary the locator accepts.
pub const MAX_ANNUAL_SALARY: f64 = 10_000_000.0;
/// Smallest salary, in dollars of the basis it is typed in; also the smallest the link carries.
pub const MIN_SALARY: u32 = 1;

/// Why a typed salary was not accepted; each says what to do instead.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SalaryInputError {
    Empty,
    TooLong,
    Negative,
    /// Under [`MIN_SALARY`] in the basis typed ("0", "0.4").
    TooSmall,
    NotANumber,
    /// A comma that does not separate a group of three digits ("5,8,250", "58,25").
    MisplacedComma,
    /// A point where a comma belongs: "58.250" or "1.000.000".
    ThousandsPoint,
    /// More decimals than cents (or than whole dollars before k).
    TooManyDecimals,
    TooLarge,
}

impl fmt::Display for SalaryInputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            SalaryInputError::Empty => "Type a salary, for example 58250, $58,250 or 58.2k.",
            SalaryInputError::TooLong => {
                "That is too long to be a salary; type a number such as 58250."
            }
            SalaryInputError::Negative => {
                "A salary can't be negative; type an amount of at least $1."
            }
            SalaryInputError::TooSmall => {
                "That is less than $1; type the amount in dollars, for example 58250 or 58.2k."
            }
            SalaryInputError::NotANumber => {
                "Couldn't read that as an amount; type digits, for example 58250 or 58.2k."
            }
            SalaryInputError::MisplacedComma => {
                "Use commas only between groups of three digits, as in 58,250; cents go after a point, as in 28.50."
            }
            SalaryInputError::ThousandsPoint => {
                "Use a comma for thousands, as in 58,250; a point starts cents, as in 28.50."
            }
            SalaryInputError::TooManyDecimals => {
                "Too many digits after the point; cents take two, as in 28.50, or use k for thousands, as in 58.25k."
            }
            SalaryInputError::TooLarge => {
                "That is above $10,000,000 a year, beyond anything this data can describe."
            }
        };
        f.write_str(text)
    }
}

/// Parses typed text as a salary in `basis` and returns it as annual dollars.
pub fn parse_salary(input: &str, basis: PayBasis) -> Result<f64, SalaryInputError> {
    let text = input.trim();
    if text.is_empty() {
        return Err(SalaryInputError::Empty);
    }
    if text.chars().count() > MAX_INPUT_CHARS {
        return Err(SalaryInputError::TooLong);
    }
    let (negative, text) = match text.strip_prefix(['-', '−']) {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let cents = amount_in_cents(text, basis)?;
    if negative && cents > 0 {
        return Err(SalaryInputError::Negative);
    }
    if cents < u64::from(MIN_SALARY) * 100 {
        return Err(SalaryInputError::TooSmall);
    }
    let annual = basis.to_annual(cents as f64 / 100.0);
    if annual > MAX_ANNUAL_SALARY {
        return Err(SalaryInputError::TooLarge);
    }
    Ok(annual)
}

/// Reads an unsigned amount in `basis` as annual dollars, with no lower or upper limit (a
/// range bound may be $0): the module's grammar without the sign.
pub fn parse_amount(input: &str, basis: PayBasis) -> Result<f64, SalaryInputError> {
    amount_in_cents(input, basis).map(|cents| basis.to_annual(cents as f64 / 100.0))
}

/// The `amount` rule of the module doc, in cents of `basis`.
fn amount_in_cents(input: &str, basis: PayBasis) -> Result<u64, SalaryInputError> {
    let text = input.trim();
    if text.is_empty() {
        return Err(SalaryInputError::Empty);
    }
    if text.chars().count() > MAX_INPUT_CHARS {
        return Err(SalaryInputError::TooLong);
    }
    let text = text.strip_prefix('$').unwrap_or(text).trim_start();
    let (number, in_thousands) = match text.strip_suffix(['k', 'K']) {
        Some(rest) => (rest.trim_end(), true),
        None => (text, false),
    };
    let readable = number
        .bytes()
        .all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
        && number.bytes().any(|b| b.is_ascii_digit());
    if !readable {
        return Err(SalaryInputError::NotANumber);
    }
    let (whole, decimals) = number.split_once('.').unwrap_or((number, ""));
    if decimals.contains('.') {
        return Err(if dotted_thousands(number) {
            SalaryInputError::ThousandsPoint
        } else {
            SalaryInputError::NotANumber
        });
    }
    if decimals.contains(',') || !grouped_by_thousands(whole) {
        return Err(SalaryInputError::MisplacedComma);
    }
    // Before k the decimals are thousands, so three of them are still whole dollars.
    let places = if in_thousands { 3 } else { 2 };
    if decimals.len() > places {
        // "58.250" a year is a European 58,250; three decimals an hour are just too many.
        let european = !in_thousands && decimals.len() == 3 && basis == PayBasis::Annual;
        return Err(if european {
            SalaryInputError::ThousandsPoint
        } else {
            SalaryInputError::TooManyDecimals
        });
    }
    let padded = digits_value(decimals)
        .and_then(|d| d.checked_mul(10u64.pow((places - decimals.len()) as u32)));
    let (whole_cents, decimal_cents) = if in_thousands {
        (100_000, 100)
    } else {
        (100, 1)
    };
    digits_value(whole)
        .and_then(|w| w.checked_mul(whole_cents))
        .zip(padded.and_then(|d| d.checked_mul(decimal_cents)))
        .and_then(|(w, d)| w.checked_add(d))
        .ok_or(SalaryInputError::TooLarge)
}

/// "58250" or "58,250" as 58250; None when it overflows (the text is known to be digits and
/// commas). Empty text is 0.
fn digits_value(text: &str) -> Option<u64> {
    text.bytes()
        .filter(u8::is_ascii_digit)
        .try_fold(0u64, |acc, b| {
            acc.checked_mul(10)?.checked_add(u64::from(b - b'0'))
        })
}

/// True when `whole` has no commas, or commas exactly between groups of three digits.
fn grouped_by_thousands(whole: &str) -> bool {
    let mut groups = whole.split(',');
    let first_ok = groups
        .next()
        .is_some_and(|g| !whole.contains(',') || (1..=3).contains(&g.len()));
    first_ok && groups.all(|g| g.len() == 3)
}

/// True for "1.000.000": points where commas belong (digits only, groups of three).
fn dotted_thousands(number: &str) -> bool {
    let mut groups = number.split('.');
    let digits = |g: &str| g.bytes().all(|b| b.is_ascii_digit());
    groups
        .next()
        .is_some_and(|g| (1..=3).contains(&g.len()) && digits(g))
        && groups.all(|g| g.len() == 3 && digits(g))
}

/// The whole annual dollars a salary goes into the link as; None for an amount the link
/// does not carry (never one that [`parse_salary`] accepted).
pub fn salary_for_link(annual: f64) -> Option<u32> {
    let dollars = annual.round();
    (dollars >= f64::from(MIN_SALARY) && dollars <= MAX_ANNUAL_SALARY).then_some(dollars as u32)
}

/// Reads the link's salary: whole annual dollars as plain digits, in the range of
/// [`salary_for_link`], so every salary the field accepts is one a link carries and back.
pub fn salary_from_link(value: &str) -> Option<u32> {
    if value.is_empty() || !value.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    value
        .parse::<u32>()
        .ok()
        .filter(|v| *v >= MIN_SALARY && f64::from(*v) <= MAX_ANNUAL_SALARY)
}

/// The text to put back in the field for an annual amount in `basis` ("58250" or "28.00").
pub fn salary_field_text(annual: f64, basis: PayBasis) -> String {
    match basis {
        PayBasis::Annual => format_whole_dollars(annual).replace(['$', ','], ""),
        PayBasis::Hourly => fixed(basis.from_annual(annual), 2),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::money::group_thousands;
    use proptest::prelude::*;
    use PayBasis::*;

    #[test]
    fn every_accepted_form_reads_as_annual_dollars() {
        for text in [
            "58250",
            "$58,250",
            " 58,250 ",
            "58.25k",
            "$58.25K",
            "58250.00",
            "58,250.",
            "$ 58.250k",
        ] {
            assert_eq!(parse_salary(text, Annual), Ok(58_250.0), "{text}");
        }
        assert_eq!(parse_salary("58.2k", Annual), Ok(58_200.0));
        assert_eq!(parse_salary("1,000k", Annual), Ok(1_000_000.0));
        assert_eq!(parse_salary(".5k", Annual), Ok(500.0));
        assert_eq!(parse_salary("1", Annual), Ok(1.0));
        assert_eq!(parse_salary("28.50", Hourly), Ok(28.5 * 2080.0));
        assert_eq!(parse_salary("28.5", Hourly), Ok(28.5 * 2080.0));
        assert_eq!(parse_salary("$28", Hourly), Ok(58_240.0));
        assert_eq!(parse_salary("1.00", Hourly), Ok(2080.0));
    }

    #[test]
    fn each_rejected_form_names_its_problem() {
        use SalaryInputError::*;
        let cases = [
            ("   ", Annual, Empty),
            ("-5000", Annual, Negative),
            ("0", Annual, TooSmall),
            ("$0.00", Annual, TooSmall),
            ("lots", Annual, NotANumber),
            ("58.2.1", Annual, NotANumber),
            ("1e5", Annual, NotANumber),
            ("k", Annual, NotANumber),
            ("$", Annual, NotANumber),
            ("10000001", Annual, TooLarge),
            ("5000", Hourly, TooLarge),
        ];
        for (text, basis, error) in cases {
            assert_eq!(parse_salary(text, basis), Err(error), "{text}");
        }
        assert_eq!(parse_salary(&"9".repeat(40), Annual), Err(TooLong));
    }

    /// Asserts that each of `texts` is refused in `basis` for `error`.
    fn assert_refused(texts: &[&str], basis: PayBasis, error: SalaryInputError) {
        for text in texts {
            assert_eq!(parse_salary(text, basis), Err(error.clone()), "{text}");
        }
    }

    #[test]
    fn a_comma_only_separates_thousands() {
        assert_refused(
            &[
                "5,8,2,5,0",
                "58,25",
                "1,000.5,5",
                ",500",
                "500,",
                "58,,250",
                "1000,000",
                "1.000,50",
            ],
            Annual,
            SalaryInputError::MisplacedComma,
        );
    }

    #[test]
    fn a_point_with_three_digits_after_it_is_a_thousands_point_not_cents() {
        assert_refused(
            &["58.250", "$58.250", "1.000.000", "1.000"],
            Annual,
            SalaryInputError::ThousandsPoint,
        );
        assert_eq!(
            parse_salary("1.000.000", Hourly),
            Err(SalaryInputError::ThousandsPoint)
        );
        // An hourly amount with three decimals is a slip in the cents, not thousands.
        assert_eq!(
            parse_salary("28.505", Hourly),
            Err(SalaryInputError::TooManyDecimals)
        );
        assert_eq!(
            parse_salary("58250.0000", Annual),
            Err(SalaryInputError::TooManyDecimals)
        );
        assert_eq!(
            parse_salary("58.2505k", Annual),
            Err(SalaryInputError::TooManyDecimals)
        );
        assert!(SalaryInputError::ThousandsPoint
            .to_string()
            .contains("comma for thousands"));
    }

    #[test]
    fn amounts_under_a_dollar_are_refused() {
        assert_refused(
            &["0.4", "0.99", ".5", "0.000k"],
            Annual,
            SalaryInputError::TooSmall,
        );
        assert_eq!(parse_salary("0.4", Hourly), Err(SalaryInputError::TooSmall));
        // The range filter reads the same grammar but has no floor.
        assert_eq!(parse_amount("0", Annual), Ok(0.0));
    }

    #[test]
    fn a_number_too_big_for_any_integer_is_too_large_not_unreadable() {
        for text in [
            "99999999999999999999",
            "18446744073709551616",
            "184467440737095516.15",
            "99,999,999,999,999,999",
            "9999999999999999999k",
        ] {
            assert!(text.len() <= MAX_INPUT_CHARS);
            assert_refused(&[text], Annual, SalaryInputError::TooLarge);
        }
    }

    #[test]
    fn the_field_text_round_trips() {
        assert_eq!(salary_field_text(58_250.0, Annual), "58250");
        assert_eq!(salary_field_text(58_240.0, Hourly), "28.00");
    }

    #[test]
    fn the_link_carries_whole_dollars_in_the_typed_range() {
        assert_eq!(salary_for_link(58_250.4), Some(58_250));
        assert_eq!(salary_for_link(0.4), None);
        assert_eq!(salary_for_link(MAX_ANNUAL_SALARY + 1.0), None);
        assert_eq!(salary_from_link("58250"), Some(58_250));
        for bad in ["", "0", "+5", "58,250", "5e4", "10000001", "99999999999"] {
            assert_eq!(salary_from_link(bad), None, "{bad}");
        }
    }

    /// Digits of `n` with a comma before each position whose flag is set (position
    /// `digits.len()` is after the last digit).
    fn with_commas(n: u64, commas: &[bool]) -> (String, bool) {
        let digits = n.to_string();
        let len = digits.len();
        let wanted: Vec<usize> = (0..=len)
            .filter(|i| commas.get(*i).copied().unwrap_or(false))
            .collect();
        let boundaries: Vec<usize> = (1..len).filter(|i| (len - i).is_multiple_of(3)).collect();
        let mut text = String::new();
        for (i, ch) in digits.chars().enumerate() {
            if wanted.contains(&i) {
                text.push(',');
            }
            text.push(ch);
        }
        if wanted.contains(&len) {
            text.push(',');
        }
        (text, wanted.is_empty() || wanted == boundaries)
    }

    proptest! {
        #[test]
        fn every_whole_number_grouped_by_thousands_reads_as_itself(n in 1u64..=10_000_000) {
            let expected = Ok(n as f64);
            prop_assert_eq!(parse_salary(&group_thousands(n as i64), Annual), expected.clone());
            prop_assert_eq!(parse_salary(&format!("${}", group_thousands(n as i64)), Annual), expected.clone());
            prop_assert_eq!(parse_salary(&n.to_string(), Annual), expected);
        }

        #[test]
        fn larger_whole_numbers_are_too_large(n in 10_000_001u64..) {
            prop_assert_eq!(parse_salary(&n.to_string(), Annual), Err(SalaryInputError::TooLarge));
            let grouped = i64::try_from(n).map(group_thousands).unwrap_or_default();
            if !grouped.is_empty() && grouped.len() <= MAX_INPUT_CHARS {
                prop_assert_eq!(parse_salary(&grouped, Annual), Err(SalaryInputError::TooLarge));
            }
        }

        #[test]
        fn a_comma_anywhere_but_every_thousands_boundary_is_refused(
            n in 1u64..1_000_000_000,
            commas in prop::collection::vec(any::<bool>(), 10),
            cents in prop::option::of(0u32..100),
        ) {
            let (whole, well_grouped) = with_commas(n, &commas);
            let text = match cents {
                Some(c) => format!("{whole}.{c:02}"),
                None => whole,
            };
            let read = parse_salary(&text, Annual);
            if well_grouped {
                prop_assert!(read != Err(SalaryInputError::MisplacedComma), "{}: {:?}", text, read);
            } else {
                prop_assert_eq!(read, Err(SalaryInputError::MisplacedComma), "{}", text);
            }
        }

        #[test]
        fn a_comma_after_the_point_is_refused(n in 1u64..100_000, cents in 0u32..100, at in 0usize..3) {
            let decimals = format!("{cents:02}");
            let (head, tail) = decimals.split_at(at.min(2));
            let text = format!("{n}.{head},{tail}");
            prop_assert_eq!(parse_salary(&text, Annual), Err(SalaryInputError::MisplacedComma), "{}", text);
        }

        #[test]
        fn accepted_salaries_are_whole_dollars_the_link_carries(
            text in "[-$ 0-9,.kK]{0,12}|\\$?[0-9]{1,3}(,[0-9]{3}){0,3}(\\.[0-9]{0,3})?[kK]?",
            hourly in any::<bool>(),
        ) {
            let basis = if hourly { Hourly } else { Annual };
            if let Ok(annual) = parse_salary(&text, basis) {
                prop_assert!(annual >= f64::from(MIN_SALARY) && annual <= MAX_ANNUAL_SALARY, "{}: {}", text, annual);
                prop_assert!(salary_for_link(annual).is_some(), "{}: {}", text, annual);
                // What the field shows for it again reads back.
                prop_assert!(parse_salary(&salary_field_text(annual, basis), basis).is_ok());
            }
        }
    }
}
