//! Chart colours for the light and dark themes. Marks use a colour-blind-safe palette
//! (blue / orange / grey) with at least 3:1 contrast against the background.

use plotters::style::RGBColor;

/// The colours one chart needs.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Theme {
    pub background: RGBColor,
    pub text: RGBColor,
    pub muted: RGBColor,
    pub grid: RGBColor,
    /// Ranges and bars.
    pub mark: RGBColor,
    /// A lighter fill for boxes behind marks.
    pub mark_soft: RGBColor,
    /// Medians and emphasised values.
    pub accent: RGBColor,
    /// Reference lines (national median).
    pub reference: RGBColor,
    /// The user's salary and selected items.
    pub highlight: RGBColor,
    /// "No data" hatching.
    pub no_data: RGBColor,
}

impl Theme {
    /// Dark text on white.
    pub const LIGHT: Theme = Theme {
        background: RGBColor(255, 255, 255),
        text: RGBColor(26, 32, 44),
        muted: RGBColor(84, 94, 110),
        grid: RGBColor(226, 230, 236),
        mark: RGBColor(38, 103, 168),
        mark_soft: RGBColor(196, 218, 240),
        accent: RGBColor(16, 56, 99),
        reference: RGBColor(200, 82, 0),
        highlight: RGBColor(168, 30, 110),
        no_data: RGBColor(140, 146, 156),
    };

    /// Light text on near-black.
    pub const DARK: Theme = Theme {
        background: RGBColor(20, 24, 31),
        text: RGBColor(232, 236, 242),
        muted: RGBColor(170, 178, 190),
        grid: RGBColor(52, 60, 72),
        mark: RGBColor(104, 166, 230),
        mark_soft: RGBColor(40, 70, 104),
        accent: RGBColor(196, 224, 255),
        reference: RGBColor(255, 150, 70),
        highlight: RGBColor(240, 120, 190),
        no_data: RGBColor(120, 128, 140),
    };
}
