//! The one colour scale for maps: round bin edges over the values, a colour-blind-safe
//! sequential palette (light to dark blue) and a diverging one (orange below zero, purple
//! above) for differences. Plain functions, so the binning is tested on the host.

use super::scale::nice_ticks;
use plotters::style::RGBColor;

/// Light to dark blue (ColorBrewer-style "Blues"): readable by every common colour vision.
const SEQUENTIAL: [RGBColor; 7] = [
    RGBColor(214, 230, 244),
    RGBColor(182, 212, 233),
    RGBColor(140, 190, 220),
    RGBColor(92, 162, 208),
    RGBColor(52, 128, 189),
    RGBColor(24, 94, 164),
    RGBColor(8, 58, 122),
];
/// Below zero, lightest (near zero) to darkest.
const DIVERGING_BELOW: [RGBColor; 4] = [
    RGBColor(253, 214, 160),
    RGBColor(247, 170, 82),
    RGBColor(214, 116, 18),
    RGBColor(160, 76, 4),
];
/// Above zero, lightest (near zero) to darkest.
const DIVERGING_ABOVE: [RGBColor; 4] = [
    RGBColor(214, 212, 236),
    RGBColor(174, 166, 212),
    RGBColor(126, 108, 176),
    RGBColor(82, 40, 136),
];

/// How values are grouped into coloured bins.
#[derive(Clone, Debug, PartialEq)]
pub struct Bins {
    /// Ascending edges; bin `i` holds values in `edges[i]..edges[i + 1]` (the last bin also
    /// holds its upper edge). Always at least two edges.
    pub edges: Vec<f64>,
    /// True when the bins are centred on zero (differences).
    pub diverging: bool,
}

impl Bins {
    /// Round edges covering every value, about five bins, from light (low) to dark (high).
    pub fn sequential(values: &[f64]) -> Bins {
        let (min, max) = extent(values);
        let (edges, lo, hi) = nice_ticks(min, max, 5);
        let edges = if edges.len() >= 2 {
            edges
        } else {
            vec![lo, hi]
        };
        Bins {
            edges,
            diverging: false,
        }
    }

    /// Round edges symmetric about zero, with zero always an edge, covering every value.
    pub fn diverging(values: &[f64]) -> Bins {
        let reach = values
            .iter()
            .copied()
            .filter(|v| v.is_finite())
            .fold(0.0_f64, |m, v| m.max(v.abs()));
        let reach = if reach > 0.0 { reach } else { 1.0 };
        let (ticks, _, _) = nice_ticks(0.0, reach, 3);
        let mut edges: Vec<f64> = ticks
            .iter()
            .rev()
            .filter(|t| **t > 0.0)
            .map(|t| -t)
            .collect();
        edges.extend(ticks.iter().copied());
        if edges.len() < 3 {
            edges = vec![-reach, 0.0, reach];
        }
        Bins {
            edges,
            diverging: true,
        }
    }

    /// How many bins there are.
    pub fn count(&self) -> usize {
        self.edges.len().saturating_sub(1)
    }

    /// The bin holding `value`; values beyond the ends go to the end bins.
    pub fn index(&self, value: f64) -> usize {
        let last = self.count().saturating_sub(1);
        let above = self
            .edges
            .iter()
            .skip(1)
            .take_while(|edge| value >= **edge)
            .count();
        above.min(last)
    }

    /// The lower and upper edge of bin `index`.
    pub fn range(&self, index: usize) -> Option<(f64, f64)> {
        Some((*self.edges.get(index)?, *self.edges.get(index + 1)?))
    }

    /// The fill colour of bin `index`.
    pub fn color(&self, index: usize) -> RGBColor {
        if !self.diverging {
            return sample(&SEQUENTIAL, index, self.count());
        }
        let below = self.edges.iter().filter(|e| **e < 0.0).count();
        let above = self.count().saturating_sub(below);
        if index < below {
            // Bin 0 is the most negative: darkest.
            sample(&DIVERGING_BELOW, below - 1 - index, below)
        } else {
            sample(&DIVERGING_ABOVE, index - below, above)
        }
    }

