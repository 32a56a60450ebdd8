//! The US as a grid of equal tiles, one per state and DC, coloured by a measure, with
//! hatched "no data" tiles, faded filtered-out tiles and outlined selected tiles.

use super::color_scale::{blend, wants_dark_text, Bins};
use super::frame::{chart_scene, legend_label, Area, Drawn};
use super::{bold_font, Scene, Theme};
use crate::model::money::{fixed, PayBasis};
use crate::model::short_sort::sort_short_by_key;
use crate::model::view_state::Measure;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

mod tiles;
pub use tiles::{hotspots, inputs_for, text_alternative};

/// One tile.
#[derive(Clone, Debug, PartialEq)]
pub struct Tile {
    pub code: &'static str,
    /// Row and column on the grid.
    pub place: (u8, u8),
    /// The measure in annual dollars; None when the source has no data for the state.
    pub value: Option<f64>,
    /// Passes the filters; tiles that don't are drawn faded.
    pub shown: bool,
    pub selected: bool,
}

/// Everything the map shows.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Inputs {
    pub tiles: Vec<Tile>,
    pub measure: Measure,
    pub basis: PayBasis,
}

/// Grid size: rows and columns.
pub const ROWS: i32 = 8;
pub const COLS: i32 = 11;
const MAX_CELL: i32 = 54;
const LEGEND_ENTRY: i32 = 22;
const LEGEND_RIGHT_WIDTH: i32 = 210;
const LEGEND_COLUMN_WIDTH: i32 = 160;
/// How far filtered-out tiles fade towards the background.
const FADE: f64 = 0.72;

/// Where the grid and the legend sit at one width.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Layout {
    /// Tile pitch (tile plus gap).
    pub cell: i32,
    pub gap: i32,
    pub left: i32,
    pub top: i32,
    /// True when the legend sits right of the grid, else below it.
    pub legend_right: bool,
    pub width: i32,
    pub height: i32,
}

/// A legend entry.
#[derive(Clone, Debug, PartialEq)]
enum Swatch {
    Fill(RGBColor),
    NoData,
    Selected,
    Faded,
}

/// The bins for `inputs`: from every state with data, so filtering never recolours a tile.
pub fn bins(inputs: &Inputs) -> Bins {
    let values: Vec<f64> = inputs
        .tiles
        .iter()
        .filter_map(|t| t.value)
        .map(|v| inputs.basis.from_annual(v))
        .collect();
    match inputs.measure {
        Measure::VsNational => Bins::diverging(&values),
        _ => Bins::sequential(&values),
    }
}

/// The legend entries, in order.
fn legend(inputs: &Inputs) -> Vec<(Swatch, String)> {
    let bins = bins(inputs);
    let mut entries: Vec<(Swatch, String)> = (0..bins.count())
        .filter_map(|i| {
            let (lo, hi) = bins.range(i)?;
            Some((
                Swatch::Fill(bins.color(i)),
                bin_label(lo, hi, bins.diverging, inputs.basis),
            ))
        })
        .collect();
    // Highest first, like a map legend read from the top.
    entries.reverse();
    entries.push((Swatch::NoData, "No data".to_string()));
    if inputs.tiles.iter().any(|t| t.selected) {
        entries.push((Swatch::Selected, "Selected".to_string()));
    }
    if inputs.tiles.iter().any(|t| !t.shown) {
        entries.push((Swatch::Faded, "Filtered out".to_string()));
    }
    entries
}

/// How many lines the legend has room for: its lines with a "Filtered out" line whether or
/// not one applies, so that filtering never changes the map's height.
fn legend_room(inputs: &Inputs) -> usize {
    legend(inputs).len() + usize::from(inputs.tiles.iter().all(|t| t.shown))
}

/// The legend's title position and its number of columns.
fn legend_origin(layout: &Layout) -> (i32, i32, i32) {
    if layout.legend_right {
        (layout.left + COLS * layout.cell + 16, layout.top + 4, 1)
    } else {
        (
            layout.left + 4,
            layout.top + ROWS * layout.cell + 16,
            ((layout.width - 8) / LEGEND_COLUMN_WIDTH).max(1),
        )
    }
}

/// The top left corner of the legend's `index`-th entry (its swatch).
fn legend_entry_at(layout: &Layout, index: usize) -> (i32, i32) {
    let (x0, y0, columns) = legend_origin(layout);
    let (row, col) = (index as i32 / columns, index as i32 % columns);
    (x0 + col * LEGEND_COLUMN_WIDTH, y0 + 22 + row * LEGEND_ENTRY)
}

/// "$40k–$50k", or for differences "$10k–$20k above" / "$0–$10k below".
pub fn bin_label(lo: f64, hi: f64, diverging: bool, basis: PayBasis) -> String {
    if diverging && hi <= 0.0 {
        return format!("{}–{} below", edge_text(-hi, basis), edge_text(-lo, basis));
    }
    if diverging {
        return format!("{}–{} above", edge_text(lo, basis), edge_text(hi, basis));
    }
    format!("{}–{}", edge_text(lo, basis), edge_text(hi, basis))
}

