//! When the page brings a block up to date: charts, and lists (table rows) on screen, in the
//! same task as the user's action, once its updates are done (a microtask), so the next
//! frame shows them; lists off screen, and the invisible buttons over charts, just after
//! that frame, so the user sees the answer first, and before anyone could scroll to them.
//!
//! Work done in the action's task overlaps the wait for the next frame; work put off to an
//! animation frame callback lengthens that frame instead.

use super::html::Root;
use super::reactive::effect;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// How far outside the viewport a block still counts as on screen, in CSS pixels.
const NEAR: &str = "200px";

/// Whether a component's root element is on screen (or near it), as an
/// IntersectionObserver last reported; true until it has reported.
#[derive(Clone, Copy)]
pub struct OnScreen(StoredValue<bool>);

impl OnScreen {
    /// Starts watching `root` once it is in the page; the watch ends with the component.
    pub fn watch(root: impl Root) -> OnScreen {
        let flag = StoredValue::new(true);
        let observer = StoredValue::new_local(
            None::<(
                web_sys::IntersectionObserver,
                Closure<dyn Fn(js_sys::Array)>,
            )>,
        );
        effect(move || {
            let Some(element) = root.element() else {
                return;
            };
            let report = Closure::<dyn Fn(js_sys::Array)>::new(move |entries: js_sys::Array| {
                // The newest entry says where the element is now.
                let newest = entries
                    .iter()
                    .last()
                    .and_then(|e| e.dyn_into::<web_sys::IntersectionObserverEntry>().ok());
                if let Some(entry) = newest {
                    let _ = flag.try_set_value(entry.is_intersecting());
                }
            });
            let options = web_sys::IntersectionObserverInit::new();
            options.set_root_margin(NEAR);
            if let Ok(watcher) = web_sys::IntersectionObserver::new_with_options(
                report.as_ref().unchecked_ref(),
                &options,
            ) {
                watcher.observe(&element);
                observer.set_value(Some((watcher, report)));
            }
        });
        on_cleanup(move || {
            observer.try_with_value(|o| {
                if let Some((watcher, _)) = o {
                    watcher.disconnect();
                }
            });
        });
        OnScreen(flag)
    }

    fn now(self) -> bool {
        self.0.try_get_value().unwrap_or(true)
    }
}

/// Keeps the element under `root` that matches `selector` up to date: after what `track`
/// reads changes, `update` brings it up to date when `updating` runs it (once for changes
/// that come together; not at all when the component is gone by then).
pub fn keep_updated(
    root: impl Root,
    selector: &'static str,
    updating: Deferred,
    track: impl Fn() + 'static,
    update: impl Fn(&web_sys::Element) + Copy + 'static,
) {
    effect(move || {
        track();
        if root.element().is_none() {
            return;
        }
        updating.request(move || {
            let target = root
                .element_untracked()
                .and_then(|r| r.query_selector(selector).ok()?);
            if let Some(target) = target {
                update(&target);
            }
        });
    });
}

thread_local! {
    /// Whether the page has had its first frame.
    static PAGE_SHOWN: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// Whether a layout is asked for at the end of this task's work (`lay_out_soon`).
    static LAYOUT_ASKED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// Work waiting for the coming frame to be painted, in the order asked.
    static AFTER_FRAME: std::cell::RefCell<Vec<Box<dyn FnOnce()>>> = const {
        std::cell::RefCell::new(Vec::new())
    };
}

/// Lays the page out at the end of this task's work (a microtask after the last block
/// brought up to date asks for it), once for everything that changed. The action's task
/// usually ends well before the next frame begins: layout done here fills that wait, where
/// left to the frame it would make the frame (and the user's wait for it) longer.
fn lay_out_soon() {
    if LAYOUT_ASKED.with(|asked| asked.replace(true)) {
        return;
    }
    // Two hops: a drawing asked for with the lists that ask for this comes first (its own
    // second hop), so the page is laid out once, after both.
    queue_microtask(lay_out_next as fn());
}

fn lay_out_next() {
    queue_microtask(lay_out_now as fn());
}

fn lay_out_now() {
    LAYOUT_ASKED.with(|asked| asked.set(false));
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element());
    if let Some(root) = root {
        // Reading a box's position brings style and layout up to date.
        let _ = root.get_bounding_client_rect();
    }
}

