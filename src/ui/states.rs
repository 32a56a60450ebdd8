//! States view: filters, the tile-grid map, the comparison panel, every state's bottom 10% -
//! median - top 10% range on one chart, and the table of the same figures.

use super::chart::{ChartFigure, HotspotOverlay};
use super::context::{use_app, AppContext};
use super::reactive::{derived, memo};
use super::state_compare::ComparePanel;
use super::state_filters::StateFilters;
use super::state_map::StateMap;
use super::table::DataTable;
use crate::charts::state_ranges;
use crate::markup::table::ColumnSort;
use crate::model::state_rows::{sort_after_click, visible_states};
use crate::model::table::{Cell, Column, Table, Unit};
use crate::model::view_state::{SortDir, SortKey};
use crate::model::words::{and_list, salary_marked};
use leptos::prelude::*;

/// Selects or deselects a state; a refusal (the selection limit) goes to `message`, which
/// the comparison panel shows beside the selection.
pub fn toggle_state(ctx: AppContext, message: RwSignal<Option<String>>, code: &'static str) {
    let mut refused = None;
    ctx.view.update(|v| refused = v.toggle_selected(code).err());
    message.set(refused);
}

/// The table's columns, in order, with the sort key each one sorts by.
const COLUMNS: [(&str, Unit, SortKey); 5] = [
    ("State", Unit::Text, SortKey::Name),
    ("Bottom 10%", Unit::Money, SortKey::Bottom10),
    ("Median", Unit::Money, SortKey::Median),
    ("Top 10%", Unit::Money, SortKey::Top10),
    ("Spread", Unit::Money, SortKey::Spread),
];

/// The state comparison.
#[component]
pub fn StatesView() -> impl IntoView {
    let ctx = use_app();
    let data = ctx.data;
    let rows = memo(move || {
        ctx.view.with(|v| {
            visible_states(data, v)
                .into_iter()
                .copied()
                .collect::<Vec<_>>()
        })
    });
    let message = RwSignal::new(None::<String>);
    let toggle = Callback::new(move |code: &'static str| toggle_state(ctx, message, code));
    let active = RwSignal::new(None::<usize>);
    let inputs = memo(move || {
        let (active, salary) = (active.get(), ctx.salary.get());
        ctx.view
            .with(|v| state_ranges::inputs_for(data, v, active, salary))
    });
    let spots = memo(move || inputs.with(state_ranges::hotspots));
    let on_activate = Callback::new(move |index: usize| {
        if let Some(code) = inputs.with_untracked(|i| i.rows.get(index).map(|r| r.code)) {
            toggle.run(code);
        }
    });
    let scene = memo(move || {
        inputs.with(|i| state_ranges::scene(i, &ctx.theme.get(), ctx.chart_width.get()))
    });
    let label = derived(move || {
        let count = rows.with(Vec::len);
        let marked = salary_marked(ctx.view.with(|v| v.pay), ctx.salary.get());
        format!("Range chart of {count} states: for each, the bottom 10%, median and top 10% wage, against the national median.{marked} The table below lists every figure.")
    });
    let table = derived(move || Table {
        basis: ctx.view.with(|v| v.pay),
        columns: COLUMNS
            .iter()
            .map(|(name, unit, _)| Column::new(*name, *unit))
            .collect(),
        rows: rows
            .get()
            .iter()
            .map(|s| {
                vec![
                    Cell::Text(s.state.name.to_string()),
                    Cell::Money(s.p10),
                    Cell::Money(s.median),
                    Cell::Money(s.p90),
                    Cell::Money(s.spread()),
                ]
            })
            .collect(),
    });
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
            toggle.run(code);
        }
    });
    let table_sort = derived(move || {
        ctx.view.with(|v| {
            let column = COLUMNS.iter().position(|(_, _, key)| *key == v.sort)?;
            Some(ColumnSort {
                column,
                ascending: v.dir == SortDir::Ascending,
            })
        })
    });
    let on_sort = Callback::new(move |column: usize| {
        let Some((_, _, clicked)) = COLUMNS.get(column) else {
            return;
        };
        ctx.view
            .update(|v| (v.sort, v.dir) = sort_after_click(v, *clicked));
    });
    let missing: Vec<&str> = data.states_without_data().iter().map(|s| s.name).collect();
    view! {
        <section data-view="states" aria-labelledby="states-title">
            <h2 id="states-title">"What the job pays in each state"</h2>
            <p class="lede">
                {format!("{} states with data. The source gives no figures for {}.", data.states.len(), and_list(&missing))}
            </p>
            <StateFilters shown=derived(move || rows.with(Vec::len))/>
            <div class="states-overview">
                <StateMap on_toggle=toggle message=message/>
                <ComparePanel on_toggle=toggle message=message/>
            </div>
            <h3 id="state-ranges-title">"Every state's range"</h3>
            <ChartFigure
                id="state-ranges"
                scene=scene
                label=label
                caption="Each line runs from the bottom 10% to the top 10% of wages in a state; the dot is the median. The dashed line is the national median. Hover or focus a row for its figures; click or press Enter to select it for comparison."
            >
                <HotspotOverlay spots active on_activate group_label="States on the range chart"/>
            </ChartFigure>
            <DataTable
                caption="Wages by state (select a state's name to compare it; sort by any column)"
                data=table
                sort=table_sort
                on_sort=on_sort
                selected_rows=table_selected
                on_row_toggle=on_row_toggle
            />
        </section>
    }
}