/// A bin edge, already in `basis`: "$40k", "$42.5k", "$18", "$18.50".
fn edge_text(value: f64, basis: PayBasis) -> String {
    let value = if value.abs() < 1e-9 { 0.0 } else { value };
    match basis {
        PayBasis::Annual if value == 0.0 => "$0".to_string(),
        PayBasis::Annual if (value / 1000.0).fract().abs() < 1e-9 => {
            format!("${}k", (value / 1000.0).round() as i64)
        }
        PayBasis::Annual => format!("${}k", fixed(value / 1000.0, 1)),
        PayBasis::Hourly if value.fract().abs() < 1e-9 => format!("${}", value.round() as i64),
        PayBasis::Hourly => format!("${}", fixed(value, 2)),
    }
}

/// The layout at `width` pixels for a legend of `entries` lines.
fn layout_for(width: u32, entries: usize) -> Layout {
    let width = width as i32;
    let title_height = 22;
    let right_cell = ((width - LEGEND_RIGHT_WIDTH - 16) / COLS).min(MAX_CELL);
    let legend_right = right_cell >= 40;
    let cell = if legend_right {
        right_cell
    } else {
        ((width - 8) / COLS).clamp(12, MAX_CELL)
    };
    let gap = (cell / 14).max(2);
    let grid_height = ROWS * cell;
    let legend_height = title_height + LEGEND_ENTRY * entries as i32;
    let height = if legend_right {
        (grid_height + 8).max(legend_height + 8)
    } else {
        let columns = ((width - 8) / LEGEND_COLUMN_WIDTH).max(1);
        let rows = (entries as i32 + columns - 1) / columns;
        grid_height + 16 + title_height + LEGEND_ENTRY * rows + 4
    };
    Layout {
        cell,
        gap,
        left: 4,
        top: 4,
        legend_right,
        width,
        height,
    }
}

/// The layout of `inputs` at `width` pixels.
pub fn layout(inputs: &Inputs, width: u32) -> Layout {
    layout_for(width, legend_room(inputs))
}

/// The square of the tile at `place`: left, top and side in pixels.
pub fn tile_rect(layout: &Layout, place: (u8, u8)) -> (i32, i32, i32) {
    let (row, col) = (i32::from(place.0), i32::from(place.1));
    (
        layout.left + col * layout.cell,
        layout.top + row * layout.cell,
        layout.cell - layout.gap,
    )
}

/// The height the map needs at `width`.
pub fn height(inputs: &Inputs, width: u32) -> u32 {
    layout(inputs, width).height.max(1) as u32
}

/// The fill colour of a state with data.
fn fill_of(bins: &Bins, value: f64, basis: PayBasis) -> RGBColor {
    bins.color_of(basis.from_annual(value))
}

/// Draws the map on `area`, over its background.
pub fn draw(area: &Area<'_>, inputs: &Inputs, theme: &Theme) -> Drawn {
    let (width, _) = area.dim_in_pixel();
    let bins = bins(inputs);
    let entries = legend(inputs);
    let layout = layout(inputs, width);
    let label_size = (layout.cell / 4).clamp(9, 14) as u32;
    let dark_text = RGBColor(26, 32, 44);

    // Tiles never overlap, so they are drawn a kind at a time: the fills of one colour
    // together (the canvas paints each colour in one go), then the faded tiles' edges, the
    // tiles without data, the selection outlines and the labels.
    let mut fills: Vec<(RGBColor, (i32, i32, i32))> = Vec::new();
    let mut faded_edges = Vec::new();
    let mut labels: Vec<(&str, (i32, i32), RGBColor)> = Vec::new();
    for tile in &inputs.tiles {
        let (x, y, side) = tile_rect(&layout, tile.place);
        let centre = (x + side / 2, y + side / 2);
        match tile.value {
            Some(value) => {
                let fill = fill_of(&bins, value, inputs.basis);
                let text = if wants_dark_text(fill) {
                    dark_text
                } else {
                    RGBColor(255, 255, 255)
                };
                if tile.shown {
                    fills.push((fill, (x, y, side)));
                    labels.push((tile.code, centre, text));
                } else {
                    fills.push((blend(fill, theme.background, FADE), (x, y, side)));
                    // A faint edge keeps the map's shape readable when light tiles fade.
                    faded_edges.push((x, y, side));
                    labels.push((tile.code, centre, blend(text, theme.background, 0.5)));
                }
            }
            None => {
                let faded = if tile.shown { 0.0 } else { FADE };
                draw_no_data(area, (x, y, side), theme, faded)?;
                let text = blend(theme.text, theme.background, faded * 0.7);
                labels.push((tile.code, centre, text));
            }
        }
    }
    sort_short_by_key(&mut fills, |(color, _)| (color.0, color.1, color.2));
    for (fill, (x, y, side)) in fills {
        area.draw(&Rectangle::new(
            [(x, y), (x + side, y + side)],
            fill.filled(),
        ))?;
    }
    for (x, y, side) in faded_edges {
        area.draw(&Rectangle::new(
            [(x, y), (x + side, y + side)],
            theme.grid.stroke_width(1),
        ))?;
    }
    for tile in inputs.tiles.iter().filter(|t| t.selected) {
        let (x, y, side) = tile_rect(&layout, tile.place);
        let inset = 2;
        area.draw(&Rectangle::new(
            [(x + inset, y + inset), (x + side - inset, y + side - inset)],
            theme.highlight.stroke_width(3),
        ))?;
        // A thin inner line in the background colour keeps the outline visible on dark tiles.
        let inner = inset + 2;
        area.draw(&Rectangle::new(
            [(x + inner, y + inner), (x + side - inner, y + side - inner)],
            theme.background.stroke_width(1),
        ))?;
    }
    for (code, centre, text) in labels {
        area.draw(&Text::new(
            code,
            centre,
            bold_font(label_size, text, HPos::Center, VPos::Center),
        ))?;
    }
    draw_legend(area, inputs, &layout, &entries, theme)
}

