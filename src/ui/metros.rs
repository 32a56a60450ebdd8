//! Metro areas view: the highest-paying metros and the metros with the most jobs, two
//! separate top-10 lists, filtered by state and by the states selected in the States view.

use super::app::{use_app, AppContext};
use super::chart::{ChartFigure, Hotspot, Hotspots};
use super::table::{ColumnSort, DataTable, TableData};
use crate::charts::metro_bars::{self, Inputs};
use crate::charts::metro_inputs::{
    jobs_summary, metro_jobs_inputs, metro_pay_inputs, pay_summary, state_medians_text, vs_national,
};
use crate::model::dataset::Dataset;
use crate::model::geo::state_by_code;
use crate::model::metro_rows::{
    empty_message, filter_phrase, in_both_lists, sort_metro_rows, states_in_lists, visible_jobs,
    visible_pay, MetroRow, MetroSortKey,
};
use crate::model::money::{group_thousands, Dollars, PayBasis};
use crate::model::view_state::{Tab, TableSort, ViewState};
use leptos::ev::{FocusEvent, MouseEvent};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Which of the two lists a chart or table shows.
#[derive(Clone, Copy, PartialEq, Eq)]
enum List {
    Pay,
    Jobs,
}

impl List {
    fn rows(self, data: &'static Dataset, view: &ViewState) -> Vec<MetroRow<'static>> {
        match self {
            List::Pay => visible_pay(data, view),
            List::Jobs => visible_jobs(data, view),
        }
    }

    fn name(self) -> &'static str {
        match self {
            List::Pay => "the highest-paying list",
            List::Jobs => "the most-employment list",
        }
    }

    fn summary(self, data: &Dataset, row: &MetroRow<'_>, basis: PayBasis) -> String {
        match self {
            List::Pay => pay_summary(data, row, basis),
            List::Jobs => jobs_summary(data, row, basis),
        }
    }

    /// What each table column sorts by.
    fn column_key(self, column: usize) -> MetroSortKey {
        match (self, column) {
            (_, 0) => MetroSortKey::Name,
            (List::Pay, 1 | 2) | (List::Jobs, 1) => MetroSortKey::Figure,
            _ => MetroSortKey::States,
        }
    }
}

/// The two metro top-10 lists.
#[component]
pub fn MetrosView() -> impl IntoView {
    let ctx = use_app();
    let data = ctx.data;
    // The metro under the pointer or focus in either chart: both charts highlight it.
    let active_metro = RwSignal::new(None::<String>);
    let pay_rows = Memo::new(move |_| ctx.view.with(|v| List::Pay.rows(data, v)));
    let jobs_rows = Memo::new(move |_| ctx.view.with(|v| List::Jobs.rows(data, v)));
    let pay_inputs = Memo::new(move |_| {
        let active = active_metro.get();
        let salary = ctx.salary.get();
        ctx.view
            .with(|v| metro_pay_inputs(data, v, salary, active.as_deref()))
    });
    let jobs_inputs = Memo::new(move |_| {
        let active = active_metro.get();
        ctx.view
            .with(|v| metro_jobs_inputs(data, v, active.as_deref()))
    });
    let phrase = Memo::new(move |_| ctx.view.with(filter_phrase));
    let counts = move || {
        let phrase = phrase.get()?;
        Some(format!(
            "Showing {} of {} highest-paying and {} of {} most-employment metro areas {phrase}.",
            pay_rows.with(Vec::len),
            data.highest_paying.len(),
            jobs_rows.with(Vec::len),
            data.most_employment.len()
        ))
    };
    view! {
        <section data-view="metros" aria-labelledby="metros-title">
            <h2 id="metros-title">"Metro areas"</h2>
            <p class="metro-two-lists">
                <strong>"These are two different top-10 lists from the source."</strong>
                " One ranks metro areas by median salary, the other by how many people do this job there. The source gives no salary for the second list and no employment for the first, so the two cannot be compared metro by metro. "
                <span class="metro-diamond" aria-hidden="true">"◆"</span>
                " marks the one metro area in both lists."
            </p>
            <MetroFilters/>
            <p class="metro-counts" role="status" aria-live="polite">{counts}</p>

            <h3 id="metro-pay-title">"Highest-paying metro areas"</h3>
            <MetroChart list=List::Pay rows=pay_rows inputs=pay_inputs active_metro=active_metro/>
            <MetroTable list=List::Pay rows=pay_rows/>

            <h3 id="metro-jobs-title">"Metro areas with the most jobs"</h3>
            <MetroChart list=List::Jobs rows=jobs_rows inputs=jobs_inputs active_metro=active_metro/>
            <MetroTable list=List::Jobs rows=jobs_rows/>
        </section>
    }
}

