//! One figure component for every chart: the drawing, its text alternative, caption and
//! downloads, and for charts with selectable items the invisible buttons over them.

use super::browser::{copy_to_clipboard, page_link};
use super::canvas::{draw, fit};
use super::context::use_app;
use super::download::{save_png, save_text};
use super::html::{
    bind, bind_hidden, bind_html, focus_where, for_each_match, position_box, set_style,
    target_attribute, target_is, Write,
};
use super::keyed::{element_from_html, set_attr, KeyedChildren};
use super::reactive::{boxed, effect};
use super::schedule::{keep_updated, Deferred};
pub use crate::charts::hotspot::Hotspot;
use crate::charts::{with_footer_line, Scene};
use crate::markup::chart::{overlay_attributes, EMBED_COPIED, EMBED_COPY_BY_HAND, OVERLAY_SLOTS};
use crate::markup::hotspots::{attributes, button_skeleton, next_spot, tooltip};
use crate::markup::Action;
use crate::model::embed::iframe_snippet;
use crate::model::export::source_line;
use crate::model::view_state::ChartId;
use leptos::ev::{FocusEvent, KeyboardEvent, MouseEvent};
use leptos::html::{Div, Figure};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// A chart figure: `scene` is painted on a canvas inside an element with role="img" and
/// `label` as its text alternative, described by `summary` written under it; the caption
/// says what the chart shows. Downloads and print get the same drawing as SVG; "Embed"
/// gives the HTML that shows it on another site. Its children (a [`HotspotOverlay`]) lie
/// over the drawing.
#[component]
pub fn ChartFigure(
    /// Which chart: its id in the page, file names and embed links.
    chart: ChartId,
    /// The drawing to show.
    #[prop(into)]
    scene: Signal<Scene>,
    /// A sentence stating what the chart shows, with its figures.
    #[prop(into)]
    label: Signal<String>,
    /// A few plain sentences under the drawing (`model::summary`), also its description.
    #[prop(into)]
    summary: Signal<String>,
    /// The visible caption.
    #[prop(into)]
    caption: String,
    /// Hides the figure while true.
    #[prop(optional, into)]
    hidden: Option<Signal<bool>>,
    /// What lies over the drawing.
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let ctx = use_app();
    let id = chart.slug();
    let root = NodeRef::<Figure>::new();
    // Painted at the end of the task that changed it, after the updates it started: changes
    // that come together are painted once, and the next frame shows them.
    let track = move || {
        scene.track();
        ctx.pixel_ratio.track();
    };
    keep_updated(
        root,
        ".chart-canvas",
        Deferred::drawing(),
        track,
        move |canvas| {
            let Some(canvas) = canvas.dyn_ref::<web_sys::HtmlCanvasElement>().cloned() else {
                return;
            };
            // What was painted, for anyone checking the page without reading pixels.
            let mark = |canvas: &web_sys::HtmlCanvasElement, s: &Scene| {
                set_attr(canvas, "data-shapes", &s.shapes.len().to_string());
            };
            let sized = scene.try_with_untracked(|s| {
                let sized = fit(&canvas, s);
                if !sized {
                    mark(&canvas, s);
                }
                sized
            });
            if sized != Some(true) {
                return;
            }
            // Drawn a microtask later, once every chart repainted with this one is sized
            // (see `fit`); still before the page is laid out and the frame is drawn.
            queue_microtask(move || {
                scene.try_with_untracked(|s| {
                    draw(&canvas, s);
                    mark(&canvas, s);
                });
            });
        },
    );
    print_as_svg(root, scene);
    bind(
        root,
        ".chart-drawing",
        Write::Attr("aria-label"),
        move || label.get(),
    );
    bind(root, ".chart-summary", Write::Text, move || summary.get());
    // The snippet is written only while its disclosure is open, so a click elsewhere costs nothing.
    let embed_open = RwSignal::new(false);
    let embed_status = RwSignal::new(String::new());
    let snippet = move || ctx.view.with(|v| iframe_snippet(&page_link(""), v, chart));
    bind(root, ".embed textarea", Write::Value, move || {
        if embed_open.get() {
            snippet()
        } else {
            String::new()
        }
    });
    bind(root, ".embed-status", Write::Text, move || {
        embed_status.get()
    });
    bind_hidden(root, hidden);
    let on_click = move |ev: MouseEvent| {
        if target_attribute(&ev, "data-focus-key").as_deref() == Some("embed") {
            // The click toggles the disclosure after this handler: it is open when it was closed.
            let was_open = root
                .get_untracked()
                .and_then(|r| r.query_selector(".embed").ok().flatten())
                .is_some_and(|d| d.has_attribute("open"));
            embed_open.set(!was_open);
            embed_status.set(String::new());
            return;
        }
        if target_is(&ev, Action::CopyEmbed) {
            embed_status.set(if copy_to_clipboard(&snippet()) {
                EMBED_COPIED.into()
            } else {
                EMBED_COPY_BY_HAND.into()
            });
            return;
        }
        let Some(kind) = target_attribute(&ev, "data-download") else {
            return;
        };
        // The file as downloaded: the drawing with the source line under it.
        let file = scene.with_untracked(|s| {
            with_footer_line(s, &source_line(ctx.data), &ctx.theme.get_untracked())
        });
        let name = format!("salary-explorer-{id}.{kind}");
        if kind == "svg" {
            save_text(&name, "image/svg+xml", &file.svg());
        } else {
            save_png(&name, &file);
        }
    };
    let drawing = crate::markup::chart::drawing().into_string();
    let caption = crate::markup::chart::caption(id, &caption).into_string();
    let summary_id = crate::markup::chart::summary_id(id);
    // On an embedded page (`?embed=`), the one figure the page shows.
    let embedded = (ctx.view.with_untracked(|v| v.embed) == Some(chart)).then_some("");
    if embedded.is_some() {
        effect(move || mark_embed_path(root.get()));
    }
    view! {
        <figure class="chart" data-chart=id data-embedded=embedded node_ref=root on:click=boxed(on_click)>
            <div class="chart-stage">
                <div class="chart-drawing" role="img" aria-describedby=summary_id.clone() inner_html=drawing></div>
                {children.map(|children| children())}
            </div>
            <p class="chart-summary" id=summary_id></p>
            <figcaption inner_html=caption></figcaption>
        </figure>
    }
}

