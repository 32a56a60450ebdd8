//! The States view's controls: measure, sort, Census area, name search, salary range, and
//! how many states they leave. Every control writes the view state (and so the URL).

use super::app::use_app;
use crate::model::geo::{Division, Region};
use crate::model::state_rows::{has_filters, parse_range_bound, range_bound_text};
use crate::model::view_state::{AreaFilter, Measure, SortDir, SortKey, MAX_NAME_QUERY_CHARS};
use leptos::prelude::*;

/// Which end of the salary range a field sets.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Bound {
    Min,
    Max,
}

/// The controls above the map; `shown` is how many states with data pass the filters.
#[component]
pub fn StateFilters(#[prop(into)] shown: Signal<usize>) -> impl IntoView {
    let ctx = use_app();
    let view = ctx.view;
    let total = ctx.data.states.len();
    // Why the last typed range was refused; the view state is left as it was.
    let range_error = RwSignal::new(None::<(Bound, String)>);
    // Bumped to rewrite the range fields from the view state (after clearing).
    let field_revision = RwSignal::new(0u32);

    let set_measure = move |slug: String| {
        let Some(measure) = Measure::ALL.into_iter().find(|m| m.slug() == slug) else {
            return;
        };
        view.update(|v| {
            if v.measure != measure {
                // A range typed for one measure means nothing for another.
                v.min = None;
                v.max = None;
            }
            v.measure = measure;
        });
        range_error.set(None);
        field_revision.update(|r| *r += 1);
    };
    let set_sort = move |slug: String| {
        if let Some(key) = SortKey::ALL.into_iter().find(|k| k.slug() == slug) {
            view.update(|v| v.sort = key);
        }
    };
    let set_dir = move |slug: String| {
        let dir = if slug == "asc" {
            SortDir::Ascending
        } else {
            SortDir::Descending
        };
        view.update(|v| v.dir = dir);
    };
    let chosen_region = move || {
        view.with(|v| match v.area {
            Some(AreaFilter::Region(r)) => Some(r),
            Some(AreaFilter::Division(d)) => Some(d.region()),
            None => None,
        })
    };
    let set_division = move |slug: String| {
        let area = match Division::ALL.into_iter().find(|d| d.slug() == slug) {
            Some(division) => Some(AreaFilter::Division(division)),
            None => chosen_region().map(AreaFilter::Region),
        };
        view.update(|v| v.area = area);
    };
    let set_name = move |text: String| {
        let text: String = text.chars().take(MAX_NAME_QUERY_CHARS).collect();
        view.update(|v| v.name_query = text);
    };
    let set_bound = move |bound: Bound, text: String| {
        let (basis, measure, min, max) = view.with(|v| (v.pay, v.measure, v.min, v.max));
        let value = match parse_range_bound(&text, basis, measure) {
            Ok(value) => value,
            Err(message) => {
                range_error.set(Some((bound, message)));
                return;
            }
        };
        let (min, max) = match bound {
            Bound::Min => (value, max),
            Bound::Max => (min, value),
        };
        if let (Some(low), Some(high)) = (min, max) {
            if low > high {
                range_error.set(Some((
                    bound,
                    "The minimum is above the maximum; lower the minimum or raise the maximum."
                        .into(),
                )));
                return;
            }
        }
        range_error.set(None);
        view.update(|v| {
            v.min = min;
            v.max = max;
        });
    };
    let clear = move |_| {
        view.update(|v| {
            v.area = None;
            v.name_query.clear();
            v.min = None;
            v.max = None;
        });
        range_error.set(None);
        field_revision.update(|r| *r += 1);
    };
    let field_text = move |bound: Bound| {
        field_revision.track();
        view.with(|v| range_bound_text(if bound == Bound::Min { v.min } else { v.max }, v.pay))
    };
    let range_hint = move || {
        view.with(|v| {
            let example = if v.measure == Measure::VsNational {
                "-5000 or 10000"
            } else {
                "45000 or 45k"
            };
            format!(
                "{}, {}; for example {example}.",
                v.measure.label(),
                v.pay.unit()
            )
        })
    };
    let invalid = move |bound: Bound| {
        range_error
            .with(|e| e.as_ref().is_some_and(|(b, _)| *b == bound))
            .then_some("true")
    };

    view! {
        <div class="state-filters" role="search" aria-label="Filter and sort states">
            <div class="filter-row">
                <div class="field">
                    <label for="states-measure">"Measure"</label>
                    <select id="states-measure" on:change=move |ev| set_measure(event_target_value(&ev))>
                        {Measure::ALL.into_iter().map(|m| view! {
                            <option value=m.slug() prop:selected=move || view.with(|v| v.measure == m)>{m.label()}</option>
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="states-sort">"Sort by"</label>
                    <select id="states-sort" on:change=move |ev| set_sort(event_target_value(&ev))>
                        {SortKey::ALL.into_iter().map(|k| view! {
                            <option value=k.slug() prop:selected=move || view.with(|v| v.sort == k)>{k.label()}</option>
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="states-dir">"Order"</label>
                    <select id="states-dir" on:change=move |ev| set_dir(event_target_value(&ev))>
                        <option value="desc" prop:selected=move || view.with(|v| v.dir == SortDir::Descending)>"Descending"</option>
                        <option value="asc" prop:selected=move || view.with(|v| v.dir == SortDir::Ascending)>"Ascending"</option>
                    </select>
                </div>
            </div>
            <div class="filter-row">
                <div class="field">
                    <span class="field-label" id="states-region-label">"Census region"</span>
                    <div class="toggle-group" role="group" aria-labelledby="states-region-label">
                        <button type="button" data-filter-region="all"
                            aria-pressed=move || if chosen_region().is_none() { "true" } else { "false" }
                            on:click=move |_| view.update(|v| v.area = None)>"All"</button>
                        {Region::ALL.into_iter().map(|r| view! {
                            <button type="button" data-filter-region=r.slug()
                                aria-pressed=move || if chosen_region() == Some(r) { "true" } else { "false" }
                                on:click=move |_| view.update(|v| v.area = Some(AreaFilter::Region(r)))>{r.label()}</button>
                        }).collect_view()}
                    </div>
                </div>
                <div class="field">
                    <label for="states-division">"Division"</label>
                    <select id="states-division" on:change=move |ev| set_division(event_target_value(&ev))>
                        {move || {
                            let region = chosen_region();
                            let current = view.with(|v| match v.area {
                                Some(AreaFilter::Division(d)) => Some(d),
                                _ => None,
                            });
                            let all = match region {
                                Some(r) => format!("All of the {}", r.label()),
                                None => "All divisions".to_string(),
                            };
                            let mut options = vec![view! { <option value="" selected=current.is_none()>{all}</option> }.into_any()];
                            options.extend(
                                Division::ALL
                                    .into_iter()
                                    .filter(|d| region.is_none_or(|r| d.region() == r))
                                    .map(|d| view! { <option value=d.slug() selected=current == Some(d)>{d.label()}</option> }.into_any()),
                            );
                            options.collect_view()
                        }}
                    </select>
                </div>
                <div class="field">
                    <label for="states-q">"State name"</label>
                    <input id="states-q" type="search" autocomplete="off" maxlength=MAX_NAME_QUERY_CHARS
                        placeholder="e.g. new or TX"
                        prop:value=move || view.with(|v| v.name_query.clone())
                        on:input=move |ev| set_name(event_target_value(&ev))/>
                </div>
            </div>
            <div class="filter-row">
                <fieldset class="field range-field">
                    <legend>{move || format!("Range of the {}", view.with(|v| v.measure.label().to_lowercase()))}</legend>
                    <label for="states-min">"From"</label>
                    <input id="states-min" type="text" inputmode="decimal" autocomplete="off" size="9"
                        aria-invalid=move || invalid(Bound::Min) aria-describedby="states-range-hint states-range-error"
                        prop:value=move || field_text(Bound::Min)
                        on:change=move |ev| set_bound(Bound::Min, event_target_value(&ev))/>
                    <label for="states-max">"to"</label>
                    <input id="states-max" type="text" inputmode="decimal" autocomplete="off" size="9"
                        aria-invalid=move || invalid(Bound::Max) aria-describedby="states-range-hint states-range-error"
                        prop:value=move || field_text(Bound::Max)
                        on:change=move |ev| set_bound(Bound::Max, event_target_value(&ev))/>
                    <p class="field-hint" id="states-range-hint">{range_hint}</p>
                    <p class="field-error" id="states-range-error" aria-live="polite">{move || range_error.get().map(|(_, message)| message)}</p>
                </fieldset>
                <div class="filter-summary">
                    <p class="states-count" id="states-count" role="status" aria-live="polite">
                        {move || format!("{} of {total} states with data shown", shown.get())}
                    </p>
                    <button type="button" class="secondary-button" id="states-clear-filters"
                        disabled=move || !view.with(has_filters) && range_error.with(Option::is_none)
                        on:click=clear>"Clear filters"</button>
                </div>
            </div>
        </div>
    }
}
