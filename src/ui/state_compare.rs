//! The comparison panel: the selected states side by side with the national distribution,
//! each with its three figures and its median's difference from the national median.

use super::chart::ChartFigure;
use super::context::use_app;
use super::html::{bind, bind_flag, bind_html, target_attribute, target_id_and_value, Flag, Write};
use super::reactive::{boxed, derived, memo};
use crate::charts::percentile::{self, StateLabels};
use crate::charts::Scene;
use crate::markup::compare::{cards, COMPARE_CLEAR, COMPARE_PICKER, COMPARE_STATUS, SKELETON};
use crate::markup::options;
use crate::model::geo::state_by_code;
use crate::model::view_state::MAX_SELECTED;
use leptos::html::Div;
use leptos::prelude::*;

/// The selected states; `on_toggle` adds or removes one, `message` says why one wasn't added.
#[component]
pub fn ComparePanel(
    on_toggle: Callback<&'static str>,
    message: RwSignal<Option<String>>,
) -> impl IntoView {
    let ctx = use_app();
    let data = ctx.data;
    let selected = memo(move || ctx.view.with(|v| v.selected.clone()));
    let basis = memo(move || ctx.view.with(|v| v.pay));

    let chart_inputs = memo(move || {
        let (salary, width) = (ctx.salary.get(), ctx.chart_width.get());
        ctx.view
            .with(|v| percentile::inputs_for(data, v, salary, StateLabels::NamesThatFit, width))
    });
    // Nothing is drawn (and the figure is hidden) until a state is selected.
    let scene = memo(move || {
        if selected.with(Vec::is_empty) {
            return Scene::default();
        }
        chart_inputs.with(|i| percentile::scene(i, &ctx.theme.get(), ctx.chart_width.get()))
    });
    let chart_label = derived(move || ctx.view.with(|v| percentile::comparison_text(data, v)));

    let root = NodeRef::<Div>::new();
    bind_html(root, COMPARE_PICKER.selector, move || {
        let chosen = selected.get();
        let items: Vec<(&str, &str)> = std::iter::once(("", "Add a state…"))
            .chain(
                data.states
                    .iter()
                    .filter(|s| !chosen.contains(&s.state.code))
                    .map(|s| (s.state.code, s.state.name)),
            )
            .collect();
        options(&items, "")
    });
    bind_flag(
        root,
        COMPARE_CLEAR.selector,
        Flag::Property("disabled"),
        move || selected.with(Vec::is_empty),
    );
    bind(root, COMPARE_STATUS.selector, Write::Text, move || {
        message.get().unwrap_or_else(|| {
                let count = selected.with(Vec::len);
                if count == 0 {
                    format!("Select up to {MAX_SELECTED} states on the map, the range chart or the table, or add one here.")
                } else {
                    format!("{count} of up to {MAX_SELECTED} states selected.")
                }
            })
    });
    bind_html(root, ".compare-cards", move || {
        selected.with(|chosen| cards(data, chosen, basis.get()))
    });
    let on_change = move |ev: leptos::ev::Event| {
        if let Some(info) = target_id_and_value(&ev).and_then(|(_, code)| data.state(&code)) {
            on_toggle.run(info.state.code);
        }
    };
    let on_click = move |ev: leptos::ev::MouseEvent| {
        if let Some(code) = target_attribute(&ev, "data-remove") {
            if let Some(info) = state_by_code(&code) {
                on_toggle.run(info.code);
            }
        } else if target_attribute(&ev, "id").as_deref() == Some(COMPARE_CLEAR.name) {
            ctx.view.update(|v| v.selected.clear());
            message.set(None);
        }
    };
    view! {
        <section class="compare-panel" aria-labelledby="compare-title">
            <div node_ref=root inner_html=SKELETON on:change=boxed(on_change) on:click=boxed(on_click)></div>
            <ChartFigure
                id="state-compare"
                scene=scene
                label=chart_label
                caption="The national distribution (box: middle half; whiskers: bottom and top 10%) with each selected state's bottom 10% to top 10% line and median dot on the same axis."
                hidden=derived(move || selected.with(Vec::is_empty))
            />
        </section>
    }
}
