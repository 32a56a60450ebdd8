//! National view: the percentile distribution, job outlook, states overlaid on the same
//! axis, and the salary locator.

use super::chart::ChartFigure;
use super::context::{use_app, AppContext};
use super::html::{
    bind, bind_flag, bind_html, target_attribute, target_checked, target_id_and_value, Flag, Write,
};
use super::reactive::{boxed, computed, derived, effect, memo};
use super::skeleton::skeleton;
use super::table::DataTable;
use crate::charts::percentile::{self, StateLabels};
use crate::markup::national::{
    chips, headline, locator_lines, locator_list, picker_options, salary_label, salary_placeholder,
    SALARY_CLEAR, SALARY_INPUT, SALARY_LABEL, SALARY_MESSAGE, SALARY_RESULTS, SALARY_SHARE,
    STATE_PICKER,
};
use crate::markup::skeleton::Skeleton;
use crate::markup::views;
use crate::model::geo::state_by_code;
use crate::model::locator::locate;
use crate::model::salary_input::{parse_salary, salary_for_link};
use crate::model::summary::national_summary;
use crate::model::view_state::ChartId;
use leptos::html::Div;
use leptos::prelude::*;

/// The national overview.
#[component]
pub fn NationalView() -> impl IntoView {
    let ctx = use_app();
    let data = ctx.data;
    let basis = computed(move || ctx.view.with(|v| v.pay));
    let selected = computed(move || ctx.view.with(|v| v.selected.clone()));
    let inputs = computed(move || {
        let (salary, width) = (ctx.salary.get(), ctx.chart_width.get());
        ctx.view
            .with(|v| percentile::inputs_for(data, v, salary, StateLabels::Names, width))
    });
    let scene = memo(move || {
        inputs.with(|i| percentile::scene(i, &ctx.theme.get(), ctx.chart_width.get()))
    });
    let label = derived(move || {
        let salary = ctx.salary.get();
        ctx.view
            .with(|v| percentile::text_alternative(data, v, salary))
    });
    let summary = derived(move || {
        let salary = ctx.salary.get();
        ctx.view.with(|v| national_summary(data, v, salary))
    });
    let table = derived(move || percentile::table(data, basis.get(), &selected.get()));

    // The heading, headline figures and the state picker.
    let top = NodeRef::<Div>::new();
    bind_html(top, ".headline", move || headline(data, basis.get()));
    bind_html(top, STATE_PICKER.selector, move || picker_options(data));
    bind_html(top, ".chips", move || selected.with(|s| chips(s)));
    let message = RwSignal::new(String::new());
    bind(top, ".picker .field-message", Write::Text, move || {
        message.get()
    });
    let on_pick = move |ev: leptos::ev::Event| {
        let Some((_, code)) = target_id_and_value(&ev) else {
            return;
        };
        // The menu goes back to its prompt: it adds states, it does not show a choice.
        if let Some(menu) = top
            .get_untracked()
            .and_then(|t| t.query_selector(STATE_PICKER.selector).ok().flatten())
        {
            let _ = js_sys::Reflect::set(&menu, &"value".into(), &"".into());
        }
        let Some(info) = state_by_code(&code) else {
            return;
        };
        if ctx.view.with_untracked(|v| v.selected.contains(&info.code)) {
            return;
        }
        let mut refused = None;
        ctx.view
            .update(|v| refused = v.toggle_selected(info.code).err());
        message.set(refused.unwrap_or_default());
    };
    let on_remove = move |ev: leptos::ev::MouseEvent| {
        let Some(info) = target_attribute(&ev, "data-remove").and_then(|c| state_by_code(&c))
        else {
            return;
        };
        ctx.view.update(|v| v.selected.retain(|c| *c != info.code));
        message.set(String::new());
    };
    view! {
        <section data-view="national" aria-labelledby="national-title">
            <div node_ref=top inner_html=skeleton(Skeleton::NationalTop) on:change=boxed(on_pick) on:click=boxed(on_remove)></div>
            <ChartFigure
                chart=ChartId::NationalPercentiles
                scene=scene
                label=label
                summary=summary
                caption=views::NATIONAL_CHART_CAPTION
            />
            <SalaryLocator/>
            <DataTable caption=views::NATIONAL_TABLE_CAPTION data=table/>
            <section class="outlook" aria-labelledby="outlook-title" inner_html=skeleton(Skeleton::Outlook)></section>
        </section>
    }
}

