//! The page shell: header, navigation, notices, the current view, footer; and the one
//! view state that the URL and every control write.

use super::browser::{chart_width_signal, location_query, set_title, write_query};
use super::theme::{follow_theme, saved_choice, ThemePicker};
use crate::charts::Theme;
use crate::model::dataset::Dataset;
use crate::model::money::PayBasis;
use crate::model::salary_input::salary_field_text;
use crate::model::view_state::{Tab, ViewState};
use leptos::ev::MouseEvent;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// What every view needs: the data, the view state, and the width to draw charts at.
#[derive(Clone, Copy)]
pub struct AppContext {
    pub data: &'static Dataset,
    pub view: RwSignal<ViewState>,
    pub notices: RwSignal<Vec<String>>,
    pub chart_width: ReadSignal<u32>,
    /// The colours charts are drawn in.
    pub theme: RwSignal<Theme>,
    /// The salary typed into the locator, in annual dollars, when it is valid.
    pub salary: RwSignal<Option<f64>>,
    /// The locator's field text, kept while the user moves between views.
    pub salary_text: RwSignal<String>,
}

/// The context provided by [`App`]; every view is rendered inside it.
pub fn use_app() -> AppContext {
    expect_context::<AppContext>()
}

/// The whole page.
#[component]
pub fn App(data: Dataset) -> impl IntoView {
    let data: &'static Dataset = Box::leak(Box::new(data));
    let (initial, initial_notices) = ViewState::from_query(&location_query());
    let view = RwSignal::new(initial);
    let notices = RwSignal::new(initial_notices);
    let theme = RwSignal::new(Theme::LIGHT);
    let theme_choice = RwSignal::new(saved_choice());
    follow_theme(theme_choice, theme);
    let shared = view.get_untracked().shared_salary.map(f64::from);
    let salary = RwSignal::new(shared);
    let salary_text = RwSignal::new(
        shared
            .map(|s| salary_field_text(s, view.get_untracked().pay))
            .unwrap_or_default(),
    );
    let ctx = AppContext {
        data,
        view,
        notices,
        chart_width: chart_width_signal(),
        theme,
        salary,
        salary_text,
    };
    provide_context(ctx);

    // The URL follows the view state: a new history entry per view change, in place otherwise.
    let written_tab = StoredValue::new(view.get_untracked().tab);
    Effect::new(move |_| {
        let state = view.get();
        let query = state.to_query();
        if query != location_query() {
            write_query(&query, state.tab != written_tab.get_value());
        }
        written_tab.set_value(state.tab);
        set_title(&format!("{} · Salary Explorer", state.tab.label()));
    });
    let popstate = window_event_listener(leptos::ev::popstate, move |_| {
        let (state, read_notices) = ViewState::from_query(&location_query());
        written_tab.set_value(state.tab);
        view.set(state);
        notices.set(read_notices);
    });
    on_cleanup(move || popstate.remove());

    let tab = Memo::new(move |_| view.with(|v| v.tab));
    view! {
        <a class="skip-link" href="#main">"Skip to content"</a>
        <header class="site-header">
            <div class="brand">
                <h1 class="product">"Salary Explorer"</h1>
                <p class="occupation">{data.occupation.clone()}" · US wages "{data.source.wage_year}</p>
                <ThemePicker choice=theme_choice/>
            </div>
            <nav aria-label="Views">
                <ul>
                    {Tab::ALL.into_iter().map(|t| view! { <NavLink tab=t current=tab/> }).collect_view()}
                </ul>
            </nav>
        </header>
        <Notices/>
        <PayToggle/>
        <main id="main" tabindex="-1">
            {move || match tab.get() {
                Tab::National => view! { <super::national::NationalView/> }.into_any(),
                Tab::States => view! { <super::states::StatesView/> }.into_any(),
                Tab::Metros => view! { <super::metros::MetrosView/> }.into_any(),
                Tab::About => view! { <super::about::AboutView/> }.into_any(),
            }}
        </main>
        <footer class="site-footer">
            <p>
                "Source: "{data.source.publisher.clone()}", "{data.source.title.clone()}". "
                <a href="?view=about" class="no-print">"About the data"</a>
            </p>
            <p class="print-only">"Link: "{move || page_link(&view.get().to_query())}</p>
        </footer>
    }
}

