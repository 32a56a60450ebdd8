//! One figure component for every chart: the SVG, its text alternative and caption.

use leptos::prelude::*;

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
) -> impl IntoView {
    view! {
        <figure class="chart" data-chart=id>
            <div class="chart-svg" role="img" aria-label=move || label.get() inner_html=move || svg.get()></div>
            <figcaption>{caption}</figcaption>
        </figure>
    }
}
