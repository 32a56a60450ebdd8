//! One figure component for every chart (the SVG, its text alternative and caption), and
//! one overlay that makes chart items hoverable, focusable and selectable.

use super::app::use_app;
use super::download::{save_svg_as_png, save_text};
use crate::charts::{add_footer_line, svg_size};
use crate::model::export::source_line;
use crate::model::money::fixed;
use leptos::ev::KeyboardEvent;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// A chart figure: `svg` is drawn inside an element with role="img" and `label` as its
/// text alternative; the caption says what the chart shows. `children` (optional) sit on
/// top of the drawing, such as a [`Hotspots`] overlay.
#[component]
pub fn ChartFigure(
    /// Stable id used in tests and file names.
    id: &'static str,
    /// The SVG text to show.
    #[prop(into)]
    svg: Signal<String>,
    /// A sentence stating what the chart shows, with its figures.
    #[prop(into)]
    label: Signal<String>,
    /// The visible caption.
    #[prop(into)]
    caption: String,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let ctx = use_app();
    // The file as downloaded: the drawing with the source line under it.
    let file_svg = move || {
        add_footer_line(
            &svg.get_untracked(),
            &source_line(ctx.data),
            &ctx.theme.get_untracked(),
        )
    };
    let file_name = move |ext: &str| format!("salary-explorer-{id}.{ext}");
    view! {
        <figure class="chart" data-chart=id>
            <div class="chart-stage">
                <div class="chart-svg" role="img" aria-label=move || label.get() inner_html=move || svg.get()></div>
                {children.map(|c| c())}
            </div>
            <figcaption>
                {caption}
                <span class="downloads no-print">
                    " Download chart: "
                    <button type="button" class="link-button" on:click=move |_| save_text(&file_name("svg"), "image/svg+xml", &file_svg())>
                        "SVG"
                    </button>
                    <button
                        type="button"
                        class="link-button"
                        on:click=move |_| {
                            let svg = file_svg();
                            if let Some((width, height)) = svg_size(&svg) {
                                save_svg_as_png(&file_name("png"), &svg, width, height);
                            }
                        }
                    >
                        "PNG"
                    </button>
                </span>
            </figcaption>
        </figure>
    }
}

/// An interactive region of a chart, in percent of the drawing's width and height.
#[derive(Clone, Debug, PartialEq)]
pub struct Hotspot {
    /// Stable key (a postal code, a metro label).
    pub key: String,
    /// What a screen reader announces: the item and its exact figures.
    pub label: String,
    /// The same, shown beside the item on hover and focus.
    pub tooltip: String,
    pub left: f64,
    pub top: f64,
    pub width: f64,
    pub height: f64,
    /// Some(selected) when activating the item toggles a selection.
    pub pressed: Option<bool>,
    /// Drawn faded (filtered out) but still reachable.
    pub dimmed: bool,
}

