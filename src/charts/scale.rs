//! Mapping values to pixels, and round tick values.

/// A linear map from a value range onto a pixel range.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LinearScale {
    pub min: f64,
    pub max: f64,
    pub left: i32,
    pub right: i32,
}

impl LinearScale {
    /// The pixel position of `value`, clamped to the drawing range.
    pub fn px(&self, value: f64) -> i32 {
        let span = self.max - self.min;
        let share = if span > 0.0 {
            (value - self.min) / span
        } else {
            0.5
        };
        let share = share.clamp(0.0, 1.0);
        self.left + (share * f64::from(self.right - self.left)).round() as i32
    }

    /// The value at pixel `x` (the inverse of [`LinearScale::px`]).
    pub fn value_at(&self, x: i32) -> f64 {
        let width = f64::from(self.right - self.left);
        if width <= 0.0 {
            return self.min;
        }
        self.min + f64::from(x - self.left) / width * (self.max - self.min)
    }
}

/// About `count` round tick values covering `min..=max` (steps of 1, 2 or 5 times a power of ten),
/// and the range widened to whole steps.
pub fn nice_ticks(min: f64, max: f64, count: usize) -> (Vec<f64>, f64, f64) {
    if !(min.is_finite() && max.is_finite()) || max <= min || count == 0 {
        return (vec![min], min, min + 1.0);
    }
    let rough = (max - min) / count as f64;
    let power = power_of_ten_at_or_below(rough);
    let step = [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * power)
        .find(|s| *s >= rough)
        .unwrap_or(10.0 * power);
    let start = (min / step).floor() * step;
    let end = (max / step).ceil() * step;
    let steps = ((end - start) / step).round() as usize;
    let ticks = (0..=steps).map(|i| start + i as f64 * step).collect();
    (ticks, start, end)
}

/// The largest power of ten not above `x` (for positive, finite `x`; else 1). Counted in
/// whole steps, so the page carries no general power or logarithm function.
fn power_of_ten_at_or_below(x: f64) -> f64 {
    if !(x.is_finite() && x > 0.0) {
        return 1.0;
    }
    let mut power = 1.0_f64;
    while power > x {
        power /= 10.0;
    }
    while power * 10.0 <= x {
        power *= 10.0;
    }
    power
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn powers_of_ten_are_counted_like_the_logarithm() {
        for x in [
            1.0_f64, 9.99, 10.0, 10.5, 99.0, 100.0, 1234.5, 13_682.0, 20_000.0, 999_999.0, 0.5,
            0.099,
        ] {
            let expected = 10f64.powf(x.log10().floor());
            let ours = power_of_ten_at_or_below(x);
            assert!(
                (ours - expected).abs() <= expected * 1e-12,
                "{x}: {ours} vs {expected}"
            );
        }
        assert_eq!(power_of_ten_at_or_below(0.0), 1.0);
        assert_eq!(power_of_ten_at_or_below(f64::NAN), 1.0);
    }

    #[test]
    fn ticks_are_round_and_cover_the_range() {
        let (ticks, lo, hi) = nice_ticks(34_970.0, 103_380.0, 5);
        assert_eq!(
            ticks,
            vec![20_000.0, 40_000.0, 60_000.0, 80_000.0, 100_000.0, 120_000.0]
        );
        assert_eq!((lo, hi), (20_000.0, 120_000.0));
    }

    #[test]
    fn pixels_map_both_ways() {
        let scale = LinearScale {
            min: 0.0,
            max: 100.0,
            left: 10,
            right: 210,
        };
        assert_eq!(scale.px(50.0), 110);
        assert_eq!(scale.px(-5.0), 10);
        assert_eq!(scale.value_at(110), 50.0);
    }
}
