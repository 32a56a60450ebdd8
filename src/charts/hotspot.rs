//! The interactive regions of a drawing: where each chart item lies, in percent of the
//! drawing, with the words that name it. Each chart computes its own (it owns the
//! geometry); `markup::hotspots` writes them as buttons and tooltips.

/// An interactive region of a chart, in percent of the drawing's width and height.
#[derive(Clone, Debug, PartialEq)]
pub struct Hotspot {
    /// Stable key (a postal code, a metro label).
    pub key: String,
    /// What a screen reader announces: the item and its exact figures.
    pub label: String,
    /// The same, shown beside the item on hover and focus.
    pub tooltip: String,
    pub left: f64,
    pub top: f64,
    pub width: f64,
    pub height: f64,
    /// Some(selected) when activating the item toggles a selection.
    pub pressed: Option<bool>,
}

impl Hotspot {
    /// The item `key` over `[left, top, width, height]` (percent, see [`percent_box`] and
    /// [`row_box`]): not a toggle.
    pub fn new(
        key: &str,
        label: String,
        tooltip: String,
        [left, top, width, height]: [f64; 4],
    ) -> Hotspot {
        Hotspot {
            key: key.to_string(),
            label,
            tooltip,
            left,
            top,
            width,
            height,
            pressed: None,
        }
    }

    /// The point its tooltip points at, in percent.
    pub fn centre(&self) -> (f64, f64) {
        (self.left + self.width / 2.0, self.top + self.height / 2.0)
    }
}

/// The pixel rectangle `[left, top, width, height]` of a drawing `size` (width, height)
/// pixels, in percent of the drawing.
pub fn percent_box([left, top, width, height]: [i32; 4], size: (i32, i32)) -> [f64; 4] {
    let (w, h) = (f64::from(size.0.max(1)), f64::from(size.1.max(1)));
    [
        f64::from(left) / w * 100.0,
        f64::from(top) / h * 100.0,
        f64::from(width) / w * 100.0,
        f64::from(height) / h * 100.0,
    ]
}

/// Row `index` of a list drawn across the whole width, the rows starting `top` pixels down
/// and `row_height` tall, in a drawing `height` pixels tall: in percent of the drawing.
pub fn row_box(top: i32, row_height: i32, index: usize, height: u32) -> [f64; 4] {
    let height = f64::from(height.max(1));
    [
        0.0,
        f64::from(top + row_height * index as i32) / height * 100.0,
        100.0,
        f64::from(row_height) / height * 100.0,
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boxes_are_in_percent_of_the_drawing() {
        assert_eq!(
            percent_box([50, 20, 100, 40], (200, 80)),
            [25.0, 25.0, 50.0, 50.0]
        );
        assert_eq!(row_box(30, 20, 2, 200), [0.0, 35.0, 100.0, 10.0]);
    }
}