/// Marks what holds the embedded `figure` inside `main` (`data-embed-path`): on an embedded
/// page the stylesheet shows those as plain boxes and hides everything else around it.
fn mark_embed_path(figure: Option<web_sys::HtmlElement>) {
    let mut holder = figure.and_then(|f| f.parent_element());
    while let Some(element) = holder {
        if element.tag_name().eq_ignore_ascii_case("main") {
            break;
        }
        set_attr(&element, "data-embed-path", "");
        holder = element.parent_element();
    }
}

/// Invisible buttons over a chart's items, for a [`ChartFigure`]'s children: hover or
/// focus shows the exact figures, click or Enter activates, arrow keys move between items
/// (one tab stop for the whole chart).
#[component]
pub fn HotspotOverlay(
    /// A memo: the buttons, their tab stop and the tooltip all read it.
    spots: Memo<Vec<Hotspot>>,
    /// The item under the pointer or focus, shared with the drawing so it can highlight it.
    active: RwSignal<Option<usize>>,
    /// Called with the item's index on click, Enter or Space.
    on_activate: Callback<usize>,
    /// Names the group for screen readers ("States on the range chart").
    group_label: &'static str,
    /// The drawing the buttons lie over (its proportions place them).
    #[prop(into)]
    drawing: Signal<Scene>,
) -> impl IntoView {
    let root = NodeRef::<Div>::new();
    bind_hotspots(root, spots, active, drawing, Deferred::overlay());
    let on_click = move |ev: MouseEvent| {
        if let Some(index) = spot_of(&ev) {
            on_activate.run(index);
        }
    };
    let on_key = move |ev: KeyboardEvent| move_focus(root, spots, active, &ev);
    let on_over = move |ev: MouseEvent| {
        // Gaps between items keep the last one, so the tooltip does not flicker.
        if let Some(index) = spot_of(&ev).filter(|i| active.get_untracked() != Some(*i)) {
            active.set(Some(index));
        }
    };
    let on_focus = move |ev: FocusEvent| {
        if let Some(index) = spot_of(&ev) {
            active.set(Some(index));
        }
    };
    let [(_, class), (_, role), (_, group)] = overlay_attributes(group_label);
    view! {
        <div class=class role=role aria-label=group node_ref=root inner_html=OVERLAY_SLOTS
            on:click=boxed(on_click) on:keydown=boxed(on_key) on:mouseover=boxed(on_over)
            on:mouseleave=boxed(move |_| active.set(None)) on:focusin=boxed(on_focus)
        ></div>
    }
}