/// Runs `work` just after the coming frame is painted (tasks posted from that frame's
/// animation callback). Everything asked before then shares one callback, so the frame itself
/// carries almost nothing of it; each piece runs in a task of its own, in the order asked, so
/// no one task is long because several blocks were waiting.
pub fn after_next_frame(work: impl FnOnce() + 'static) {
    let first = AFTER_FRAME.with(|queue| {
        let mut queue = queue.borrow_mut();
        queue.push(Box::new(work));
        queue.len() == 1
    });
    if first {
        request_animation_frame(|| {
            let waiting = AFTER_FRAME.with(|queue| std::mem::take(&mut *queue.borrow_mut()));
            run_one_per_task(waiting.into_iter());
        });
    }
}

/// Runs the first of `works` in a new task, and the rest each in a task after it.
fn run_one_per_task(mut works: std::vec::IntoIter<Box<dyn FnOnce()>>) {
    set_timeout(
        move || {
            if let Some(work) = works.next() {
                work();
            }
            if works.len() > 0 {
                run_one_per_task(works);
            }
        },
        std::time::Duration::ZERO,
    );
}

/// What a [`Deferred`] brings up to date, which says when.
#[derive(Clone, Copy)]
enum Block {
    /// A drawing: at the end of the action's task, on screen or not (it is what the user
    /// compares with other pages).
    Drawing,
    /// A list that takes room in the page (a table's rows): at the end of the action's task
    /// when `place` is on screen, just after the coming frame when not.
    List(OnScreen),
    /// The invisible buttons over a drawing: just after the coming frame, which shows the
    /// drawing they follow; they move and show nothing.
    Overlay,
}

/// Runs `work` once for everything asked of it before it runs, when its [`Block`] says.
/// `work` reads the latest state itself (untracked: the component may be gone by then).
#[derive(Clone, Copy)]
pub struct Deferred {
    block: Block,
    queued: StoredValue<bool>,
}

impl Deferred {
    fn of(block: Block) -> Deferred {
        Deferred {
            block,
            queued: StoredValue::new(false),
        }
    }

    /// For a list: at the end of this task when `place` is on screen, just after the coming
    /// frame when not.
    pub fn new(place: OnScreen) -> Deferred {
        Deferred::of(Block::List(place))
    }

    /// For the buttons laid over a drawing: just after the coming frame.
    pub fn overlay() -> Deferred {
        Deferred::of(Block::Overlay)
    }

    /// For a drawing: at the end of this task, after the lists queued with it.
    pub fn drawing() -> Deferred {
        Deferred::of(Block::Drawing)
    }

    /// Asks for `work` to run; a request while one is waiting joins it.
    pub fn request(self, work: impl FnOnce() + 'static) {
        self.enqueue(Box::new(work));
    }

    /// One copy of the scheduling for every kind of work.
    fn enqueue(self, work: Box<dyn FnOnce()>) {
        if self.queued.try_get_value() != Some(false) {
            return;
        }
        self.queued.set_value(true);
        let queued = self.queued;
        let run = move || {
            if queued.try_set_value(false).is_none() {
                work();
            }
        };
        // While the page is first built, everything that shows or takes room is brought up
        // to date in its first frame: the app takes the place of the page the build wrote
        // (`crate::prerender`), which already shows the figures, and nothing may move after
        // that frame. Overlays come just after it, so that frame is shorter.
        let first_build = !PAGE_SHOWN.with(std::cell::Cell::get);
        if first_build {
            after_next_frame(|| PAGE_SHOWN.with(|shown| shown.set(true)));
        }
        match self.block {
            Block::Overlay => after_next_frame(run),
            _ if first_build => request_animation_frame(run),
            // Drawings after the lists queued with them: the first drawing call that needs
            // the page's styles (a canvas font) then brings them up to date once.
            Block::Drawing => queue_microtask(move || {
                queue_microtask(move || {
                    run();
                    lay_out_soon();
                });
            }),
            Block::List(place) if place.now() => queue_microtask(move || {
                run();
                lay_out_soon();
            }),
            Block::List(_) => after_next_frame(run),
        }
    }
}
