//! One figure component for every chart: the drawing, its text alternative, caption and
//! downloads, and for charts with selectable items the invisible buttons over them.

use super::app::use_app;
use super::download::{save_svg_as_png, save_text};
use super::html::{
    bind, bind_hidden, focus_where, for_each_match, target_attribute, target_within, Write,
};
use crate::charts::{add_footer_line, svg_size};
pub use crate::markup::hotspots::Hotspot;
use crate::markup::hotspots::{next_spot, render, tooltip};
use crate::model::export::source_line;
use leptos::ev::{KeyboardEvent, MouseEvent};
use leptos::html::Figure;
use leptos::prelude::*;

/// Chart items that can be hovered, focused and activated: hover or focus shows the exact
/// figures, click or Enter activates, arrow keys move between items (one tab stop for the
/// whole chart).
#[derive(Clone, Copy)]
pub struct HotspotLayer {
    /// A memo: the buttons, their tab stop and the tooltip all read it.
    pub spots: Memo<Vec<Hotspot>>,
    /// The item under the pointer or focus, shared with the drawing so it can highlight it.
    pub active: RwSignal<Option<usize>>,
    /// Called with the item's index on click, Enter or Space.
    pub on_activate: Callback<usize>,
    /// Names the group for screen readers ("States on the range chart").
    pub group_label: &'static str,
}

/// A chart figure: `svg` is drawn inside an element with role="img" and `label` as its
/// text alternative; the caption says what the chart shows.
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
    #[prop(optional)] hotspots: Option<HotspotLayer>,
    /// Hides the figure while true.
    #[prop(optional, into)]
    hidden: Option<Signal<bool>>,
) -> impl IntoView {
    let ctx = use_app();
    let root = NodeRef::<Figure>::new();
    let skeleton = crate::markup::chart::figure(&caption, hotspots.map(|h| h.group_label));
    bind(root, ".chart-svg", Write::Html, move || svg.get());
    bind(root, ".chart-svg", Write::Attr("aria-label"), move || {
        label.get()
    });
    if let Some(layer) = hotspots {
        bind_hotspots(root, layer);
    }
    bind_hidden(root, hidden);
    let on_click = move |ev: MouseEvent| {
        if let Some(index) = spot_of(&ev) {
            if let Some(layer) = hotspots {
                layer.on_activate.run(index);
            }
            return;
        }
        let Some(kind) = target_attribute(&ev, "data-download") else {
            return;
        };
        // The file as downloaded: the drawing with the source line under it.
        let file = add_footer_line(
            &svg.get_untracked(),
            &source_line(ctx.data),
            &ctx.theme.get_untracked(),
        );
        let name = format!("salary-explorer-{id}.{kind}");
        if kind == "svg" {
            save_text(&name, "image/svg+xml", &file);
        } else if let Some((width, height)) = svg_size(&file) {
            save_svg_as_png(&name, &file, width, height);
        }
    };
    view! {
        <figure class="chart" data-chart=id node_ref=root inner_html=skeleton on:click=on_click
            on:keydown=move |ev| { if let Some(layer) = hotspots { move_focus(root, layer, &ev) } }
            on:mouseover=move |ev| { if let Some(layer) = hotspots { hover(layer, &ev) } }
            on:mouseleave=move |_| { if let Some(layer) = hotspots { layer.active.set(None) } }
            on:focusin=move |ev| {
                if let (Some(layer), Some(index)) = (hotspots, spot_of(&ev)) {
                    layer.active.set(Some(index));
                }
            }
        ></figure>
    }
}

/// The buttons over the chart, redrawn when the spots change; the roving tab stop (the
/// active item, else the first) and the tooltip follow `active` without a redraw.
fn bind_hotspots(root: NodeRef<Figure>, layer: HotspotLayer) {
    let HotspotLayer { spots, active, .. } = layer;
    bind(root, ".hotspot-buttons", Write::Html, move || {
        // Drawn with the current tab stop, whichever of the two effects runs first.
        let stop = active.get_untracked();
        spots.with(|all| render(all, stop.filter(|i| *i < all.len()).unwrap_or(0)))
    });
    // Runs on every hover, so it touches only the old and the new tab stop.
    Effect::new(move |_| {
        let count = spots.with(Vec::len);
        let stop = active.get().filter(|i| *i < count).unwrap_or(0);
        if let Some(root) = root.get() {
            for_each_match(&root, "[data-spot-index][tabindex=\"0\"]", |button| {
                let _ = button.set_attribute("tabindex", "-1");
            });
            for_each_match(&root, &format!("[data-spot-index=\"{stop}\"]"), |button| {
                let _ = button.set_attribute("tabindex", "0");
            });
        }
    });
    bind(root, ".hotspot-tip", Write::Html, move || {
        let index = active.get();
        spots.with(|all| {
            index
                .and_then(|i| all.get(i))
                .map(tooltip)
                .unwrap_or_default()
        })
    });
}

/// The index of the chart item an event happened on.
fn spot_of(ev: &web_sys::Event) -> Option<usize> {
    target_attribute(ev, "data-spot-index")?.parse().ok()
}

/// The pointer over an item makes it the active one; over anything else, none.
fn hover(layer: HotspotLayer, ev: &MouseEvent) {
    let index = spot_of(ev);
    // Gaps between items keep the last one, so the tooltip does not flicker.
    if index.is_none() && target_within(ev, ".hotspots") {
        return;
    }
    if layer.active.get_untracked() != index {
        layer.active.set(index);
    }
}

/// Arrow keys, Home and End move focus to the nearest item in that direction.
fn move_focus(root: NodeRef<Figure>, layer: HotspotLayer, ev: &KeyboardEvent) {
    let Some(current) = spot_of(ev) else {
        return;
    };
    let next = layer
        .spots
        .with_untracked(|all| next_spot(all, current, &ev.key()));
    let (Some(next), Some(root)) = (next, root.get_untracked()) else {
        return;
    };
    ev.prevent_default();
    layer.active.set(Some(next));
    focus_where(&root, "data-spot-index", &next.to_string());
}
