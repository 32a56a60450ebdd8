//! Light and dark themes: the system setting by default, or the user's choice, remembered.

use super::reactive::effect;
use crate::charts::Theme;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::markup::shell::THEME_STORAGE_KEY as STORAGE_KEY;
const DARK_QUERY: &str = "(prefers-color-scheme: dark)";

/// What the user asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ThemeChoice {
    System,
    Light,
    Dark,
}

impl ThemeChoice {
    /// The value stored and shown in the menu.
    pub fn slug(self) -> &'static str {
        match self {
            ThemeChoice::System => "system",
            ThemeChoice::Light => "light",
            ThemeChoice::Dark => "dark",
        }
    }

    /// The choice a menu value stands for; anything unknown is System.
    pub fn from_slug(slug: &str) -> ThemeChoice {
        match slug {
            "light" => ThemeChoice::Light,
            "dark" => ThemeChoice::Dark,
            _ => ThemeChoice::System,
        }
    }
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

fn system_query() -> Option<web_sys::MediaQueryList> {
    web_sys::window().and_then(|w| w.match_media(DARK_QUERY).ok().flatten())
}

/// The saved choice, or System.
pub fn saved_choice() -> ThemeChoice {
    storage()
        .and_then(|s| s.get_item(STORAGE_KEY).ok().flatten())
        .map(|v| ThemeChoice::from_slug(&v))
        .unwrap_or(ThemeChoice::System)
}

/// The chart colours for a choice, given whether the system is dark.
fn resolve(choice: ThemeChoice, system_dark: bool) -> Theme {
    match choice {
        ThemeChoice::Dark => Theme::DARK,
        ThemeChoice::Light => Theme::LIGHT,
        ThemeChoice::System if system_dark => Theme::DARK,
        ThemeChoice::System => Theme::LIGHT,
    }
}

/// Keeps `theme` (chart colours) and the page's `data-theme` attribute in step with the
/// user's choice and, while it is System, with the system setting.
pub fn follow_theme(choice: RwSignal<ThemeChoice>, theme: RwSignal<Theme>) {
    let system_dark = RwSignal::new(system_query().is_some_and(|q| q.matches()));
    if let Some(query) = system_query() {
        let on_change = Closure::<dyn Fn(web_sys::MediaQueryListEvent)>::new(
            move |ev: web_sys::MediaQueryListEvent| {
                system_dark.set(ev.matches());
            },
        );
        let _ =
            query.add_event_listener_with_callback("change", on_change.as_ref().unchecked_ref());
        // The listener lives as long as the page.
        on_change.forget();
    }
    effect(move || {
        let chosen = choice.get();
        theme.set(resolve(chosen, system_dark.get()));
        let root = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element());
        if let Some(root) = root {
            let _ = match chosen {
                ThemeChoice::System => root.remove_attribute("data-theme"),
                other => root.set_attribute("data-theme", other.slug()),
            };
        }
        if let Some(storage) = storage() {
            let _ = storage.set_item(STORAGE_KEY, chosen.slug());
        }
    });
}
