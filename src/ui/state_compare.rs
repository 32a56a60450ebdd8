//! The comparison panel: the selected states side by side with the national distribution,
//! each with its three figures and its median's difference from the national median.

use super::app::use_app;
use super::chart::ChartFigure;
use crate::charts::percentile::{self, StateRow};
use crate::model::geo::state_by_code;
use crate::model::money::format_difference;
use crate::model::view_state::MAX_SELECTED;
use leptos::prelude::*;

/// Narrower than this, the comparison chart labels states by postal code.
const NAME_LABEL_MIN_WIDTH: u32 = 480;
/// Longest state name that fits the chart's label column.
const NAME_LABEL_MAX_CHARS: usize = 15;

/// The selected states; `on_toggle` adds or removes one, `message` says why one wasn't added.
#[component]
pub fn ComparePanel(
    on_toggle: Callback<&'static str>,
    message: RwSignal<Option<String>>,
) -> impl IntoView {
    let ctx = use_app();
    let data = ctx.data;
    let selected = Memo::new(move |_| ctx.view.with(|v| v.selected.clone()));
    let basis = Memo::new(move |_| ctx.view.with(|v| v.pay));
    let national = data.national;

    let chart_inputs = Memo::new(move |_| {
        let width = ctx.chart_width.get();
        percentile::Inputs {
            national: national.points(),
            states: selected
                .get()
                .into_iter()
                .map(|code| {
                    let name = state_by_code(code).map_or(code, |s| s.name);
                    let use_name = width >= NAME_LABEL_MIN_WIDTH
                        && name.chars().count() <= NAME_LABEL_MAX_CHARS;
                    StateRow {
                        label: if use_name {
                            name.to_string()
                        } else {
                            code.to_string()
                        },
                        points: data.state(code).map(|s| [s.p10, s.median, s.p90]),
                    }
                })
                .collect(),
            salary: ctx.salary.get(),
            basis: basis.get(),
        }
    });
    let svg = Signal::derive(move || {
        chart_inputs.with(|i| percentile::svg(i, &ctx.theme.get(), ctx.chart_width.get()))
    });
    let chart_label = Signal::derive(move || {
        let b = basis.get();
        let parts: Vec<String> = selected
            .get()
            .into_iter()
            .map(|code| match data.state(code) {
                Some(s) => format!(
                    "{}: bottom 10% {}, median {}, top 10% {}",
                    s.state.name,
                    b.format(s.p10),
                    b.format(s.median),
                    b.format(s.p90)
                ),
                None => format!("{}: no data", state_by_code(code).map_or(code, |s| s.name)),
            })
            .collect();
        format!(
            "The national wage distribution (median {}) with the selected states below it. {}",
            b.format(national.median),
            parts.join("; ")
        )
    });

    let card = move |code: &'static str| {
        let b = basis.get();
        let name = state_by_code(code).map_or(code, |s| s.name);
        let figures = match data.state(code) {
            Some(s) => view! {
                <dl class="compare-figures">
                    <dt>"Bottom 10%"</dt><dd>{b.format(s.p10)}</dd>
                    <dt>"Median"</dt><dd>{b.format(s.median)}</dd>
                    <dt>"Top 10%"</dt><dd>{b.format(s.p90)}</dd>
                </dl>
                <p class="compare-difference">
                    "Median vs US: "<strong>{format_difference(b, s.median, national.median)}</strong>
                </p>
            }
            .into_any(),
            None => view! { <p class="no-data">"No data: the source gives no figures for this state."</p> }.into_any(),
        };
        view! {
            <li class="compare-card" data-state=code>
                <h4>{name}</h4>
                {figures}
                <button type="button" class="link-button" aria-label=format!("Remove {name} from the comparison")
                    on:click=move |_| on_toggle.run(code)>"Remove"</button>
            </li>
        }
    };
    let national_card = move || {
        let b = basis.get();
        view! {
            <li class="compare-card national">
                <h4>"United States"</h4>
                <dl class="compare-figures">
                    <dt>"Bottom 10%"</dt><dd>{b.format(national.p10)}</dd>
                    <dt>"Median"</dt><dd>{b.format(national.median)}</dd>
                    <dt>"Top 10%"</dt><dd>{b.format(national.p90)}</dd>
                </dl>
            </li>
        }
    };
    let picker_options = move || {
        let chosen = selected.get();
        let mut options =
            vec![view! { <option value="" selected=true>"Add a state…"</option> }.into_any()];
        options.extend(
            data.states
                .iter()
                .filter(|s| !chosen.contains(&s.state.code))
                .map(|s| view! { <option value=s.state.code>{s.state.name}</option> }.into_any()),
        );
        options.collect_view()
    };
    let on_pick = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        if let Some(info) = data.state(&value).map(|s| s.state) {
            on_toggle.run(info.code);
        }
    };

    view! {
        <section class="compare-panel" aria-labelledby="compare-title">
            <div class="compare-head">
                <h3 id="compare-title">"Compare states"</h3>
                <div class="compare-actions">
                    <label class="visually-hidden" for="compare-picker">"Add a state to compare"</label>
                    <select id="compare-picker" on:change=on_pick>{picker_options}</select>
                    <button type="button" class="secondary-button" id="compare-clear"
                        disabled=move || selected.with(Vec::is_empty)
                        on:click=move |_| {
                            ctx.view.update(|v| v.selected.clear());
                            message.set(None);
                        }>"Clear selection"</button>
                </div>
            </div>
            <p class="compare-status" id="compare-status" role="status" aria-live="polite">
                {move || message.get().unwrap_or_else(|| {
                    let count = selected.with(Vec::len);
                    if count == 0 {
                        format!("Select up to {MAX_SELECTED} states on the map, the range chart or the table, or add one here.")
                    } else {
                        format!("{count} of up to {MAX_SELECTED} states selected.")
                    }
                })}
            </p>
            <ul class="compare-cards">
                {national_card}
                {move || selected.get().into_iter().map(card).collect_view()}
            </ul>
            <Show when=move || selected.with(|s| !s.is_empty())>
                <ChartFigure
                    id="state-compare"
                    svg=svg
                    label=chart_label
                    caption="The national distribution (box: middle half; whiskers: bottom and top 10%) with each selected state's bottom 10% to top 10% line and median dot on the same axis."
                />
            </Show>
        </section>
    }
}
