//! Metro areas view: the highest-paying metros and the metros with the most jobs, two
//! separate top-10 lists, filtered by state and by the states selected in the States view.

use super::chart::{ChartFigure, HotspotOverlay};
use super::context::use_app;
use super::html::{
    bind, bind_flag, bind_html, bind_select, plain_click, target_checked, target_id_and_value,
    target_is, Flag, Write,
};
use super::reactive::{boxed, computed, derived, memo, Computed};
use super::skeleton::skeleton;
use super::table::DataTable;
use crate::charts::metro_bars::{self, Inputs};
use crate::charts::metro_inputs::{
    metro_jobs_inputs, metro_pay_inputs, metro_table, summaries, text_alternative,
};
use crate::charts::Scene;
use crate::markup::metros::{
    counts, selected_states, state_options, METRO_IN_SELECTED, METRO_SELECTED_STATES, METRO_STATE,
};
use crate::markup::skeleton::Skeleton;
use crate::markup::table::ColumnSort;
use crate::markup::{views, Action, Html, Markup};
use crate::model::geo::state_by_code;
use crate::model::metro_rows::{
    empty_message, filter_phrase, sort_metro_rows, states_in_lists, visible_rows, MetroRow,
    MetroTable,
};
use crate::model::summary::metro_summary;
use crate::model::view_state::{ChartId, Tab, TableSort};
use leptos::ev::{FocusEvent, MouseEvent};
use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The two metro top-10 lists.
#[component]
pub fn MetrosView() -> impl IntoView {
    let ctx = use_app();
    let data = ctx.data;
    // The metro under the pointer or focus in either chart: both charts highlight it.
    let active_metro = RwSignal::new(None::<String>);
    let rows_of = move |table| computed(move || ctx.view.with(|v| visible_rows(data, v, table)));
    let pay_rows = rows_of(MetroTable::HighestPaying);
    let jobs_rows = rows_of(MetroTable::MostEmployment);
    let pay_inputs = computed(move || {
        let active = active_metro.get();
        let salary = ctx.salary.get();
        ctx.view
            .with(|v| metro_pay_inputs(data, v, salary, active.as_deref()))
    });
    let jobs_inputs = computed(move || {
        let active = active_metro.get();
        ctx.view
            .with(|v| metro_jobs_inputs(data, v, active.as_deref()))
    });

    // The heading, the two-lists note, the filters and the counts.
    let top = NodeRef::<Div>::new();
    let menu = states_in_lists(data);
    let menu_items = move || ctx.view.with(|v| state_options(&menu, v.metro_state, ""));
    bind_select(top, METRO_STATE.selector, menu_items, move || {
        ctx.view
            .with(|v| v.metro_state.unwrap_or_default().to_string())
    });
    bind_flag(
        top,
        METRO_IN_SELECTED.selector,
        Flag::Property("checked"),
        move || ctx.view.with(|v| v.metros_in_selected),
    );
    bind_html(top, METRO_SELECTED_STATES.selector, move || {
        ctx.view.with(selected_states)
    });
    bind(top, ".metro-counts", Write::Text, move || {
        ctx.view
            .with(filter_phrase)
            .map(|phrase| {
                counts(
                    data,
                    pay_rows.with(Vec::len),
                    jobs_rows.with(Vec::len),
                    &phrase,
                )
            })
            .unwrap_or_default()
    });
    let on_change = move |ev: leptos::ev::Event| {
        let Some((id, value)) = target_id_and_value(&ev) else {
            return;
        };
        if id == METRO_STATE.name {
            ctx.view
                .update(|v| v.metro_state = state_by_code(&value).map(|s| s.code));
        } else if id == METRO_IN_SELECTED.name {
            let on = target_checked(&ev);
            ctx.view.update(|v| v.metros_in_selected = on);
        }
    };
    let on_click = move |ev: MouseEvent| {
        if target_is(&ev, Action::GoStates) && plain_click(&ev) {
            ev.prevent_default();
            ctx.view.update(|v| v.tab = Tab::States);
        }
    };
    view! {
        <section data-view="metros" aria-labelledby="metros-title">
            <div node_ref=top inner_html=skeleton(Skeleton::MetrosTop) on:change=boxed(on_change) on:click=boxed(on_click)></div>
            <h3 id="metro-pay-title">{views::metro_title(MetroTable::HighestPaying)}</h3>
            <MetroChart table=MetroTable::HighestPaying rows=pay_rows inputs=pay_inputs active_metro=active_metro/>
            <MetroTableView table=MetroTable::HighestPaying rows=pay_rows/>

            <h3 id="metro-jobs-title">{views::metro_title(MetroTable::MostEmployment)}</h3>
            <MetroChart table=MetroTable::MostEmployment rows=jobs_rows inputs=jobs_inputs active_metro=active_metro/>
            <MetroTableView table=MetroTable::MostEmployment rows=jobs_rows/>
        </section>
    }
}

/// The metro label of the hotspot an event happened on, if it happened on one.
fn hotspot_key(target: Option<web_sys::EventTarget>) -> Option<String> {
    target?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .get_attribute("data-key")
}

