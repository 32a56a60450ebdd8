//! Metro areas view: the highest-paying metros and the metros with the most jobs.

use super::app::use_app;
use super::chart::ChartFigure;
use super::table::{DataTable, TableData};
use crate::charts::metro_bars::{self, Bar, TickFormat};
use crate::model::money::group_thousands;
use leptos::prelude::*;

/// The two metro top-10 lists.
#[component]
pub fn MetrosView() -> impl IntoView {
    let ctx = use_app();
    let data = ctx.data;
    let in_both = |label: &str| {
        data.highest_paying.iter().any(|m| m.area.label == label)
            && data.most_employment.iter().any(|m| m.area.label == label)
    };
    let pay_inputs = Memo::new(move |_| {
        let basis = ctx.view.with(|v| v.pay);
        metro_bars::Inputs {
            bars: data
                .highest_paying
                .iter()
                .map(|m| Bar {
                    label: m.area.label.clone(),
                    value: m.median.as_f64(),
                    value_text: basis.format(m.median),
                    marks: Vec::new(),
                    in_both: in_both(&m.area.label),
                    active: false,
                })
                .collect(),
            reference: Some((
                data.national.median.as_f64(),
                format!("US median {}", basis.format(data.national.median)),
            )),
            marker: None,
            ticks: TickFormat::Pay(basis),
        }
    });
    let jobs_inputs = Memo::new(move |_| metro_bars::Inputs {
        bars: data
            .most_employment
            .iter()
            .map(|m| Bar {
                label: m.area.label.clone(),
                value: f64::from(m.employment),
                value_text: group_thousands(m.employment.into()),
                marks: Vec::new(),
                in_both: in_both(&m.area.label),
                active: false,
            })
            .collect(),
        reference: None,
        marker: None,
        ticks: TickFormat::Count,
    });
    let pay_svg = Signal::derive(move || {
        pay_inputs.with(|i| metro_bars::svg(i, &ctx.theme.get(), ctx.chart_width.get()))
    });
    let jobs_svg = Signal::derive(move || {
        jobs_inputs.with(|i| metro_bars::svg(i, &ctx.theme.get(), ctx.chart_width.get()))
    });
    let pay_label = Signal::derive(move || {
        let basis = ctx.view.with(|v| v.pay);
        let parts: Vec<String> = data
            .highest_paying
            .iter()
            .map(|m| format!("{} {}", m.area.label, basis.format(m.median)))
            .collect();
        format!(
            "Bar chart of the 10 highest-paying metro areas by median wage: {}.",
            parts.join("; ")
        )
    });
    let jobs_label = Signal::derive(move || {
        let parts: Vec<String> = data
            .most_employment
            .iter()
            .map(|m| format!("{} {}", m.area.label, group_thousands(m.employment.into())))
            .collect();
        format!(
            "Bar chart of the 10 metro areas employing the most people in this job: {}.",
            parts.join("; ")
        )
    });
    let pay_table = Signal::derive(move || {
        let basis = ctx.view.with(|v| v.pay);
        TableData {
            columns: vec!["Metro area".into(), "Median".into(), "vs US median".into()],
            rows: data
                .highest_paying
                .iter()
                .map(|m| {
                    vec![
                        m.area.label.clone(),
                        basis.format(m.median),
                        crate::model::money::format_difference(
                            basis,
                            m.median,
                            data.national.median,
                        ),
                    ]
                })
                .collect(),
        }
    });
    let jobs_table = Signal::derive(move || TableData {
        columns: vec!["Metro area".into(), "People employed".into()],
        rows: data
            .most_employment
            .iter()
            .map(|m| vec![m.area.label.clone(), group_thousands(m.employment.into())])
            .collect(),
    });
    view! {
        <section data-view="metros" aria-labelledby="metros-title">
            <h2 id="metros-title">"Metro areas"</h2>
            <p class="lede">
                "These are two different top-10 lists from the source: the metros that pay the most, and the metros that employ the most people in this job. The source gives no salary for the second list and no employment for the first. ◆ marks a metro in both lists."
            </p>
            <h3>"Highest-paying metro areas"</h3>
            <ChartFigure id="metro-pay" svg=pay_svg label=pay_label caption=data.highest_paying_note.clone()/>
            <DataTable caption="Highest-paying metro areas" data=pay_table/>
            <h3>"Metro areas with the most jobs"</h3>
            <ChartFigure id="metro-jobs" svg=jobs_svg label=jobs_label caption=data.most_employment_note.clone()/>
            <DataTable caption="Metro areas with the most people employed" data=jobs_table/>
        </section>
    }
}