/// The full address of the page with `query`.
fn page_link(query: &str) -> String {
    let location = web_sys::window().map(|w| w.location());
    let origin = location
        .as_ref()
        .and_then(|l| l.origin().ok())
        .unwrap_or_default();
    let path = location
        .as_ref()
        .and_then(|l| l.pathname().ok())
        .unwrap_or_default();
    format!("{origin}{path}{query}")
}

/// One navigation link; a plain click switches views in place, a modified click opens a tab.
#[component]
fn NavLink(tab: Tab, current: Memo<Tab>) -> impl IntoView {
    let ctx = use_app();
    let on_click = move |ev: MouseEvent| {
        if ev.button() != 0 || ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key() {
            return;
        }
        ev.prevent_default();
        ctx.view.update(|v| v.tab = tab);
    };
    view! {
        <li>
            <a
                href=format!("?view={}", tab.slug())
                aria-current=move || (current.get() == tab).then_some("page")
                on:click=on_click
            >
                {tab.label()}
            </a>
        </li>
    }
}

/// Annual or hourly, for every figure on the page.
#[component]
fn PayToggle() -> impl IntoView {
    let ctx = use_app();
    let choose = move |basis: PayBasis| {
        if ctx.view.with_untracked(|v| v.pay) == basis {
            return;
        }
        ctx.view.update(|v| v.pay = basis);
        // Keep the typed salary meaning the same amount in the new unit.
        if let Some(annual) = ctx.salary.get_untracked() {
            ctx.salary_text.set(salary_field_text(annual, basis));
        }
    };
    let option = move |basis: PayBasis, label: &'static str| {
        view! {
            <label class="segment">
                <input
                    type="radio"
                    name="pay-basis"
                    value=basis.slug()
                    prop:checked=move || ctx.view.with(|v| v.pay == basis)
                    on:change=move |_| choose(basis)
                />
                <span>{label}</span>
            </label>
        }
    };
    view! {
        <div class="toolbar" role="region" aria-label="Page options">
            <fieldset class="segmented">
                <legend>"Show pay"</legend>
                {option(PayBasis::Annual, "Per year")}
                {option(PayBasis::Hourly, "Per hour")}
            </fieldset>
            <CopyLink/>
            <p class="toolbar-note">
                {move || match ctx.view.with(|v| v.pay) {
                    PayBasis::Annual => "Annual wages as published.",
                    PayBasis::Hourly => "Hourly = annual ÷ 2,080 hours (40 h × 52 weeks).",
                }}
            </p>
        </div>
    }
}

/// Copies the link to the current view; says whether it worked.
#[component]
fn CopyLink() -> impl IntoView {
    let status = RwSignal::new(String::new());
    let copy = move |_| {
        let href = web_sys::window()
            .and_then(|w| w.location().href().ok())
            .unwrap_or_default();
        status.set(if copy_to_clipboard(&href) {
            "Link copied.".into()
        } else {
            format!("Copy this link: {href}")
        });
    };
    view! {
        <span class="copy-link no-print">
            <button type="button" class="button" on:click=copy>"Copy link"</button>
            <span class="copy-status" role="status">{move || status.get()}</span>
        </span>
    }
}

/// Asks the browser to put `text` on the clipboard; false when it has no clipboard API.
fn copy_to_clipboard(text: &str) -> bool {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return false;
    };
    let Ok(clipboard) = js_sys::Reflect::get(&navigator, &"clipboard".into()) else {
        return false;
    };
    let Ok(write) = js_sys::Reflect::get(&clipboard, &"writeText".into()) else {
        return false;
    };
    let Ok(write) = write.dyn_into::<js_sys::Function>() else {
        return false;
    };
    write.call1(&clipboard, &text.into()).is_ok()
}

/// Quiet notices about what could not be read from the link.
#[component]
fn Notices() -> impl IntoView {
    let notices = use_app().notices;
    view! {
        <div id="notices" role="status" aria-live="polite">
            <Show when=move || notices.with(|n| !n.is_empty())>
                <div class="notice">
                    <ul>{move || notices.get().into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul>
                    <button type="button" class="link-button" on:click=move |_| notices.set(Vec::new())>
                        "Dismiss"
                    </button>
                </div>
            </Show>
        </div>
    }
}