/// Type a salary, see where it falls.
#[component]
fn SalaryLocator() -> impl IntoView {
    let ctx = use_app();
    let data = ctx.data;
    let basis = computed(move || ctx.view.with(|v| v.pay));
    // Empty is only an error once the user has typed and cleared the field by hand.
    let touched = RwSignal::new(false);
    let error = computed(move || {
        let text = ctx.salary_text.get();
        if text.trim().is_empty() && !touched.get() {
            return None;
        }
        parse_salary(&text, basis.get())
            .err()
            .map(|e| e.to_string())
    });
    let report = computed(move || {
        let salary = ctx.salary.get()?;
        ctx.view.with(|v| locate(data, salary, &v.selected))
    });
    let root = NodeRef::<Div>::new();
    bind(root, SALARY_LABEL.selector, Write::Text, move || {
        salary_label(basis.get()).to_string()
    });
    bind(
        root,
        SALARY_INPUT.selector,
        Write::Attr("placeholder"),
        move || salary_placeholder(basis.get()).to_string(),
    );
    bind(root, SALARY_INPUT.selector, Write::Value, move || {
        ctx.salary_text.get()
    });
    bind_flag(
        root,
        SALARY_INPUT.selector,
        Flag::Attr("aria-invalid"),
        move || error.with(Option::is_some),
    );
    bind(root, SALARY_MESSAGE.selector, Write::Text, move || {
        error.get().unwrap_or_default()
    });
    bind(
        root,
        SALARY_MESSAGE.selector,
        Write::Attr("class"),
        move || {
            if error.with(Option::is_some) {
                "field-message error"
            } else {
                "field-message"
            }
            .to_string()
        },
    );
    let lines = computed(move || {
        let salary = ctx.salary.get().unwrap_or_default();
        report.with(|r| {
            r.as_ref()
                .map(|r| locator_lines(r, salary, basis.get()))
                .unwrap_or_default()
        })
    });
    let shown = StoredValue::new(Vec::<(String, String)>::new());
    effect(move || {
        lines.with(|lines| {
            let slot = root
                .get()
                .and_then(|r| r.query_selector(SALARY_RESULTS.selector).ok().flatten());
            if let Some(slot) = slot {
                shown.update_value(|shown| show_lines(&slot, shown, lines));
            }
        });
    });
    bind_flag(
        root,
        SALARY_SHARE.selector,
        Flag::Property("checked"),
        move || ctx.view.with(|v| v.shared_salary.is_some()),
    );
    bind_flag(
        root,
        SALARY_SHARE.selector,
        Flag::Property("disabled"),
        move || ctx.salary.with(Option::is_none),
    );
    let on_input = move |ev: leptos::ev::Event| {
        let Some((id, text)) = target_id_and_value(&ev) else {
            return;
        };
        if id != SALARY_INPUT.name {
            return;
        }
        touched.set(true);
        // Typing never clears the last good answer until the new text is valid or empty.
        match parse_salary(&text, basis.with_untracked(|b| *b)) {
            Ok(annual) => ctx.salary.set(Some(annual)),
            Err(_) if text.trim().is_empty() => ctx.salary.set(None),
            Err(_) => {}
        }
        ctx.salary_text.set(text);
        if ctx.view.with_untracked(|v| v.shared_salary.is_some()) {
            share(&ctx, true);
        }
    };
    let on_change = move |ev: leptos::ev::Event| {
        if target_attribute(&ev, "id").as_deref() == Some(SALARY_SHARE.name) {
            share(&ctx, target_checked(&ev));
        }
    };
    let on_click = move |ev: leptos::ev::MouseEvent| {
        if target_attribute(&ev, "id").as_deref() == Some(SALARY_CLEAR.name) {
            touched.set(false);
            ctx.salary_text.set(String::new());
            ctx.salary.set(None);
            share(&ctx, false);
        }
    };
    view! {
        <div class="locator" node_ref=root inner_html=skeleton(Skeleton::Locator) on:input=boxed(on_input) on:change=boxed(on_change) on:click=boxed(on_click)></div>
    }
}

/// Puts the current salary into the link (or takes it out).
fn share(ctx: &AppContext, on: bool) {
    let value = if on {
        ctx.salary.get_untracked().and_then(salary_for_link)
    } else {
        None
    };
    if ctx.view.with_untracked(|v| v.shared_salary) != value {
        ctx.view.update(|v| v.shared_salary = value);
    }
}

/// Shows the locator's `lines` in `slot`, which shows `shown`: a keystroke that keeps the
/// number of lines rewrites only the text that changed, in the lines already there (no new
/// elements to style and lay out); otherwise the list is written anew.
fn show_lines(
    slot: &web_sys::Element,
    shown: &mut Vec<(String, String)>,
    lines: &[(String, String)],
) {
    if shown.as_slice() == lines {
        return;
    }
    let items = slot.query_selector_all("li").ok();
    let in_place = !lines.is_empty()
        && lines.len() == shown.len()
        && items
            .as_ref()
            .is_some_and(|items| items.length() as usize == lines.len());
    let mut written = in_place;
    if let Some(items) = items.filter(|_| in_place) {
        for (index, ((lead, rest), (old_lead, old_rest))) in
            lines.iter().zip(shown.iter()).enumerate()
        {
            let lead_node = items.get(index as u32).and_then(|li| li.first_child());
            let rest_node = lead_node.as_ref().and_then(|l| l.next_sibling());
            let (Some(lead_node), Some(rest_node)) = (lead_node, rest_node) else {
                written = false;
                break;
            };
            if lead != old_lead {
                lead_node.set_text_content(Some(lead));
            }
            if rest != old_rest {
                rest_node.set_text_content(Some(rest));
            }
        }
    }
    if !written {
        slot.set_inner_html(&if lines.is_empty() {
            String::new()
        } else {
            locator_list(lines).into_string()
        });
    }
    *shown = lines.to_vec();
}
