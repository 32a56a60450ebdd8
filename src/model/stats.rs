//! Where a salary falls among published percentiles.

use super::money::Dollars;

/// Where a salary sits against a set of published percentiles.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Placement {
    /// Below the lowest published percentile (which one is given).
    Below(u8),
    /// An estimated percentile, interpolated linearly between the two published ones around it.
    Estimate(f64),
    /// Above the highest published percentile.
    Above(u8),
}

/// Locates `salary` (annual dollars) among `points` (percentile, amount), which must be in
/// ascending order of both. Outside the published range it says so instead of extrapolating.
/// Returns None when there are no points or the salary is not a number.
pub fn locate_salary(salary: f64, points: &[(u8, Dollars)]) -> Option<Placement> {
    let (first, last) = (points.first()?, points.last()?);
    if salary.is_nan() {
        return None;
    }
    if salary < first.1.as_f64() {
        return Some(Placement::Below(first.0));
    }
    if salary > last.1.as_f64() {
        return Some(Placement::Above(last.0));
    }
    for pair in points.windows(2) {
        let [(low_pct, low), (high_pct, high)] = pair else {
            continue;
        };
        let (low_pct, high_pct) = (f64::from(*low_pct), f64::from(*high_pct));
        if salary <= high.as_f64() {
            let width = high.as_f64() - low.as_f64();
            // Equal amounts at two percentiles: any point between them is as right; take the middle.
            let share = if width > 0.0 {
                (salary - low.as_f64()) / width
            } else {
                0.5
            };
            return Some(Placement::Estimate(low_pct + share * (high_pct - low_pct)));
        }
    }
    // A single point equal to the salary.
    Some(Placement::Estimate(f64::from(first.0)))
}

/// "about the 42nd percentile", "below the 10th percentile", "above the 90th percentile".
pub fn describe_placement(placement: Placement) -> String {
    match placement {
        Placement::Below(p) => format!("below the {} percentile", ordinal(u32::from(p))),
        Placement::Above(p) => format!("above the {} percentile", ordinal(u32::from(p))),
        Placement::Estimate(p) => format!("about the {} percentile", ordinal(p.round() as u32)),
    }
}

/// 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, ...
pub fn ordinal(n: u32) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

#[cfg(test)]
mod tests {
    use super::*;

    const NATIONAL: [(u8, Dollars); 5] = [
        (10, Dollars(34_970)),
        (25, Dollars(40_930)),
        (50, Dollars(58_250)),
        (75, Dollars(81_410)),
        (90, Dollars(103_380)),
    ];

    #[test]
    fn locating_the_median_gives_the_50th_percentile() {
        assert_eq!(
            locate_salary(58_250.0, &NATIONAL),
            Some(Placement::Estimate(50.0))
        );
    }

    #[test]
    fn halfway_between_two_percentiles_is_halfway_in_rank() {
        let halfway = (58_250.0 + 81_410.0) / 2.0;
        assert_eq!(
            locate_salary(halfway, &NATIONAL),
            Some(Placement::Estimate(62.5))
        );
    }

    #[test]
    fn outside_the_range_says_so_instead_of_extrapolating() {
        assert_eq!(
            locate_salary(34_969.0, &NATIONAL),
            Some(Placement::Below(10))
        );
        assert_eq!(
            locate_salary(103_381.0, &NATIONAL),
            Some(Placement::Above(90))
        );
        assert_eq!(
            describe_placement(Placement::Above(90)),
            "above the 90th percentile"
        );
    }

    #[test]
    fn ordinals_read_as_english() {
        let got: Vec<String> = [1, 2, 3, 4, 11, 12, 13, 21, 42, 50, 73, 90]
            .map(ordinal)
            .to_vec();
        assert_eq!(
            got,
            [
                "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "42nd", "50th", "73rd",
                "90th"
            ]
        );
    }
}
