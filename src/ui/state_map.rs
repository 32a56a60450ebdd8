//! The tile-grid map figure: one tile per state and DC, hoverable and focusable, click or
//! Enter to select a state with data for comparison.

use super::app::use_app;
use super::chart::{ChartFigure, Hotspot, HotspotLayer};
use crate::charts::tile_map;
use crate::model::geo::state_by_code;
use crate::model::money::format_difference;
use crate::model::view_state::Measure;
use leptos::prelude::*;

/// The map with its hotspot overlay; `on_toggle` selects or deselects a state, `message`
/// explains a tile that can't be selected.
#[component]
pub fn StateMap(
    on_toggle: Callback<&'static str>,
    message: RwSignal<Option<String>>,
) -> impl IntoView {
    let ctx = use_app();
    let data = ctx.data;
    let inputs = Memo::new(move |_| ctx.view.with(|v| tile_map::inputs_for(data, v)));
    let active = RwSignal::new(None::<usize>);
    // On screen, filtered-out tiles are faded by their buttons over the canvas, and the
    // legend's "Filtered out" line is covered while nothing is filtered out, so a filter
    // change leaves the drawing as it is (the memo sees an equal scene and nothing
    // repaints); the downloaded and printed map draws the fading itself.
    let screen = Memo::new(move |_| {
        inputs.with(|i| tile_map::Inputs {
            faded_by_page: true,
            ..i.clone()
        })
    });
    let scene = Memo::new(move |_| {
        screen.with(|i| tile_map::scene(i, &ctx.theme.get(), ctx.chart_width.get()))
    });
    let veil =
        Signal::derive(move || screen.with(|i| tile_map::legend_veil(i, ctx.chart_width.get())));
    let file_scene = Signal::derive(move || {
        inputs.with(|i| tile_map::scene(i, &ctx.theme.get(), ctx.chart_width.get()))
    });
    let spots = Memo::new(move |_| {
        let width = ctx.chart_width.get();
        inputs.with(|inputs| {
            let layout = tile_map::layout(inputs, width);
            let (w, h) = (
                f64::from(layout.width.max(1)),
                f64::from(layout.height.max(1)),
            );
            let basis = inputs.basis;
            inputs
                .tiles
                .iter()
                .map(|tile| {
                    let (x, y, side) = tile_map::tile_rect(&layout, tile.place);
                    let name = state_by_code(tile.code).map_or(tile.code, |s| s.name);
                    let wages = data.state(tile.code);
                    let mut text = match wages {
                        Some(s) => {
                            let mut figures = format!(
                                "median {}, bottom 10% {}, top 10% {}",
                                basis.format(s.median),
                                basis.format(s.p10),
                                basis.format(s.p90)
                            );
                            match inputs.measure {
                                Measure::Spread => figures
                                    .push_str(&format!(", spread {}", basis.format(s.spread()))),
                                Measure::VsNational => figures.push_str(&format!(
                                    ", {} vs the national median",
                                    format_difference(basis, s.median, data.national.median)
                                )),
                                _ => {}
                            }
                            format!("{name}: {figures}")
                        }
                        None => format!("{name}: no data (the source gives no figures)"),
                    };
                    if !tile.shown {
                        text.push_str(" (filtered out)");
                    }
                    Hotspot {
                        key: tile.code.to_string(),
                        label: text.clone(),
                        tooltip: text,
                        left: f64::from(x) / w * 100.0,
                        top: f64::from(y) / h * 100.0,
                        width: f64::from(side) / w * 100.0,
                        height: f64::from(side) / h * 100.0,
                        pressed: (wages.is_some() || tile.selected).then_some(tile.selected),
                        dimmed: !tile.shown,
                    }
                })
                .collect::<Vec<_>>()
        })
    });
    let on_activate = Callback::new(move |index: usize| {
        let Some((code, has_data, selected)) = inputs.with_untracked(|i| {
            i.tiles
                .get(index)
                .map(|t| (t.code, t.value.is_some(), t.selected))
        }) else {
            return;
        };
        if has_data || selected {
            on_toggle.run(code);
        } else {
            let name = state_by_code(code).map_or(code, |s| s.name);
            message.set(Some(format!(
                "{name} has no data in the source, so it can't be compared."
            )));
        }
    });
    let label = Signal::derive(move || inputs.with(tile_map::text_alternative));
    view! {
        <ChartFigure
            id="state-map"
            scene=scene
            file_scene=file_scene
            label=label
            caption="One equal tile per state, placed roughly where it lies. Darker tiles are higher (for the difference from the national median: orange below, purple above). Hatched tiles have no data; faded tiles are filtered out. Hover or focus a tile for its figures; use the arrow keys to move; click or press Enter to compare it."
            hotspots=HotspotLayer { spots, active, on_activate, group_label: "States on the map" }
            veil=veil
        />
    }
}
