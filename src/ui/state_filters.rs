//! The States view's controls: measure, sort, Census area, name search, salary range, and
//! how many states they leave. Every control writes the view state (and so the URL).

use super::context::use_app;
use super::html::{
    bind, bind_flag, bind_html, bind_select, target_attribute, target_id_and_value, Flag, Write,
};
use super::reactive::boxed;
use super::skeleton::skeleton;
use crate::markup::skeleton::Skeleton;
use crate::markup::state_filters::{
    chosen_region, count_text, dir_options, dir_slug, division_all_label, division_options,
    division_slug, measure_options, range_hint, range_legend, region_buttons, sort_options,
    STATES_CLEAR_FILTERS, STATES_COUNT, STATES_DIR, STATES_DIVISION, STATES_DIVISION_ALL,
    STATES_MAX, STATES_MEASURE, STATES_MIN, STATES_Q, STATES_RANGE_ERROR, STATES_RANGE_HINT,
    STATES_RANGE_LEGEND, STATES_REGIONS, STATES_SORT,
};
use crate::model::geo::{Division, Region};
use crate::model::state_rows::{
    has_filters, parse_range_bound, range_bound_text, RANGE_ORDER_ERROR,
};
use crate::model::view_state::{AreaFilter, Measure, SortDir, SortKey, MAX_NAME_QUERY_CHARS};
use leptos::html::Div;
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
    let root = NodeRef::<Div>::new();
    // Why the last typed range was refused; the view state is left as it was.
    let range_error = RwSignal::new(None::<(Bound, String)>);
    // Empties both range fields, including text that was refused and so never reached the
    // view state.
    let clear_range_fields = move || {
        if let Some(root) = root.get_untracked() {
            for id in [STATES_MIN.selector, STATES_MAX.selector] {
                if let Ok(Some(field)) = root.query_selector(id) {
                    let _ = js_sys::Reflect::set(&field, &"value".into(), &"".into());
                }
            }
        }
    };
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
        clear_range_fields();
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
    let chosen_region = move || view.with(chosen_region);
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
                range_error.set(Some((bound, RANGE_ORDER_ERROR.into())));
                return;
            }
        }
        range_error.set(None);
        view.update(|v| {
            v.min = min;
            v.max = max;
        });
    };
    let clear = move || {
        view.update(|v| {
            v.area = None;
            v.name_query.clear();
            v.min = None;
            v.max = None;
        });
        range_error.set(None);
        clear_range_fields();
    };
    let field_text = move |bound: Bound| {
        view.with(|v| range_bound_text(if bound == Bound::Min { v.min } else { v.max }, v.pay))
    };
    let range_hint = move || view.with(|v| range_hint(v.measure, v.pay));
    let invalid =
        move |bound: Bound| range_error.with(|e| e.as_ref().is_some_and(|(b, _)| *b == bound));

    // Menus are written once (the division menu when the region changes); a change only
    // moves their selection.
    bind_select(
        root,
        STATES_MEASURE.selector,
        || measure_options(Measure::Median),
        move || view.with(|v| v.measure.slug().to_string()),
    );
    bind_select(
        root,
        STATES_SORT.selector,
        || sort_options(SortKey::Median),
        move || view.with(|v| v.sort.slug().to_string()),
    );
    bind_select(
        root,
        STATES_DIR.selector,
        || dir_options(SortDir::Descending),
        move || view.with(|v| dir_slug(v.dir).to_string()),
    );
    // The buttons are drawn once; a click only changes which one is pressed.
    bind_html(root, STATES_REGIONS.selector, move || {
        region_buttons(untrack(chosen_region))
    });
    bind(
        root,
        STATES_REGIONS.selector,
        Write::Pressed("data-filter-region"),
        move || chosen_region().map_or("all", Region::slug).to_string(),
    );
    // The division menu keeps its entries (see `division_options`): a region relabels the
    // first, and the stylesheet shows only its own divisions (`data-region`).
    bind_select(
        root,
        STATES_DIVISION.selector,
        || division_options(None, ""),
        move || view.with(division_slug).to_string(),
    );
    bind(root, STATES_DIVISION_ALL, Write::Text, move || {
        division_all_label(chosen_region())
    });
    bind(
        root,
        STATES_DIVISION.selector,
        Write::Attr("data-region"),
        move || chosen_region().map_or("", Region::slug).to_string(),
    );
    bind(root, STATES_RANGE_LEGEND.selector, Write::Text, move || {
        range_legend(view.with(|v| v.measure))
    });
    bind(root, STATES_RANGE_HINT.selector, Write::Text, range_hint);
    bind(root, STATES_RANGE_ERROR.selector, Write::Text, move || {
        range_error
            .get()
            .map(|(_, message)| message)
            .unwrap_or_default()
    });
    bind(root, STATES_COUNT.selector, Write::Text, move || {
        count_text(shown.get(), total)
    });
    bind(root, STATES_Q.selector, Write::Value, move || {
        view.with(|v| v.name_query.clone())
    });
    bind(root, STATES_MIN.selector, Write::Value, move || {
        field_text(Bound::Min)
    });
    bind(root, STATES_MAX.selector, Write::Value, move || {
        field_text(Bound::Max)
    });
    bind_flag(
        root,
        STATES_MIN.selector,
        Flag::Attr("aria-invalid"),
        move || invalid(Bound::Min),
    );
    bind_flag(
        root,
        STATES_MAX.selector,
        Flag::Attr("aria-invalid"),
        move || invalid(Bound::Max),
    );
    bind_flag(
        root,
        STATES_CLEAR_FILTERS.selector,
        Flag::Property("disabled"),
        move || !view.with(has_filters) && range_error.with(Option::is_none),
    );

    let on_change = move |ev: leptos::ev::Event| {
        let Some((id, value)) = target_id_and_value(&ev) else {
            return;
        };
        if id == STATES_MEASURE.name {
            set_measure(value);
        } else if id == STATES_SORT.name {
            set_sort(value);
        } else if id == STATES_DIR.name {
            set_dir(value);
        } else if id == STATES_DIVISION.name {
            set_division(value);
        } else if id == STATES_MIN.name {
            set_bound(Bound::Min, value);
        } else if id == STATES_MAX.name {
            set_bound(Bound::Max, value);
        }
    };
    let on_input = move |ev: leptos::ev::Event| {
        if let Some((id, value)) = target_id_and_value(&ev) {
            if id == STATES_Q.name {
                set_name(value);
            }
        }
    };
    let on_click = move |ev: leptos::ev::MouseEvent| {
        if let Some(slug) = target_attribute(&ev, "data-filter-region") {
            let region = Region::ALL.into_iter().find(|r| r.slug() == slug);
            view.update(|v| v.area = region.map(AreaFilter::Region));
        } else if target_attribute(&ev, "id").as_deref() == Some(STATES_CLEAR_FILTERS.name) {
            clear();
        }
    };
    view! {
        <div class="state-filters" role="search" aria-label="Filter and sort states" node_ref=root
            inner_html=skeleton(Skeleton::StateFilters) on:change=boxed(on_change) on:input=boxed(on_input) on:click=boxed(on_click)></div>
    }
}
