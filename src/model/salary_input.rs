//! Reading a salary typed by a person: "58250", "$58,250", "58.2k", or an hourly "28.50".

use super::money::{fixed, format_whole_dollars, PayBasis};
use std::fmt;

/// Longest input accepted, in characters.
pub const MAX_INPUT_CHARS: usize = 24;
/// Largest annual salary the locator accepts.
pub const MAX_ANNUAL_SALARY: f64 = 10_000_000.0;

/// Why a typed salary was not accepted; each says what to do instead.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SalaryInputError {
    Empty,
    TooLong,
    Negative,
    Zero,
    NotANumber,
    TooLarge,
}

impl fmt::Display for SalaryInputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            SalaryInputError::Empty => "Type a salary, for example 58250, $58,250 or 58.2k.",
            SalaryInputError::TooLong => {
                "That is too long to be a salary; type a number such as 58250."
            }
            SalaryInputError::Negative => "A salary can't be negative; type an amount above $0.",
            SalaryInputError::Zero => "Type an amount above $0.",
            SalaryInputError::NotANumber => {
                "Couldn't read that as an amount; type digits, for example 58250 or 58.2k."
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
        Some(rest) => (true, rest.trim_start()),
        None => (false, text),
    };
    let text = text.strip_prefix('$').unwrap_or(text).trim();
    let (text, multiplier) = match text.strip_suffix(['k', 'K']) {
        Some(rest) => (rest.trim_end(), 1000.0),
        None => (text, 1.0),
    };
    let digits: String = text.chars().filter(|c| *c != ',').collect();
    let well_formed = !digits.is_empty()
        && digits.chars().all(|c| c.is_ascii_digit() || c == '.')
        && digits.chars().filter(|c| *c == '.').count() <= 1
        && digits.chars().any(|c| c.is_ascii_digit())
        && !text.starts_with(',');
    if !well_formed {
        return Err(SalaryInputError::NotANumber);
    }
    let amount = decimal_value(&digits).ok_or(SalaryInputError::NotANumber)? * multiplier;
    if negative && amount > 0.0 {
        return Err(SalaryInputError::Negative);
    }
    if amount <= 0.0 {
        return Err(SalaryInputError::Zero);
    }
    let annual = basis.to_annual(amount);
    if !annual.is_finite() || annual > MAX_ANNUAL_SALARY {
        return Err(SalaryInputError::TooLarge);
    }
    Ok(annual)
}

/// Reads "58250" or "28.50" (ASCII digits with at most one point) without a float parser:
/// whole part and up to 9 decimals as integers. None for anything else or absurd lengths.
fn decimal_value(digits: &str) -> Option<f64> {
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if !all_digits(whole) || !all_digits(fraction) || (whole.is_empty() && fraction.is_empty()) {
        return None;
    }
    let whole_value = whole.bytes().try_fold(0u64, |acc, b| {
        acc.checked_mul(10)?.checked_add(u64::from(b - b'0'))
    })?;
    let kept = fraction.get(..fraction.len().min(9)).unwrap_or("");
    let fraction_value = kept
        .bytes()
        .fold(0u64, |acc, b| acc * 10 + u64::from(b - b'0'));
    let fraction_scale = 10u64.pow(kept.len() as u32);
    Some(whole_value as f64 + fraction_value as f64 / fraction_scale as f64)
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
    use PayBasis::*;

    #[test]
    fn every_accepted_form_reads_as_annual_dollars() {
        for text in [
            "58250", "$58,250", " 58,250 ", "58.25k", "$58.25K", "58250.00",
        ] {
            assert_eq!(parse_salary(text, Annual), Ok(58_250.0), "{text}");
        }
        assert_eq!(parse_salary("28.50", Hourly), Ok(28.5 * 2080.0));
        assert_eq!(parse_salary("$28", Hourly), Ok(58_240.0));
    }

    #[test]
    fn each_rejected_form_names_its_problem() {
        assert_eq!(parse_salary("   ", Annual), Err(SalaryInputError::Empty));
        assert_eq!(
            parse_salary("-5000", Annual),
            Err(SalaryInputError::Negative)
        );
        assert_eq!(parse_salary("0", Annual), Err(SalaryInputError::Zero));
        assert_eq!(parse_salary("$0.00", Annual), Err(SalaryInputError::Zero));
        assert_eq!(
            parse_salary("lots", Annual),
            Err(SalaryInputError::NotANumber)
        );
        assert_eq!(
            parse_salary("58.2.1", Annual),
            Err(SalaryInputError::NotANumber)
        );
        assert_eq!(
            parse_salary("1e5", Annual),
            Err(SalaryInputError::NotANumber)
        );
        assert_eq!(parse_salary("k", Annual), Err(SalaryInputError::NotANumber));
        assert_eq!(
            parse_salary("10000001", Annual),
            Err(SalaryInputError::TooLarge)
        );
        assert_eq!(
            parse_salary("5000", Hourly),
            Err(SalaryInputError::TooLarge)
        );
        assert_eq!(
            parse_salary(&"9".repeat(40), Annual),
            Err(SalaryInputError::TooLong)
        );
    }

    #[test]
    fn the_field_text_round_trips() {
        assert_eq!(salary_field_text(58_250.0, Annual), "58250");
        assert_eq!(salary_field_text(58_240.0, Hourly), "28.00");
    }
}
