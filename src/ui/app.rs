//! The page shell: header, navigation, notices, the current view, footer; it creates the
//! one view state that the URL and every control write and provides it as `AppContext`.

use super::browser::{
    chart_screen_signals, copy_to_clipboard, location_query, page_link, set_title, write_query,
};
use super::context::AppContext;
use super::html::{
    bind, bind_flag, bind_html, plain_click, target_attribute, target_id_and_value, target_is,
    Flag, Write,
};
use super::reactive::{boxed, computed, effect};
use super::schedule::after_next_frame;
use super::skeleton::skeleton;
use super::theme::{follow_theme, saved_choice};
use crate::charts::Theme;
use crate::markup::shell::{
    copy_by_hand, embed_head, embed_source_line, embed_title, nav, notices as notices_html,
    page_title, pay_note, COPIED, COPY_LINK, PRINT_LINK, SKIP_LINK, THEME_CHOICE,
};
use crate::markup::skeleton::Skeleton;
use crate::markup::Action;
use crate::model::choice::Choice;
use crate::model::dataset::Dataset;
use crate::model::embed::full_page_query;
use crate::model::money::PayBasis;
use crate::model::salary_input::salary_field_text;
use crate::model::view_state::{Tab, ThemeChoice, ViewState};
use leptos::ev::MouseEvent;
use leptos::html::{Div, Footer, Header};
use leptos::prelude::*;

