//! Dollar amounts and the one place they are turned into text.

use super::choice::choice_table;
use serde::Deserialize;

/// Hours in a full-time work year: hourly figures are annual / 2080.
pub const HOURS_PER_YEAR: u32 = 2080;

/// A whole-dollar annual amount as the source publishes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(transparent)]
pub struct Dollars(pub u32);

impl Dollars {
    /// The amount as a float, for charts and interpolation.
    pub fn as_f64(self) -> f64 {
        f64::from(self.0)
    }
}

/// Whether figures are shown per year or per hour.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum PayBasis {
    #[default]
    Annual,
    Hourly,
}

choice_table!(PayBasis {
    Annual => "annual", "Per year";
    Hourly => "hourly", "Per hour";
});

impl PayBasis {
    /// Converts an annual amount into this basis.
    pub fn from_annual(self, annual: f64) -> f64 {
        match self {
            PayBasis::Annual => annual,
            PayBasis::Hourly => annual / f64::from(HOURS_PER_YEAR),
        }
    }

    /// Converts an amount in this basis back into an annual amount.
    pub fn to_annual(self, amount: f64) -> f64 {
        match self {
            PayBasis::Annual => amount,
            PayBasis::Hourly => amount * f64::from(HOURS_PER_YEAR),
        }
    }

    /// A short unit suffix for labels.
    pub fn unit(self) -> &'static str {
        match self {
            PayBasis::Annual => "per year",
            PayBasis::Hourly => "per hour (annual ÷ 2080)",
        }
    }

    /// Formats an annual amount in this basis: "$58,250" or "$28.00".
    pub fn format(self, annual: Dollars) -> String {
        self.format_f64(annual.as_f64())
    }

    /// Formats an annual amount given as a float (interpolated or averaged values).
    pub fn format_f64(self, annual: f64) -> String {
        match self {
            PayBasis::Annual => format_whole_dollars(annual),
            PayBasis::Hourly => format_cents(self.from_annual(annual)),
        }
    }

    /// A compact axis label: "$58k" or "$28".
    pub fn format_tick(self, annual: f64) -> String {
        match self {
            PayBasis::Annual if annual.abs() < 0.5 => "$0".to_string(),
            PayBasis::Annual => format!("${}k", group_thousands((annual / 1000.0).round() as i64)),
            PayBasis::Hourly => format!(
                "${}",
                group_thousands(self.from_annual(annual).round() as i64)
            ),
        }
    }
}

/// "$58,250" (rounded to the dollar; negative amounts keep their sign).
pub fn format_whole_dollars(amount: f64) -> String {
    let rounded = amount.round() as i64;
    if rounded < 0 {
        format!("-${}", group_thousands(-rounded))
    } else {
        format!("${}", group_thousands(rounded))
    }
}

/// `value` with as few decimals as it needs, at most three: 16.5 -> "16.5", 16 -> "16"
/// (instead of std's float formatting, which is large in the page).
pub fn plain_number(value: f64) -> String {
    let text = fixed(value, 3);
    if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        text
    }
}

/// `value` with exactly `decimals` digits after the point ("45.5", "28.00"), by integer
/// arithmetic: the app formats no floats itself, which keeps float-formatting code out of it.
pub fn fixed(value: f64, decimals: u32) -> String {
    let scale = 10i64.pow(decimals.min(9));
    let scaled = (value * scale as f64).round() as i64;
    let sign = if scaled < 0 { "-" } else { "" };
    let scaled = scaled.unsigned_abs();
    let (whole, fraction) = (scaled / scale as u64, scaled % scale as u64);
    if decimals == 0 {
        format!("{sign}{whole}")
    } else {
        format!(
            "{sign}{whole}.{fraction:0width$}",
            width = decimals.min(9) as usize
        )
    }
}

/// "$28.00" (rounded to the cent).
pub fn format_cents(amount: f64) -> String {
    let cents = (amount * 100.0).round() as i64;
    let sign = if cents < 0 { "-" } else { "" };
    let cents = cents.abs();
    format!("{sign}${}.{:02}", group_thousands(cents / 100), cents % 100)
}

/// "1,840": thousands separated by commas.
pub fn group_thousands(n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    if n < 0 {
        out.push('-');
    }
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

/// "+$12,345 (+21.2%)": a signed difference in this basis and in percent of `reference`.
pub fn format_difference(basis: PayBasis, value: Dollars, reference: Dollars) -> String {
    let diff = value.as_f64() - reference.as_f64();
    let sign = if diff > 0.0 { "+" } else { "" };
    let percent = if reference.0 == 0 {
        0.0
    } else {
        diff / reference.as_f64() * 100.0
    };
    let amount = match basis {
        PayBasis::Annual => format_whole_dollars(diff),
        PayBasis::Hourly => format_cents(basis.from_annual(diff)),
    };
    format!("{sign}{amount} ({sign}{}%)", fixed(percent, 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_numbers_drop_trailing_zeros() {
        assert_eq!(plain_number(16.5), "16.5");
        assert_eq!(plain_number(16.0), "16");
        assert_eq!(plain_number(-0.125), "-0.125");
        assert_eq!(plain_number(100.0), "100");
    }

    #[test]
    fn annual_amounts_are_grouped_by_thousands() {
        assert_eq!(PayBasis::Annual.format(Dollars(58_250)), "$58,250");
        assert_eq!(PayBasis::Annual.format(Dollars(103_380)), "$103,380");
        assert_eq!(PayBasis::Annual.format(Dollars(0)), "$0");
        assert_eq!(group_thousands(1_840), "1,840");
        assert_eq!(group_thousands(610), "610");
        assert_eq!(group_thousands(1_000_000), "1,000,000");
    }

    #[test]
    fn hourly_amounts_are_annual_over_2080_to_the_cent() {
        assert_eq!(PayBasis::Hourly.format(Dollars(58_250)), "$28.00");
        assert_eq!(PayBasis::Hourly.format(Dollars(34_970)), "$16.81");
        assert_eq!(PayBasis::Hourly.format(Dollars(152_290)), "$73.22");
    }

    #[test]
    fn fixed_point_text_rounds_like_printf() {
        assert_eq!(fixed(45.526, 1), "45.5");
        assert_eq!(fixed(28.004, 2), "28.00");
        assert_eq!(fixed(-38.68, 1), "-38.7");
        assert_eq!(fixed(0.04, 1), "0.0");
        assert_eq!(fixed(12.3456, 3), "12.346");
        assert_eq!(fixed(7.0, 0), "7");
    }

    #[test]
    fn differences_carry_sign_and_percent() {
        assert_eq!(
            format_difference(PayBasis::Annual, Dollars(84_770), Dollars(58_250)),
            "+$26,520 (+45.5%)"
        );
        assert_eq!(
            format_difference(PayBasis::Annual, Dollars(35_720), Dollars(58_250)),
            "-$22,530 (-38.7%)"
        );
    }
}