    /// The fill colour for `value`.
    pub fn color_of(&self, value: f64) -> RGBColor {
        self.color(self.index(value))
    }
}

/// Picks `index` of `count` evenly from `palette`, first to last.
fn sample(palette: &[RGBColor], index: usize, count: usize) -> RGBColor {
    let last = palette.len().saturating_sub(1);
    let at = if count <= 1 {
        last / 2
    } else {
        ((index.min(count - 1) * last) as f64 / (count - 1) as f64).round() as usize
    };
    palette.get(at).copied().unwrap_or(RGBColor(128, 128, 128))
}

/// The smallest and largest finite value (0..1 when there are none).
fn extent(values: &[f64]) -> (f64, f64) {
    let finite = values.iter().copied().filter(|v| v.is_finite());
    let min = finite.clone().fold(f64::INFINITY, f64::min);
    let max = finite.fold(f64::NEG_INFINITY, f64::max);
    if min.is_finite() && max.is_finite() {
        (min, max)
    } else {
        (0.0, 1.0)
    }
}

/// True when dark text reads better than white on `fill`.
pub fn wants_dark_text(fill: RGBColor) -> bool {
    let channel = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.040_45 {
            c / 12.92
        } else {
            power_2_4((c + 0.055) / 1.055)
        }
    };
    let luminance = 0.2126 * channel(fill.0) + 0.7152 * channel(fill.1) + 0.0722 * channel(fill.2);
    // Contrast against near-black text beats contrast against white above this luminance.
    luminance > 0.18
}

/// `x` to the power 2.4, for `x` in 0..=1: x² times the fifth root of x², the root found by
/// Newton's method from above. (The page then carries no general power function.)
fn power_2_4(x: f64) -> f64 {
    let square = x * x;
    if !(square > 0.0 && square <= 1.0) {
        return square.clamp(0.0, 1.0);
    }
    let mut root = 1.0_f64;
    for _ in 0..64 {
        let fourth = root * root * root * root;
        let next = root - (fourth * root - square) / (5.0 * fourth);
        if next >= root {
            break;
        }
        root = next;
    }
    square * root
}

/// `color` moved `amount` (0..1) of the way towards `toward`: how filtered-out tiles fade.
pub fn blend(color: RGBColor, toward: RGBColor, amount: f64) -> RGBColor {
    let mix = |a: u8, b: u8| {
        (f64::from(a) + (f64::from(b) - f64::from(a)) * amount.clamp(0.0, 1.0)).round() as u8
    };
    RGBColor(
        mix(color.0, toward.0),
        mix(color.1, toward.1),
        mix(color.2, toward.2),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_power_of_2_4_matches_the_general_one_for_every_channel_value() {
        for c in 0..=255_u8 {
            let x = (f64::from(c) / 255.0 + 0.055) / 1.055;
            let (ours, std) = (power_2_4(x), x.powf(2.4));
            assert!((ours - std).abs() <= 1e-12, "{c}: {ours} vs {std}");
        }
        assert_eq!(power_2_4(1.0), 1.0);
        assert_eq!(power_2_4(0.0), 0.0);
    }

    #[test]
    fn sequential_bins_are_round_and_cover_the_values() {
        let bins = Bins::sequential(&[35_720.0, 58_250.0, 84_770.0]);
        assert_eq!(
            bins.edges,
            vec![30_000.0, 40_000.0, 50_000.0, 60_000.0, 70_000.0, 80_000.0, 90_000.0]
        );
        assert_eq!(bins.index(35_720.0), 0);
        assert_eq!(bins.index(84_770.0), 5);
    }

    #[test]
    fn the_darkest_colour_goes_to_the_highest_bin() {
        let bins = Bins::sequential(&[0.0, 100.0]);
        assert_eq!(bins.color(0), SEQUENTIAL[0]);
        assert_eq!(bins.color(bins.count() - 1), SEQUENTIAL[6]);
    }
}