/// The whole page.
#[component]
pub fn App(data: Dataset) -> impl IntoView {
    let data: &'static Dataset = Box::leak(Box::new(data));
    let (mut initial, initial_notices) = ViewState::from_query(&location_query());
    // A link's colours are taken once: an embedded chart keeps them (without saving them as
    // the reader's choice); the whole page makes them its theme menu's choice, saved only
    // once the reader picks from that menu.
    let embedded = initial.embed;
    let linked_theme = initial.theme;
    match embedded {
        // The chart is shown from its own view, whatever view the link names.
        Some(chart) => initial.tab = chart.tab(),
        None => initial.theme = ThemeChoice::System,
    }
    let view = RwSignal::new(initial);
    let notices = RwSignal::new(initial_notices);
    let theme = RwSignal::new(Theme::LIGHT);
    let theme_choice = RwSignal::new(match (linked_theme, embedded) {
        (ThemeChoice::System, None) => saved_choice(),
        (chosen, _) => chosen,
    });
    follow_theme(theme_choice, theme, embedded.is_none());
    let shared = view.get_untracked().shared_salary.map(f64::from);
    let salary = RwSignal::new(shared);
    let salary_text = RwSignal::new(
        shared
            .map(|s| salary_field_text(s, view.get_untracked().pay))
            .unwrap_or_default(),
    );
    let (chart_width, pixel_ratio) = chart_screen_signals();
    let ctx = AppContext {
        data,
        view,
        chart_width,
        pixel_ratio,
        theme,
        salary,
        salary_text,
    };
    provide_context(ctx);

    // The URL follows the view state: a new history entry per view change, at once; in
    // place otherwise, just after the next frame is painted, so no click waits for the
    // address bar (writing it is one of the dearest things a click does).
    let written_tab = StoredValue::new(view.get_untracked().tab);
    // Each change bumps the generation; a deferred write that is no longer the latest is dropped.
    let generation = StoredValue::new(0_u64);
    // The printed page's link line follows the address, written with it.
    let footer = NodeRef::<Footer>::new();
    let write_current = move |push: bool| {
        let query = view.with_untracked(ViewState::to_query);
        if query != location_query() {
            write_query(&query, push);
        }
        let line = footer
            .get_untracked()
            .and_then(|f| f.query_selector(PRINT_LINK.selector).ok().flatten());
        if let Some(line) = line {
            let href = page_link(&query);
            if line.text_content().as_deref() != Some(href.as_str()) {
                line.set_text_content(Some(&href));
            }
        }
    };
    set_title(&page_title(view.get_untracked().tab));
    effect(move || {
        let tab = view.with(|v| v.tab);
        generation.update_value(|g| *g += 1);
        if tab != written_tab.get_value() {
            written_tab.set_value(tab);
            set_title(&page_title(tab));
            write_current(true);
            return;
        }
        let mine = generation.get_value();
        after_next_frame(move || {
            if generation.get_value() == mine {
                write_current(false);
            }
        });
    });
    // Leaving the page (or reloading it) right after a change still finds it in the address.
    let pagehide = window_event_listener(leptos::ev::pagehide, move |_| write_current(false));
    let popstate = window_event_listener(leptos::ev::popstate, move |_| {
        // A write still waiting would overwrite the entry the user went back to.
        generation.update_value(|g| *g += 1);
        let (state, read_notices) = ViewState::from_query(&location_query());
        written_tab.set_value(state.tab);
        set_title(&page_title(state.tab));
        view.set(state);
        notices.set(read_notices);
    });
    on_cleanup(move || {
        popstate.remove();
        pagehide.remove();
    });

    let tab = computed(move || view.with(|v| v.tab));

    // Header: the theme menu and the navigation.
    let header = NodeRef::<Header>::new();
    bind(header, THEME_CHOICE.selector, Write::Value, move || {
        theme_choice.get().slug().to_string()
    });
    bind_html(header, "nav ul", move || nav(tab.get()));
    let on_theme = move |ev: leptos::ev::Event| {
        if let Some((_, value)) = target_id_and_value(&ev) {
            theme_choice.set(ThemeChoice::parse(&value).unwrap_or_default());
        }
    };
    // A plain click on a view link switches views in place; a modified click opens a tab.
    let on_view_link = move |ev: MouseEvent| {
        let Some(tab) = target_attribute(&ev, "data-tab").and_then(|t| Tab::parse(&t)) else {
            return;
        };
        if plain_click(&ev) {
            ev.prevent_default();
            view.update(|v| v.tab = tab);
        }
    };

    // Notices about the link.
    let notice_area = NodeRef::<Div>::new();
    bind_html(notice_area, "", move || notices.with(|n| notices_html(n)));
    let on_dismiss = move |ev: MouseEvent| {
        if target_is(&ev, Action::Dismiss) {
            notices.set(Vec::new());
        }
    };

    // Page options: annual or hourly, copy link.
    let toolbar = NodeRef::<Div>::new();
    let copy_status = RwSignal::new(String::new());
    bind_flag(
        toolbar,
        "input[value=annual]",
        Flag::Property("checked"),
        move || view.with(|v| v.pay == PayBasis::Annual),
    );
    bind_flag(
        toolbar,
        "input[value=hourly]",
        Flag::Property("checked"),
        move || view.with(|v| v.pay == PayBasis::Hourly),
    );
    bind(toolbar, ".copy-status", Write::Text, move || {
        copy_status.get()
    });
    bind(toolbar, ".toolbar-note", Write::Text, move || {
        pay_note(view.with(|v| v.pay)).to_string()
    });
    let on_pay = move |ev: leptos::ev::Event| {
        let Some(basis) = target_id_and_value(&ev).and_then(|(_, v)| PayBasis::parse(&v)) else {
            return;
        };
        if view.with_untracked(|v| v.pay) == basis {
            return;
        }
        view.update(|v| v.pay = basis);
        // Keep the typed salary meaning the same amount in the new unit.
        if let Some(annual) = salary.get_untracked() {
            salary_text.set(salary_field_text(annual, basis));
        }
    };
    let on_copy = move |ev: MouseEvent| {
        if target_attribute(&ev, "id").as_deref() != Some(COPY_LINK.name) {
            return;
        }
        // From the view itself: the address bar may not show the latest change yet.
        let href = page_link(&view.with_untracked(ViewState::to_query));
        copy_status.set(if copy_to_clipboard(&href) {
            COPIED.into()
        } else {
            copy_by_hand(&href)
        });
    };

    // An embedded chart (`?embed=`): the stylesheet shows only its figure (`data-embedded`),
    // with its title above the view and its source and the link to the whole page below.
    let embed_source = NodeRef::<Div>::new();
    let (embed_head_html, embed_source_html) = match embedded {
        Some(chart) => {
            set_title(&embed_title(chart));
            if let Some(root) = document().document_element() {
                let _ = root.set_attribute("data-embed", chart.slug());
            }
            bind(embed_source, "a", Write::Attr("href"), move || {
                let query = view.with(full_page_query);
                if query.is_empty() {
                    "./".into()
                } else {
                    query
                }
            });
            (
                embed_head(chart).into_string(),
                embed_source_line(data).into_string(),
            )
        }
        None => {
            // The head script marks any link with `embed=`; one naming no chart of the page
            // shows the whole page.
            if let Some(root) = document().document_element() {
                let _ = root.remove_attribute("data-embed");
            }
            (String::new(), String::new())
        }
    };

    view! {
        <a class="skip-link" href="#main">{SKIP_LINK}</a>
        <header class="site-header" node_ref=header inner_html=skeleton(Skeleton::Header) on:change=boxed(on_theme) on:click=boxed(on_view_link)></header>
        <div id="notices" role="status" aria-live="polite" node_ref=notice_area on:click=boxed(on_dismiss)></div>
        <div class="toolbar" role="region" aria-label="Page options" node_ref=toolbar inner_html=skeleton(Skeleton::Toolbar) on:change=boxed(on_pay) on:click=boxed(on_copy)></div>
        <main id="main" tabindex="-1">
            <div class="embed-head" inner_html=embed_head_html></div>
            {move || match tab.get() {
                Tab::National => view! { <super::national::NationalView/> }.into_any(),
                Tab::States => view! { <super::states::StatesView/> }.into_any(),
                Tab::Metros => view! { <super::metros::MetrosView/> }.into_any(),
                Tab::About => view! { <super::about::AboutView/> }.into_any(),
            }}
            <div class="embed-source" node_ref=embed_source inner_html=embed_source_html></div>
        </main>
        <footer class="site-footer" node_ref=footer inner_html=skeleton(Skeleton::Footer) on:click=boxed(on_view_link)></footer>
    }
}
