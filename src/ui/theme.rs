//! Light and dark themes: the system setting by default, or the user's choice, remembered.

use super::html::for_each_match;
use super::reactive::effect;
use crate::charts::Theme;
use crate::model::choice::Choice;
use crate::model::view_state::ThemeChoice;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::markup::shell::{SCHEME_COLOUR_ATTR, THEME_STORAGE_KEY as STORAGE_KEY};
const DARK_QUERY: &str = "(prefers-color-scheme: dark)";

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
        .and_then(|v| ThemeChoice::parse(&v))
        .unwrap_or_default()
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

/// The page's `theme-color` tags (index.html gives one per colour scheme) with whether each
/// is the dark scheme's and the colour it gives.
fn theme_colour_tags() -> Vec<(web_sys::Element, bool, String)> {
    let mut tags = Vec::new();
    if let Some(root) = document().document_element() {
        for_each_match(&root, "meta[name=theme-color]", |tag| {
            let dark = tag
                .get_attribute("media")
                .is_some_and(|m| m.contains("dark"));
            // The head script may have given it a saved theme's colour already.
            let colour = tag
                .get_attribute(SCHEME_COLOUR_ATTR)
                .or_else(|| tag.get_attribute("content"))
                .unwrap_or_default();
            tags.push((tag.clone().into(), dark, colour));
        });
    }
    tags
}

/// Gives the browser's own bars the colour of the theme in force: each scheme's own colour
/// while the choice is System, the chosen theme's colour under every scheme otherwise.
fn show_theme_colour(tags: &[(web_sys::Element, bool, String)], choice: ThemeChoice) {
    let chosen = |dark: bool| tags.iter().find(|(_, d, _)| *d == dark).map(|(_, _, c)| c);
    for (tag, _, own) in tags {
        let colour = match choice {
            ThemeChoice::System => Some(own),
            ThemeChoice::Dark => chosen(true),
            ThemeChoice::Light => chosen(false),
        };
        if let Some(colour) = colour {
            let _ = tag.set_attribute("content", colour);
        }
    }
}

/// Keeps `theme` (chart colours), the page's `data-theme` attribute and the browser's theme
/// colour in step with the user's choice and, while it is System, with the system setting;
/// with `remember`, a choice made on the page is saved for the next visit. The choice the
/// page starts with is not saved: it is the saved one, or the one a link asked for, which
/// is the link's, not the reader's (and an embedded chart's colours are its site's).
pub fn follow_theme(choice: RwSignal<ThemeChoice>, theme: RwSignal<Theme>, remember: bool) {
    let colour_tags = theme_colour_tags();
    let started_with = choice.get_untracked();
    let changed = StoredValue::new(false);
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
        show_theme_colour(&colour_tags, chosen);
        if chosen != started_with {
            changed.set_value(true);
        }
        if let Some(storage) = storage().filter(|_| remember && changed.get_value()) {
            let _ = storage.set_item(STORAGE_KEY, chosen.slug());
        }
    });
}
