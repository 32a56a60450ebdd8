//! What every view reads: the data, the one view state, and the screen's width, pixel
//! ratio and colours. The page shell (`app::App`) provides it; views take it with [`use_app`].

use crate::charts::Theme;
use crate::model::dataset::Dataset;
use crate::model::view_state::ViewState;
use leptos::prelude::*;

/// What every view needs: the data, the view state, and the width to draw charts at.
#[derive(Clone, Copy)]
pub struct AppContext {
    pub data: &'static Dataset,
    pub view: RwSignal<ViewState>,
    pub chart_width: ReadSignal<u32>,
    /// The device pixel ratio in hundredths: canvases are repainted when it changes (zoom).
    pub pixel_ratio: ReadSignal<u32>,
    /// The colours charts are drawn in.
    pub theme: RwSignal<Theme>,
    /// The salary typed into the locator, in annual dollars, when it is valid.
    pub salary: RwSignal<Option<f64>>,
    /// The locator's field text, kept while the user moves between views.
    pub salary_text: RwSignal<String>,
}

/// The context provided by the page shell; every view is rendered inside it.
pub fn use_app() -> AppContext {
    expect_context::<AppContext>()
}

/// How the States view's parts (map, range chart, table, comparison panel) select states to
/// compare: [`StatePicking::toggle`] adds or removes one, and a refusal (the selection limit,
/// a state without data) goes to `message`, which the comparison panel shows.
#[derive(Clone, Copy)]
pub struct StatePicking {
    ctx: AppContext,
    pub message: RwSignal<Option<String>>,
}

impl StatePicking {
    /// Picking in the view state of `ctx`, with no refusal to show yet.
    pub fn new(ctx: AppContext) -> StatePicking {
        StatePicking {
            ctx,
            message: RwSignal::new(None),
        }
    }

    /// Selects or deselects the state `code`; says why when it cannot be selected.
    pub fn toggle(self, code: &'static str) {
        let mut refused = None;
        self.ctx
            .view
            .update(|v| refused = v.toggle_selected(code).err());
        self.message.set(refused);
    }
}
