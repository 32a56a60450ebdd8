//! A table of figures as plain data: the page shows it as an HTML table (the cells as
//! text, in the chosen pay basis) and downloads it as CSV (the cells as plain numbers, with
//! the unit in the column header).

use super::money::{format_cents, format_difference, group_thousands, Dollars, PayBasis};

/// What a column holds; it decides how the CSV header names the unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// Words (names, definitions).
    Text,
    /// Amounts in the table's pay basis.
    Money,
    /// Counts of people.
    People,
    /// An amount's difference from a reference amount: in the CSV, two columns (the pay
    /// basis and percent).
    Difference,
}

/// A column: its name as the page shows it, and what it holds.
#[derive(Clone, Debug, PartialEq)]
pub struct Column {
    pub name: String,
    pub unit: Unit,
}

impl Column {
    pub fn new(name: impl Into<String>, unit: Unit) -> Column {
        Column {
            name: name.into(),
            unit,
        }
    }
}

/// One cell.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Text(String),
    /// An annual amount, shown in the table's pay basis.
    Money(Dollars),
    /// A count of people.
    People(u32),
    /// `value` against `reference`: "+$25,410 (+43.6%)".
    Difference {
        value: Dollars,
        reference: Dollars,
    },
    /// A figure the source does not give, shown as these words ("no data").
    Missing(&'static str),
}

impl Cell {
    /// The cell as the page shows it.
    pub fn text(&self, basis: PayBasis) -> String {
        match self {
            Cell::Text(text) => text.clone(),
            Cell::Money(amount) => basis.format(*amount),
            Cell::People(count) => group_thousands(i64::from(*count)),
            Cell::Difference { value, reference } => format_difference(basis, *value, *reference),
            Cell::Missing(words) => (*words).to_string(),
        }
    }
}

/// Rows of cells under named columns; the first cell of a row names it (a state, a metro
/// area, a percentile) and is its key on the page.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Table {
    pub basis: PayBasis,
    pub columns: Vec<Column>,
    pub rows: Vec<Vec<Cell>>,
}

impl Table {
    /// The row's name (its first cell, as shown).
    pub fn row_key(&self, row: &[Cell]) -> String {
        row.first().map(|c| c.text(self.basis)).unwrap_or_default()
    }
}

/// An amount in `basis` as a plain number: whole dollars a year, dollars and cents an hour.
pub fn plain_amount(basis: PayBasis, annual: f64) -> String {
    match basis {
        PayBasis::Annual => format!("{}", annual.round() as i64),
        PayBasis::Hourly => {
            let cents = format_cents(basis.from_annual(annual));
            cents.replace(['$', ','], "")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_show_in_the_pay_basis() {
        let diff = Cell::Difference {
            value: Dollars(83_660),
            reference: Dollars(58_250),
        };
        assert_eq!(diff.text(PayBasis::Annual), "+$25,410 (+43.6%)");
        assert_eq!(
            Cell::Money(Dollars(58_240)).text(PayBasis::Hourly),
            "$28.00"
        );
        assert_eq!(Cell::People(1_840).text(PayBasis::Annual), "1,840");
        assert_eq!(Cell::Missing("no data").text(PayBasis::Hourly), "no data");
    }

    #[test]
    fn plain_amounts_have_no_symbols_or_separators() {
        assert_eq!(plain_amount(PayBasis::Annual, 84_770.0), "84770");
        assert_eq!(plain_amount(PayBasis::Annual, -25_410.0), "-25410");
        assert_eq!(plain_amount(PayBasis::Hourly, 84_770.0), "40.75");
        assert_eq!(plain_amount(PayBasis::Hourly, -2_080_000.0), "-1000.00");
    }
}
