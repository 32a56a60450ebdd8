//! The tile-grid map figure: one tile per state and DC, hoverable and focusable, click or
//! Enter to select a state with data for comparison.

use super::chart::{ChartFigure, HotspotOverlay};
use super::context::{use_app, StatePicking};
use super::reactive::{computed, derived, memo};
use crate::charts::tile_map;
use crate::model::geo::state_by_code;
use crate::model::summary::map_summary;
use crate::model::view_state::ChartId;
use leptos::prelude::*;

/// The map with its hotspot overlay; a tile selects or deselects its state through
/// `picking`, which also says why a tile can't be selected.
#[component]
pub fn StateMap(picking: StatePicking) -> impl IntoView {
    let ctx = use_app();
    let data = ctx.data;
    let inputs = computed(move || ctx.view.with(|v| tile_map::inputs_for(data, v)));
    let active = RwSignal::new(None::<usize>);
    let scene =
        memo(move || inputs.with(|i| tile_map::scene(i, &ctx.theme.get(), ctx.chart_width.get())));
    let spots = memo(move || {
        let width = ctx.chart_width.get();
        inputs.with(|inputs| tile_map::hotspots(inputs, data, width))
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
            picking.toggle(code);
        } else {
            let name = state_by_code(code).map_or(code, |s| s.name);
            picking
                .message
                .set(Some(crate::model::words::cannot_compare(name)));
        }
    });
    let table_below = ctx.view.with_untracked(|v| v.embed.is_none());
    let label = derived(move || inputs.with(|i| tile_map::text_alternative(i, table_below)));
    let summary = derived(move || ctx.view.with(|v| map_summary(data, v)));
    view! {
        <ChartFigure
            chart=ChartId::StateMap
            scene=scene
            label=label
            summary=summary
            caption=crate::markup::views::MAP_CAPTION
        >
            <HotspotOverlay spots active on_activate group_label=crate::markup::views::MAP_GROUP drawing=scene/>
        </ChartFigure>
    }
}