/// A hatched square: the "no data" mark, faded by `fade` (0..1) towards the background.
/// The ground of a tile without data, under its hatching: the no-data grey, mostly faded
/// into the background.
pub fn no_data_ground(theme: &Theme) -> RGBColor {
    blend(theme.no_data, theme.background, 0.82)
}

fn draw_no_data(area: &Area<'_>, (x, y, side): (i32, i32, i32), theme: &Theme, fade: f64) -> Drawn {
    let base = no_data_ground(theme);
    let line = blend(theme.no_data, theme.background, fade);
    draw_outlined_square(
        area,
        (x, y, side),
        blend(base, theme.background, fade),
        line,
    )?;
    // Diagonal lines x - y = c, cut to the square.
    let step = 6;
    let mut c = -side + step;
    while c < side {
        let (start, end) = if c >= 0 {
            ((x + c, y), (x + side, y + side - c))
        } else {
            ((x, y - c), (x + side + c, y + side))
        };
        area.draw(&PathElement::new(vec![start, end], line.stroke_width(1)))?;
        c += step;
    }
    Ok(())
}

/// A square at (x, y) filled with `fill`, its edge a 1-pixel line in `edge`.
fn draw_outlined_square(
    area: &Area<'_>,
    (x, y, side): (i32, i32, i32),
    fill: RGBColor,
    edge: RGBColor,
) -> Drawn {
    area.draw(&Rectangle::new(
        [(x, y), (x + side, y + side)],
        fill.filled(),
    ))?;
    area.draw(&Rectangle::new(
        [(x, y), (x + side, y + side)],
        edge.stroke_width(1),
    ))
}

fn draw_legend(
    area: &Area<'_>,
    inputs: &Inputs,
    layout: &Layout,
    entries: &[(Swatch, String)],
    theme: &Theme,
) -> Drawn {
    let title = format!("{}, {}", inputs.measure.label(), inputs.basis.unit());
    let (x0, y0, _) = legend_origin(layout);
    area.draw(&Text::new(
        title,
        (x0, y0),
        bold_font(12, theme.text, HPos::Left, VPos::Top),
    ))?;
    let swatch = 16;
    for (i, (kind, label)) in entries.iter().enumerate() {
        let (x, y) = legend_entry_at(layout, i);
        match kind {
            Swatch::Fill(color) => {
                area.draw(&Rectangle::new(
                    [(x, y), (x + swatch, y + swatch)],
                    color.filled(),
                ))?;
            }
            Swatch::NoData => draw_no_data(area, (x, y, swatch), theme, 0.0)?,
            Swatch::Selected => {
                area.draw(&Rectangle::new(
                    [(x + 1, y + 1), (x + swatch - 1, y + swatch - 1)],
                    theme.highlight.stroke_width(3),
                ))?;
            }
            Swatch::Faded => {
                let bins = bins(inputs);
                let sample = bins.color(bins.count() / 2);
                draw_outlined_square(
                    area,
                    (x, y, swatch),
                    blend(sample, theme.background, FADE),
                    theme.grid,
                )?;
            }
        }
        legend_label(
            area,
            label,
            ((x + swatch + 6, y + swatch / 2), HPos::Left),
            theme,
        )?;
    }
    Ok(())
}

/// Draws the map at `width` CSS pixels.
pub fn scene(inputs: &Inputs, theme: &Theme, width: u32) -> Scene {
    let height = height(inputs, width);
    chart_scene(width, height, theme, &|area| draw(area, inputs, theme))
}
