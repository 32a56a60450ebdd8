//! The map's tiles: built from the data and the view, and put in words for the page (the
//! text alternative, and each tile's button over the drawing).

use super::{layout, tile_rect, Inputs, Tile};
use crate::charts::hotspot::{percent_box, Hotspot};
use crate::charts::TABLE_BELOW;
use crate::model::dataset::Dataset;
use crate::model::geo::{state_by_code, STATES};
use crate::model::money::format_difference;
use crate::model::short_sort::sort_short_by_key;
use crate::model::state_rows::{measure_value, passes_filters, passes_place_filters};
use crate::model::view_state::{Measure, ViewState};
use crate::model::words::{and_list, state_figures};

/// The map of `data` as `view` asks: every state and DC, in reading order (row by row).
pub fn inputs_for(data: &Dataset, view: &ViewState) -> Inputs {
    let national = data.national.median;
    let mut tiles: Vec<Tile> = STATES
        .iter()
        .map(|info| {
            let wages = data.state(info.code);
            Tile {
                code: info.code,
                place: info.tile,
                value: wages.map(|w| measure_value(w, view.measure, national) as f64),
                // A state without data has no value to filter on: only the area and name apply.
                shown: match wages {
                    Some(w) => passes_filters(w, view, national),
                    None => {
                        passes_place_filters(info, view) && view.min.is_none() && view.max.is_none()
                    }
                },
                selected: view.selected.contains(&info.code),
            }
        })
        .collect();
    sort_short_by_key(&mut tiles, |t| t.place);
    Inputs {
        tiles,
        measure: view.measure,
        basis: view.pay,
    }
}

/// The map's text alternative: what it is coloured by, how many states with data match
/// the filters, which states have no data (named from the data, never assumed) and, when
/// the page shows the table of the same figures (`table_below`), that it lists them.
pub fn text_alternative(inputs: &Inputs, table_below: bool) -> String {
    let shown = inputs
        .tiles
        .iter()
        .filter(|t| t.shown && t.value.is_some())
        .count();
    let mut missing: Vec<&str> = inputs
        .tiles
        .iter()
        .filter(|t| t.value.is_none())
        .map(|t| state_by_code(t.code).map_or(t.code, |s| s.name))
        .collect();
    sort_short_by_key(&mut missing, |name| *name);
    let no_data = match missing.len() {
        0 => String::new(),
        1 => format!(" {} has no data.", and_list(&missing)),
        _ => format!(" {} have no data.", and_list(&missing)),
    };
    format!(
        "Tile map of the 50 states and DC coloured by {}, {}; {shown} states with data match the filters.{no_data}{}",
        inputs.measure.label().to_ascii_lowercase(),
        inputs.basis.unit(),
        if table_below { TABLE_BELOW } else { "" }
    )
}

/// One button per tile, over the tile as drawn at `width` pixels: the state's three figures
/// (and the spread or the difference from the national median when the map shows it), or
/// that it has no data; faded when filtered out. A tile toggles a selection when its state
/// has data or is selected already.
pub fn hotspots(inputs: &Inputs, data: &Dataset, width: u32) -> Vec<Hotspot> {
    let layout = layout(inputs, width);
    let basis = inputs.basis;
    inputs
        .tiles
        .iter()
        .map(|tile| {
            let (x, y, side) = tile_rect(&layout, tile.place);
            let name = state_by_code(tile.code).map_or(tile.code, |s| s.name);
            let wages = data.state(tile.code);
            let mut text = match wages {
                Some(s) => {
                    let figures = state_figures(basis, s.figures());
                    let extra = match inputs.measure {
                        Measure::Spread => format!(", spread {}", basis.format(s.spread())),
                        Measure::VsNational => format!(
                            ", {} vs the national median",
                            format_difference(basis, s.median, data.national.median)
                        ),
                        _ => String::new(),
                    };
                    format!("{name}: {figures}{extra}")
                }
                None => format!("{name}: no data (the source gives no figures)"),
            };
            if !tile.shown {
                text.push_str(" (filtered out)");
            }
            Hotspot {
                pressed: (wages.is_some() || tile.selected).then_some(tile.selected),
                ..Hotspot::new(
                    tile.code,
                    text.clone(),
                    text,
                    percent_box([x, y, side, side], (layout.width, layout.height)),
                )
            }
        })
        .collect()
}