/// The state menu and the "only metros in my selected states" switch.
#[component]
fn MetroFilters() -> impl IntoView {
    let ctx = use_app();
    let menu = states_in_lists(ctx.data);
    let current = Memo::new(move |_| ctx.view.with(|v| v.metro_state));
    // A state from the link that is in neither list still shows as chosen (and matches nothing).
    let listed: Vec<&'static str> = menu.iter().map(|s| s.code).collect();
    let extra = move || {
        current
            .get()
            .filter(|code| !listed.contains(code))
            .and_then(state_by_code)
    };
    let option = move |code: &'static str, name: &'static str| {
        view! { <option value=code prop:selected=move || current.get() == Some(code)>{format!("{name} ({code})")}</option> }
    };
    let on_state = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        ctx.view
            .update(|v| v.metro_state = state_by_code(&value).map(|s| s.code));
    };
    let in_selected = Memo::new(move |_| ctx.view.with(|v| v.metros_in_selected));
    let on_toggle = move |ev: leptos::ev::Event| {
        let on = event_target_checked(&ev);
        ctx.view.update(|v| v.metros_in_selected = on);
    };
    view! {
        <div class="metro-filters" role="group" aria-label="Filter the metro lists">
            <label class="metro-filter">
                <span>"State"</span>
                <select id="metro-state" on:change=on_state>
                    <option value="" prop:selected=move || current.get().is_none()>"All states"</option>
                    {menu.iter().map(|s| option(s.code, s.name)).collect_view()}
                    {move || extra().map(|s| option(s.code, s.name))}
                </select>
            </label>
            <div class="metro-filter">
                <label class="metro-toggle">
                    <input id="metro-in-selected" type="checkbox" prop:checked=move || in_selected.get() on:change=on_toggle/>
                    <span>"Only metros in my selected states"</span>
                </label>
                <SelectedStates/>
            </div>
        </div>
    }
}

/// Which states the States view has selected, with a way to go and change them.
#[component]
fn SelectedStates() -> impl IntoView {
    let ctx = use_app();
    let names = Memo::new(move |_| {
        ctx.view.with(|v| {
            v.selected
                .iter()
                .filter_map(|c| state_by_code(c))
                .map(|s| s.name)
                .collect::<Vec<_>>()
        })
    });
    view! {
        <p class="metro-selected" id="metro-selected-states">
            {move || {
                let names = names.get();
                if names.is_empty() {
                    view! { "You have not selected any states yet. "<StatesLink text="Select states in the States view"/>"." }.into_any()
                } else {
                    view! { "Your selected states: "{names.join(", ")}". "<StatesLink text="Change them"/> }.into_any()
                }
            }}
        </p>
    }
}