/// One list's chart with its hotspots, or a message when the filters leave nothing.
#[component]
fn MetroChart(
    table: MetroTable,
    rows: Computed<Vec<MetroRow<'static>>>,
    inputs: Computed<Inputs>,
    active_metro: RwSignal<Option<String>>,
) -> impl IntoView {
    let ctx = use_app();
    let data = ctx.data;
    let caption = views::metro_chart_caption(table, data);
    let (chart, group_label) = match table {
        MetroTable::HighestPaying => (ChartId::MetroPay, views::METRO_PAY_GROUP),
        MetroTable::MostEmployment => (ChartId::MetroJobs, views::METRO_JOBS_GROUP),
    };
    let id = chart.slug();
    let active_spot = RwSignal::new(None::<usize>);
    let spots = memo(move || {
        let basis = ctx.view.with(|v| v.pay);
        let words = rows.with(|rows| summaries(table, data, rows, basis));
        inputs.with(|i| metro_bars::hotspots(i, &words))
    });
    // Click, tap, Enter or Space highlights the metro in both charts, as hover and focus do.
    let on_activate = Callback::new(move |index: usize| {
        let label = rows.with_untracked(|r| r.get(index).map(|row| row.area.label.clone()));
        active_metro.set(label);
    });
    let scene = memo(move || {
        if rows.with(Vec::is_empty) {
            return Scene::default();
        }
        inputs.with(|i| metro_bars::scene(i, &ctx.theme.get(), ctx.chart_width.get()))
    });
    let label = derived(move || {
        let basis = ctx.view.with(|v| v.pay);
        rows.with(|rows| text_alternative(table, data, rows, basis, ctx.salary.get()))
    });
    // The highest-paying chart marks the typed salary, so its summary says where it falls.
    let summary = derived(move || {
        let salary = match table {
            MetroTable::HighestPaying => ctx.salary.get(),
            MetroTable::MostEmployment => None,
        };
        ctx.view
            .with(|v| rows.with(|rows| metro_summary(table, data, v, rows, salary)))
    });
    let on_over = move |ev: MouseEvent| {
        let key = hotspot_key(ev.target());
        if active_metro.with_untracked(|a| *a != key) {
            active_metro.set(key);
        }
    };
    let on_focus_in = move |ev: FocusEvent| {
        if let Some(key) = hotspot_key(ev.target()) {
            active_metro.set(Some(key));
        }
    };
    let wrap = NodeRef::<Div>::new();
    bind(wrap, "", Write::Attr("data-active-metro"), move || {
        active_metro.get().unwrap_or_default()
    });
    // When the filters leave nothing, a message takes the chart's place.
    let empty = NodeRef::<Div>::new();
    bind_html(empty, "", move || {
        if rows.with(|r| !r.is_empty()) {
            return Markup::default();
        }
        let text = ctx.view.with(|v| empty_message(v, table.list_name()));
        let mut html = Html::new();
        html.element("p", &[("class", "metro-empty"), ("data-empty", id)], &text);
        html.finish()
    });
    view! {
        <div
            class="metro-chart"
            data-list=id
            node_ref=wrap
            on:mouseover=boxed(on_over)
            on:mouseleave=boxed(move |_| active_metro.set(None))
            on:focusin=boxed(on_focus_in)
            on:focusout=boxed(move |_| active_metro.set(None))
        >
            <div node_ref=empty></div>
            <ChartFigure chart=chart scene=scene label=label summary=summary caption=caption
                hidden=derived(move || rows.with(Vec::is_empty))>
                <HotspotOverlay spots active=active_spot on_activate group_label drawing=scene/>
            </ChartFigure>
        </div>
    }
}

/// One list's data table, sortable by each of its columns.
#[component]
fn MetroTableView(table: MetroTable, rows: Computed<Vec<MetroRow<'static>>>) -> impl IntoView {
    let ctx = use_app();
    let data = ctx.data;
    // The sort lives in the view state, so a link reproduces it.
    let sort = computed(move || ctx.view.with(|v| v.metro_sort(table)));
    let on_sort = Callback::new(move |index: usize| {
        let Some(column) = table.column(index) else {
            return;
        };
        let ascending = match sort.with_untracked(|s| *s) {
            Some(current) if current.column == column => !current.ascending,
            _ => column.starts_ascending(),
        };
        ctx.view
            .update(|v| *v.metro_sort_mut(table) = Some(TableSort { column, ascending }));
    });
    let header_sort = derived(move || {
        sort.get().and_then(|s| {
            Some(ColumnSort {
                column: table.index_of(s.column)?,
                ascending: s.ascending,
            })
        })
    });
    let cells = derived(move || {
        let basis = ctx.view.with(|v| v.pay);
        let mut rows = rows.get();
        if let Some(s) = sort.get() {
            sort_metro_rows(&mut rows, s.column, s.ascending);
        }
        metro_table(table, data, &rows, basis)
    });
    let caption = views::metro_table_caption(table);
    view! {
        <DataTable caption=caption data=cells sort=header_sort on_sort=on_sort
            hidden=derived(move || rows.with(Vec::is_empty))/>
    }
}
