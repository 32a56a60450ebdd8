//! States view: filters, the tile-grid map, the comparison panel, every state's bottom 10% -
//! median - top 10% range on one chart, and the table of the same figures.

use super::chart::{ChartFigure, HotspotOverlay};
use super::context::{use_app, StatePicking};
use super::reactive::{computed, derived, memo};
use super::state_compare::ComparePanel;
use super::state_filters::StateFilters;
use super::state_map::StateMap;
use super::table::DataTable;
use crate::charts::state_ranges;
use crate::markup::table::states_sort;
use crate::markup::views;
use crate::model::state_rows::{sort_after_click, states_table, visible_states, TABLE_COLUMNS};
use crate::model::summary::states_summary;
use crate::model::view_state::ChartId;
use crate::model::words::states_lede;
use leptos::prelude::*;

/// The state comparison.
#[component]
pub fn StatesView() -> impl IntoView {
    let ctx = use_app();
    let data = ctx.data;
    let rows = computed(move || {
        ctx.view.with(|v| {
            visible_states(data, v)
                .into_iter()
                .copied()
                .collect::<Vec<_>>()
        })
    });
    let picking = StatePicking::new(ctx);
    let active = RwSignal::new(None::<usize>);
    let inputs = computed(move || {
        let (active, salary) = (active.get(), ctx.salary.get());
        ctx.view
            .with(|v| state_ranges::inputs_for(data, v, active, salary))
    });
    let spots = memo(move || inputs.with(state_ranges::hotspots));
    let on_activate = Callback::new(move |index: usize| {
        if let Some(code) = inputs.with_untracked(|i| i.rows.get(index).map(|r| r.code)) {
            picking.toggle(code);
        }
    });
    let scene = memo(move || {
        inputs.with(|i| state_ranges::scene(i, &ctx.theme.get(), ctx.chart_width.get()))
    });
    let label = derived(move || {
        let count = rows.with(Vec::len);
        let (pay, table_below) = ctx.view.with(|v| (v.pay, v.embed.is_none()));
        state_ranges::text_alternative(count, pay, ctx.salary.get(), table_below)
    });
    let summary = derived(move || {
        let salary = ctx.salary.get();
        ctx.view.with(|v| states_summary(data, v, salary))
    });
    let table = derived(move || rows.with(|rows| states_table(rows, ctx.view.with(|v| v.pay))));
    let table_selected = derived(move || {
        let selected = ctx.view.with(|v| v.selected.clone());
        rows.with(|rows| {
            rows.iter()
                .map(|s| selected.contains(&s.state.code))
                .collect::<Vec<_>>()
        })
    });
    let on_row_toggle = Callback::new(move |name: String| {
        let code = rows.with_untracked(|rows| {
            rows.iter()
                .find(|s| s.state.name == name)
                .map(|s| s.state.code)
        });
        if let Some(code) = code {
            picking.toggle(code);
        }
    });
    let table_sort = derived(move || ctx.view.with(states_sort));
    let on_sort = Callback::new(move |column: usize| {
        let Some((_, _, clicked)) = TABLE_COLUMNS.get(column) else {
            return;
        };
        ctx.view
            .update(|v| (v.sort, v.dir) = sort_after_click(v, *clicked));
    });
    view! {
        <section data-view="states" aria-labelledby="states-title">
            <h2 id="states-title">{views::STATES_TITLE}</h2>
            <p class="lede">
                {states_lede(data)}
            </p>
            <StateFilters shown=derived(move || rows.with(Vec::len))/>
            <div class="states-overview">
                <StateMap picking/>
                <ComparePanel picking/>
            </div>
            <h3 id="state-ranges-title">{views::RANGES_TITLE}</h3>
            <ChartFigure
                chart=ChartId::StateRanges
                scene=scene
                label=label
                summary=summary
                caption=views::RANGES_CAPTION
            >
                <HotspotOverlay spots active on_activate group_label=views::RANGES_GROUP drawing=scene/>
            </ChartFigure>
            <DataTable
                caption=views::STATES_TABLE_CAPTION
                data=table
                sort=table_sort
                on_sort=on_sort
                selected_rows=table_selected
                on_row_toggle=on_row_toggle
            />
        </section>
    }
}