/// A link to the States view that keeps everything else in the view state.
#[component]
fn StatesLink(text: &'static str) -> impl IntoView {
    let ctx: AppContext = use_app();
    let href = move || {
        ctx.view.with(|v| {
            ViewState {
                tab: Tab::States,
                ..v.clone()
            }
            .to_query()
        })
    };
    let on_click = move |ev: MouseEvent| {
        if ev.button() != 0 || ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key() {
            return;
        }
        ev.prevent_default();
        ctx.view.update(|v| v.tab = Tab::States);
    };
    view! { <a href=href on:click=on_click>{text}</a> }
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
    list: List,
    rows: Memo<Vec<MetroRow<'static>>>,
    inputs: Memo<Inputs>,
    active_metro: RwSignal<Option<String>>,
) -> impl IntoView {
    let ctx = use_app();
    let data = ctx.data;
    let (id, caption, group_label) = match list {
        List::Pay => (
            "metro-pay",
            format!("{} Bars show each metro's median salary; the dark ticks, the median of each state it lies in; the dashed line, the US median.", data.highest_paying_note),
            "Metro areas on the highest-paying chart",
        ),
        List::Jobs => (
            "metro-jobs",
            format!("{} Bars show how many people do this job in each metro.", data.most_employment_note),
            "Metro areas on the most-employment chart",
        ),
    };
    let active_spot = RwSignal::new(None::<usize>);
    let spots = Signal::derive(move || {
        let basis = ctx.view.with(|v| v.pay);
        let height = inputs.with(|i| f64::from(metro_bars::height(i)));
        rows.with(|rows| {
            rows.iter()
                .enumerate()
                .map(|(i, row)| {
                    let summary = list.summary(data, row, basis);
                    Hotspot {
                        key: row.area.label.clone(),
                        label: summary.clone(),
                        tooltip: summary,
                        left: 0.0,
                        top: f64::from(metro_bars::TOP + metro_bars::ROW_HEIGHT * i as i32)
                            / height
                            * 100.0,
                        width: 100.0,
                        height: f64::from(metro_bars::ROW_HEIGHT) / height * 100.0,
                        pressed: None,
                        dimmed: false,
                    }
                })
                .collect::<Vec<_>>()
        })
    });
    // Click, tap, Enter or Space highlights the metro in both charts, as hover and focus do.
    let on_activate = Callback::new(move |index: usize| {
        let label = rows.with_untracked(|r| r.get(index).map(|row| row.area.label.clone()));
        active_metro.set(label);
    });
    let svg = Signal::derive(move || {
        inputs.with(|i| metro_bars::svg(i, &ctx.theme.get(), ctx.chart_width.get()))
    });
    let label = Signal::derive(move || {
        let basis = ctx.view.with(|v| v.pay);
        let parts: Vec<String> =
            rows.with(|r| r.iter().map(|row| list.summary(data, row, basis)).collect());
        match list {
            List::Pay => format!(
                "Bar chart of {} of the 10 highest-paying metro areas by median salary. {}.",
                parts.len(),
                parts.join(". ")
            ),
            List::Jobs => format!(
                "Bar chart of {} of the 10 metro areas employing the most people in this job. {}.",
                parts.len(),
                parts.join(". ")
            ),
        }
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
    let empty = move || ctx.view.with(|v| empty_message(v, list.name()));
    view! {
        <div
            class="metro-chart"
            data-list=id
            data-active-metro=move || active_metro.get().unwrap_or_default()
            on:mouseover=on_over
            on:mouseleave=move |_| active_metro.set(None)
            on:focusin=on_focus_in
            on:focusout=move |_| active_metro.set(None)
        >
            <Show
                when=move || rows.with(|r| !r.is_empty())
                fallback=move || view! { <p class="metro-empty" data-empty=id>{empty}</p> }
            >
                <ChartFigure id=id svg=svg label=label caption=caption.clone()>
                    <Hotspots spots=spots active=active_spot on_activate=on_activate group_label=group_label/>
                </ChartFigure>
            </Show>
        </div>
    }
}

/// One list's data table, sortable by name, states or figure.
#[component]
fn MetroTable(list: List, rows: Memo<Vec<MetroRow<'static>>>) -> impl IntoView {
    let ctx = use_app();
    let data = ctx.data;
    // The sort lives in the view state, so a link reproduces it.
    let slot = match list {
        List::Pay => 0,
        List::Jobs => 1,
    };
    let sort = Memo::new(move |_| {
        ctx.view
            .with(|v| v.metro_table_sort.get(slot).copied().flatten())
            .map(|s| ColumnSort {
                column: usize::from(s.column),
                ascending: s.ascending,
            })
    });
    let on_sort = Callback::new(move |column: usize| {
        let key = list.column_key(column);
        let next = match sort.get_untracked() {
            Some(current) if current.column == column => !current.ascending,
            _ => key != MetroSortKey::Figure,
        };
        let Ok(column) = u8::try_from(column) else {
            return;
        };
        ctx.view.update(|v| {
            if let Some(entry) = v.metro_table_sort.get_mut(slot) {
                *entry = Some(TableSort {
                    column,
                    ascending: next,
                });
            }
        });
    });
    let table = Signal::derive(move || {
        let basis = ctx.view.with(|v| v.pay);
        let mut rows = rows.get();
        if let Some(s) = sort.get() {
            sort_metro_rows(&mut rows, list.column_key(s.column), s.ascending);
        }
        let name = |row: &MetroRow<'_>| {
            if in_both_lists(data, &row.area.label) {
                format!("{} ◆", row.area.name)
            } else {
                row.area.name.clone()
            }
        };
        let states = |row: &MetroRow<'_>| {
            row.area
                .states
                .iter()
                .map(|s| s.code)
                .collect::<Vec<_>>()
                .join(", ")
        };
        match list {
            // Figures first, so they are in view on a phone; the states scroll in after them.
            List::Pay => TableData {
                columns: vec![
                    "Metro area".into(),
                    format!("Median ({})", basis.unit()),
                    "vs US median".into(),
                    "States".into(),
                    "State median".into(),
                ],
                rows: rows
                    .iter()
                    .map(|row| {
                        vec![
                            name(row),
                            basis.format(Dollars(row.figure)),
                            vs_national(data, row, basis),
                            states(row),
                            state_medians_text(data, row, basis),
                        ]
                    })
                    .collect(),
            },
            List::Jobs => TableData {
                columns: vec![
                    "Metro area".into(),
                    "People employed".into(),
                    "States".into(),
                ],
                rows: rows
                    .iter()
                    .map(|row| vec![name(row), group_thousands(row.figure.into()), states(row)])
                    .collect(),
            },
        }
    });
    let caption = match list {
        List::Pay => "Highest-paying metro areas",
        List::Jobs => "Metro areas with the most people employed",
    };
    view! {
        <Show when=move || rows.with(|r| !r.is_empty())>
            <DataTable caption=caption data=table sort=Signal::derive(move || sort.get()) on_sort=on_sort/>
        </Show>
    }
}