/// While the page prints, the chart is SVG (sharp at any printer resolution); on screen
/// it is the canvas.
fn print_as_svg(root: NodeRef<Figure>, scene: Signal<Scene>) {
    let slot = move || root.get_untracked()?.query_selector(".chart-print").ok()?;
    let before = window_event_listener_untyped("beforeprint", move |_| {
        if let Some(slot) = slot() {
            slot.set_inner_html(&scene.with_untracked(Scene::svg));
        }
    });
    let after = window_event_listener_untyped("afterprint", move |_| {
        if let Some(slot) = slot() {
            slot.set_inner_html("");
        }
    });
    on_cleanup(move || {
        before.remove();
        after.remove();
    });
}

/// The buttons over the chart: made once per item and kept up to date in place (shown,
/// hidden, moved, relabelled, pressed) just after each new drawing is shown: a chart's items
/// are what its drawing shows, so its buttons follow `drawing` (the spots are worked out
/// then, not in the action's task); the roving tab stop (the active item, else the first)
/// and the tooltip follow `active` without touching the rest.
///
/// Their boxes are in percent of the drawing, and their layer takes the proportions of the
/// drawing they were placed for (`drawing`) when they are: while they wait for the next
/// frame, a new drawing of another height moves none of them, and they are laid out once,
/// when they are placed.
fn bind_hotspots(
    root: NodeRef<Div>,
    spots: Memo<Vec<Hotspot>>,
    active: RwSignal<Option<usize>>,
    drawing: Signal<Scene>,
    updating: Deferred,
) {
    let buttons = StoredValue::new_local(KeyedChildren::default());
    let track = move || drawing.track();
    keep_updated(
        root,
        ".hotspot-buttons",
        updating,
        track,
        move |container| {
            spots.try_with_untracked(|all| {
                let items: Vec<(&str, Vec<(&'static str, String)>)> = all
                    .iter()
                    .enumerate()
                    .map(|(index, spot)| (spot.key.as_str(), attributes(spot, index).into()))
                    .collect();
                let make = |_: &str| element_from_html(&button_skeleton());
                // A box is laid out again only when it moved.
                let place = |button: &web_sys::HtmlElement, name: &str| {
                    if name == "data-box" {
                        position_box(button);
                    }
                };
                if let Some(layer) = container.dyn_ref::<web_sys::HtmlElement>() {
                    let size = drawing.try_with_untracked(|s| (s.width, s.height));
                    if let Some((width, height)) = size.filter(|(w, h)| *w > 0 && *h > 0) {
                        set_style(layer, "aspect-ratio", &format!("{width} / {height}"));
                    }
                }
                buttons.try_update_value(|b| b.show_attributes(container, &items, &make, &place));
                let stop = active
                    .try_get_untracked()
                    .flatten()
                    .filter(|i| *i < all.len())
                    .unwrap_or(0);
                set_tab_stop(container, stop);
            });
        },
    );
    // Runs on every hover, so it touches only the old and the new tab stop (a new drawing's
    // buttons set theirs when they are placed).
    effect(move || {
        let active = active.get();
        let count = spots.with_untracked(Vec::len);
        let stop = active.filter(|i| *i < count).unwrap_or(0);
        if let Some(root) = root.get_untracked() {
            set_tab_stop(&root, stop);
        }
    });
    bind_html(root, ".hotspot-tip", move || {
        let Some(index) = active.get() else {
            return Default::default();
        };
        spots.with(|all| all.get(index).map(tooltip).unwrap_or_default())
    });
}

/// Makes the button at `stop` the one reached with Tab (the others with the arrow keys).
fn set_tab_stop(root: &web_sys::Element, stop: usize) {
    for_each_match(root, "[data-spot-index][tabindex=\"0\"]", |button| {
        let _ = button.set_attribute("tabindex", "-1");
    });
    for_each_match(root, &format!("[data-spot-index=\"{stop}\"]"), |button| {
        let _ = button.set_attribute("tabindex", "0");
    });
}

/// The index of the chart item an event happened on.
fn spot_of(ev: &web_sys::Event) -> Option<usize> {
    target_attribute(ev, "data-spot-index")?.parse().ok()
}

/// Arrow keys, Home and End move focus to the nearest item in that direction.
fn move_focus(
    root: NodeRef<Div>,
    spots: Memo<Vec<Hotspot>>,
    active: RwSignal<Option<usize>>,
    ev: &KeyboardEvent,
) {
    let Some(current) = spot_of(ev) else {
        return;
    };
    let next = spots.with_untracked(|all| next_spot(all, current, &ev.key()));
    let (Some(next), Some(root)) = (next, root.get_untracked()) else {
        return;
    };
    ev.prevent_default();
    active.set(Some(next));
    focus_where(&root, "data-spot-index", &next.to_string());
}
