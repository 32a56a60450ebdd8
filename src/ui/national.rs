//! National view: the percentile distribution, headline median and job outlook.

use super::app::use_app;
use super::chart::ChartFigure;
use super::table::{DataTable, TableData};
use crate::charts::percentile;
use crate::charts::percentile::percentile_name;
use leptos::prelude::*;

/// The national overview.
#[component]
pub fn NationalView() -> impl IntoView {
    let ctx = use_app();
    let data = ctx.data;
    let basis = Memo::new(move |_| ctx.view.with(|v| v.pay));
    let inputs = Memo::new(move |_| percentile::Inputs {
        national: data.national.points(),
        states: Vec::new(),
        salary: None,
        basis: basis.get(),
    });
    let svg = Signal::derive(move || inputs.with(|i| percentile::svg(i, &ctx.theme.get(), ctx.chart_width.get())));
    let label = Signal::derive(move || {
        let b = basis.get();
        let parts: Vec<String> = data
            .national
            .points()
            .iter()
            .map(|(p, d)| format!("{} percentile {}", percentile_name(*p), b.format(*d)))
            .collect();
        format!("National wage distribution, {}: {}.", b.unit(), parts.join(", "))
    });
    let table = Signal::derive(move || {
        let b = basis.get();
        TableData {
            columns: vec!["Percentile".into(), format!("Wage ({})", b.unit())],
            rows: data
                .national
                .points()
                .iter()
                .map(|(p, d)| vec![percentile_name(*p), b.format(*d)])
                .collect(),
        }
    });
    let outlook = &data.outlook;
    view! {
        <section data-view="national" aria-labelledby="national-title">
            <h2 id="national-title">"What the job pays nationally"</h2>
            <div class="headline">
                <p class="figure">
                    <span class="figure-value">{move || basis.get().format(data.national.median)}</span>
                    <span class="figure-label">"national median, "{move || basis.get().unit()}</span>
                </p>
                <p class="figure">
                    <span class="figure-value">{format!("+{}%", outlook.growth_percent)}</span>
                    <span class="figure-label">
                        "projected job growth, "{outlook.from_year}"–"{outlook.through_year}". "{outlook.note.clone()}
                    </span>
                </p>
            </div>
            <ChartFigure
                id="national-percentiles"
                svg=svg
                label=label
                caption="Half of workers earn more than the median, half less. The box spans the middle half (25th to 75th percentile); the whiskers reach the 10th and 90th."
            />
            <DataTable caption="National wage percentiles" data=table/>
        </section>
    }
}
