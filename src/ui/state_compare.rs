//! The comparison panel: the selected states side by side with the national distribution,
//! each with its three figures and its median's difference from the national median.

use super::chart::ChartFigure;
use super::context::{use_app, StatePicking};
use super::html::{bind, bind_flag, bind_html, target_attribute, target_id_and_value, Flag, Write};
use super::reactive::{boxed, computed, derived, memo};
use super::skeleton::skeleton;
use crate::charts::percentile::{self, StateLabels};
use crate::charts::Scene;
use crate::markup::compare::{
    cards, picker_options, status, COMPARE_CLEAR, COMPARE_PICKER, COMPARE_STATUS,
};
use crate::markup::skeleton::Skeleton;
use crate::model::geo::state_by_code;
use crate::model::summary::comparison_summary;
use crate::model::view_state::ChartId;
use leptos::html::Div;
use leptos::prelude::*;

/// The selected states; `picking` adds or removes one, and its message says why one wasn't
/// added.
#[component]
pub fn ComparePanel(picking: StatePicking) -> impl IntoView {
    let ctx = use_app();
    let data = ctx.data;
    let selected = computed(move || ctx.view.with(|v| v.selected.clone()));
    let basis = computed(move || ctx.view.with(|v| v.pay));

    let chart_inputs = computed(move || {
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
    let summary = derived(move || {
        let salary = ctx.salary.get();
        ctx.view.with(|v| comparison_summary(data, v, salary))
    });

    let root = NodeRef::<Div>::new();
    bind_html(root, COMPARE_PICKER.selector, move || {
        selected.with(|chosen| picker_options(data, chosen))
    });
    bind_flag(
        root,
        COMPARE_CLEAR.selector,
        Flag::Property("disabled"),
        move || selected.with(Vec::is_empty),
    );
    bind(root, COMPARE_STATUS.selector, Write::Text, move || {
        picking
            .message
            .get()
            .unwrap_or_else(|| status(selected.with(Vec::len)))
    });
    bind_html(root, ".compare-cards", move || {
        selected.with(|chosen| cards(data, chosen, basis.get()))
    });
    let on_change = move |ev: leptos::ev::Event| {
        if let Some(info) = target_id_and_value(&ev).and_then(|(_, code)| data.state(&code)) {
            picking.toggle(info.state.code);
        }
    };
    let on_click = move |ev: leptos::ev::MouseEvent| {
        if let Some(code) = target_attribute(&ev, "data-remove") {
            if let Some(info) = state_by_code(&code) {
                picking.toggle(info.code);
            }
        } else if target_attribute(&ev, "id").as_deref() == Some(COMPARE_CLEAR.name) {
            ctx.view.update(|v| v.selected.clear());
            picking.message.set(None);
        }
    };
    view! {
        <section class="compare-panel" aria-labelledby="compare-title">
            <div node_ref=root inner_html=skeleton(Skeleton::Compare) on:change=boxed(on_change) on:click=boxed(on_click)></div>
            <ChartFigure
                chart=ChartId::StateCompare
                scene=scene
                label=chart_label
                summary=summary
                caption=crate::markup::views::COMPARE_CHART_CAPTION
                hidden=derived(move || selected.with(Vec::is_empty))
            />
        </section>
    }
}