/// Invisible buttons over chart items: hover or focus shows the exact figures, click or
/// Enter activates, arrow keys move between items (one tab stop for the whole chart).
#[component]
pub fn Hotspots(
    #[prop(into)] spots: Signal<Vec<Hotspot>>,
    /// The item under the pointer or focus, shared with the drawing so it can highlight it.
    active: RwSignal<Option<usize>>,
    /// Called with the item's index on click, Enter or Space.
    on_activate: Callback<usize>,
    /// Names the group for screen readers ("States on the range chart").
    #[prop(into)]
    group_label: String,
) -> impl IntoView {
    let layer = NodeRef::<leptos::html::Div>::new();
    let button_at = move |index: usize| -> Option<web_sys::HtmlElement> {
        let layer = layer.get_untracked()?;
        let button = layer
            .query_selector(&format!("[data-spot-index=\"{index}\"]"))
            .ok()??;
        button.dyn_into::<web_sys::HtmlElement>().ok()
    };
    // Roving tab stop: the active item (else the first) is the chart's one tab stop. Set on
    // the DOM by one effect rather than a reactive attribute per button: the buttons are
    // redrawn as a plain list, which is what keeps their memory from piling up.
    Effect::new(move |_| {
        let count = spots.with(Vec::len);
        let stop = active.get().filter(|i| *i < count).unwrap_or(0);
        for index in 0..count {
            if let Some(button) = button_at(index) {
                let _ = button.set_attribute("tabindex", if index == stop { "0" } else { "-1" });
            }
        }
    });
    let focus_index = move |index: usize| {
        active.set(Some(index));
        if let Some(button) = button_at(index) {
            let _ = button.focus();
        }
    };
    let on_keydown = move |ev: KeyboardEvent| {
        let Some(current) = active.get_untracked() else {
            return;
        };
        let next = spots.with_untracked(|all| next_spot(all, current, &ev.key()));
        if let Some(next) = next {
            ev.prevent_default();
            focus_index(next);
        }
    };
    // One listener each for the whole layer; the button is found from the event target.
    let spot_of = |ev: &web_sys::Event| -> Option<usize> {
        let target = ev.target()?.dyn_into::<web_sys::Element>().ok()?;
        target
            .closest("[data-spot-index]")
            .ok()??
            .get_attribute("data-spot-index")?
            .parse()
            .ok()
    };
    let tooltip = move || {
        let index = active.get()?;
        spots.with(|all| all.get(index).cloned())
    };
    view! {
        <div
            class="hotspots"
            role="group"
            aria-label=group_label
            node_ref=layer
            on:keydown=on_keydown
            on:mouseleave=move |_| active.set(None)
            on:mouseover=move |ev| {
                if let Some(i) = spot_of(&ev) {
                    if active.get_untracked() != Some(i) {
                        active.set(Some(i));
                    }
                }
            }
            on:focusin=move |ev| {
                if let Some(i) = spot_of(&ev) {
                    active.set(Some(i));
                }
            }
            on:click=move |ev| {
                if let Some(i) = spot_of(&ev) {
                    on_activate.run(i);
                }
            }
        >
            // A plain list with plain attribute values: updated in place (same elements, so
            // keyboard focus survives a selection), with no reactive closure per button.
            {move || spots.with(|all| all.iter().enumerate().map(|(i, spot)| view! {
                <button
                    type="button"
                    class="hotspot"
                    class:dimmed=spot.dimmed
                    data-spot-index=i
                    data-key=spot.key.clone()
                    style:left=percent(spot.left)
                    style:top=percent(spot.top)
                    style:width=percent(spot.width)
                    style:height=percent(spot.height)
                    tabindex="-1"
                    aria-label=spot.label.clone()
                    aria-pressed=spot.pressed.map(|p| if p { "true" } else { "false" })
                ></button>
            }).collect_view())}
            {move || tooltip().map(|spot| {
                let below = spot.top < 20.0;
                // Set through the CSSOM (style:), not a style attribute, so a strict CSP allows it.
                // Items near an edge get a tooltip that grows away from it, so it stays inside the chart.
                let centre = spot.left + spot.width / 2.0;
                let (start, end) = (centre < 30.0, centre > 70.0);
                let anchor = if start { spot.left } else if end { spot.left + spot.width } else { centre };
                let left = percent(anchor.clamp(0.0, 100.0));
                let top = percent(if below { spot.top + spot.height } else { spot.top });
                view! {
                    <div class="chart-tooltip" class:below=below class:start=start class:end=end aria-hidden="true"
                        style:left=left style:top=top>{spot.tooltip}</div>
                }
            })}
        </div>
    }
}

/// A CSS percentage with three decimals.
fn percent(value: f64) -> String {
    format!("{}%", fixed(value, 3))
}

/// The spot an arrow key moves to from `current`: the nearest one in that direction.
fn next_spot(spots: &[Hotspot], current: usize, key: &str) -> Option<usize> {
    match key {
        "Home" => return (!spots.is_empty()).then_some(0),
        "End" => return spots.len().checked_sub(1),
        _ => {}
    }
    let here = spots.get(current)?;
    let (dx, dy) = match key {
        "ArrowLeft" => (-1.0, 0.0),
        "ArrowRight" => (1.0, 0.0),
        "ArrowUp" => (0.0, -1.0),
        "ArrowDown" => (0.0, 1.0),
        _ => return None,
    };
    let centre = |s: &Hotspot| (s.left + s.width / 2.0, s.top + s.height / 2.0);
    let (x0, y0) = centre(here);
    let found = spots
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != current)
        .filter_map(|(i, s)| {
            let (x, y) = centre(s);
            let along = (x - x0) * dx + (y - y0) * dy;
            let across = ((x - x0) * dy).abs() + ((y - y0) * dx).abs();
            (along > 0.01).then_some((i, along + across * 2.0))
        })
        .min_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(i, _)| i);
    // In a single column, left and right step through the list too.
    found.or(match key {
        "ArrowLeft" => current.checked_sub(1),
        "ArrowRight" => (current + 1 < spots.len()).then_some(current + 1),
        _ => None,
    })
}
