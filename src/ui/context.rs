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
