//! National view: the percentile distribution, job outlook, states overlaid on the same
//! axis, and the salary locator.

use super::app::{use_app, AppContext};
use super::chart::ChartFigure;
use super::table::{DataTable, TableData};
use crate::charts::percentile::{self, percentile_name};
use crate::model::geo::{state_by_code, STATES};
use crate::model::locator::{describe_metros, locate};
use crate::model::money::PayBasis;
use crate::model::salary_input::parse_salary;
use crate::model::stats::{describe_placement, Placement};
use leptos::prelude::*;

/// The national overview.
#[component]
pub fn NationalView() -> impl IntoView {
    let ctx = use_app();
    let data = ctx.data;
    let basis = Memo::new(move |_| ctx.view.with(|v| v.pay));
    let selected = Memo::new(move |_| ctx.view.with(|v| v.selected.clone()));
    let inputs = Memo::new(move |_| percentile::Inputs {
        national: data.national.points(),
        states: selected
            .get()
            .iter()
            .filter_map(|code| state_by_code(code))
            .map(|info| percentile::StateRow {
                label: if ctx.chart_width.get() < 480 {
                    info.code.to_string()
                } else {
                    info.name.to_string()
                },
                points: data.state(info.code).map(|w| [w.p10, w.median, w.p90]),
            })
            .collect(),
        salary: ctx.salary.get(),
        basis: basis.get(),
    });
    let svg = Signal::derive(move || {
        inputs.with(|i| percentile::svg(i, &ctx.theme.get(), ctx.chart_width.get()))
    });
    let label = Signal::derive(move || chart_text(&ctx, basis.get(), &selected.get()));
    let table = Signal::derive(move || percentile_table(&ctx, basis.get(), &selected.get()));
    let outlook = &data.outlook;
    let per_thousand = (1000.0 * (1.0 + outlook.growth_percent / 100.0)).round();
    view! {
        <section data-view="national" aria-labelledby="national-title">
            <h2 id="national-title">"What the job pays nationally"</h2>
            <div class="headline">
                <p class="figure">
                    <span class="figure-value">{move || basis.get().format(data.national.median)}</span>
                    <span class="figure-label">"national median, "{move || basis.get().unit()}</span>
                </p>
                <p class="figure">
                    <span class="figure-value">{move || format!("{} – {}", basis.get().format(data.national.p10), basis.get().format(data.national.p90))}</span>
                    <span class="figure-label">"what the middle 80% of workers earn (10th to 90th percentile)"</span>
                </p>
            </div>
            <StatePicker/>
            <ChartFigure
                id="national-percentiles"
                svg=svg
                label=label
                caption="Half of workers earn more than the median, half less. The box spans the middle half (25th to 75th percentile); the whiskers reach the 10th and 90th. States show their bottom 10%, median (dot) and top 10%; the dashed line is the national median."
            />
            <SalaryLocator/>
            <DataTable caption="Wage percentiles, national and for chosen states" data=table/>
            <section class="outlook" aria-labelledby="outlook-title">
                <h3 id="outlook-title">"Job outlook"</h3>
                <p class="figure">
                    <span class="figure-value">{format!("+{}%", outlook.growth_percent)}</span>
                    <span class="figure-label">{format!("projected job growth, {}–{}", outlook.from_year, outlook.through_year)}</span>
                </p>
                <p>
                    {format!(
                        "The BLS projects jobs in this occupation to grow {}% from {} through {}: for every 1,000 jobs in {}, about {} in {}. {}",
                        outlook.growth_percent, outlook.from_year, outlook.through_year, outlook.from_year,
                        crate::model::money::group_thousands(per_thousand as i64), outlook.through_year, outlook.note
                    )}
                </p>
            </section>
        </section>
    }
}

/// The chart's text alternative: every figure it draws.
fn chart_text(ctx: &AppContext, basis: PayBasis, selected: &[&'static str]) -> String {
    let data = ctx.data;
    let national: Vec<String> = data
        .national
        .points()
        .iter()
        .map(|(p, d)| format!("{} percentile {}", percentile_name(*p), basis.format(*d)))
        .collect();
    let mut text = format!(
        "National wage distribution, {}: {}.",
        basis.unit(),
        national.join(", ")
    );
    for code in selected {
        let Some(info) = state_by_code(code) else {
            continue;
        };
        match data.state(info.code) {
            Some(w) => text.push_str(&format!(
                " {}: bottom 10% {}, median {}, top 10% {}.",
                info.name,
                basis.format(w.p10),
                basis.format(w.median),
                basis.format(w.p90)
            )),
            None => text.push_str(&format!(" {}: no data.", info.name)),
        }
    }
    if let Some(salary) = ctx.salary.get() {
        text.push_str(&format!(
            " Your salary {} is marked.",
            basis.format_f64(salary)
        ));
    }
    text
}

/// Percentiles as rows, the nation and each chosen state as columns.
fn percentile_table(ctx: &AppContext, basis: PayBasis, selected: &[&'static str]) -> TableData {
    let data = ctx.data;
    let states: Vec<_> = selected.iter().filter_map(|c| state_by_code(c)).collect();
    let mut columns = vec!["Percentile".to_string(), "United States".to_string()];
    columns.extend(states.iter().map(|s| s.name.to_string()));
    let rows = data
        .national
        .points()
        .iter()
        .map(|(pct, amount)| {
            let mut row = vec![percentile_name(*pct), basis.format(*amount)];
            for info in &states {
                let cell = match data.state(info.code) {
                    None => "no data".to_string(),
                    Some(w) => match pct {
                        10 => basis.format(w.p10),
                        50 => basis.format(w.median),
                        90 => basis.format(w.p90),
                        _ => "not published".to_string(),
                    },
                };
                row.push(cell);
            }
            row
        })
        .collect();
    TableData { columns, rows }
}

/// Pick states to draw against the national distribution.
#[component]
fn StatePicker() -> impl IntoView {
    let ctx = use_app();
    let data = ctx.data;
    let message = RwSignal::new(None::<String>);
    let add = move |code: String| {
        let Some(info) = state_by_code(&code) else {
            return;
        };
        if ctx.view.with_untracked(|v| v.selected.contains(&info.code)) {
            return;
        }
        let mut refused = None;
        ctx.view
            .update(|v| refused = v.toggle_selected(info.code).err());
        message.set(refused);
    };
    let remove = move |code: &'static str| {
        ctx.view.update(|v| v.selected.retain(|c| *c != code));
        message.set(None);
    };
    view! {
        <div class="picker">
            <label for="state-picker">"Compare with a state"</label>
            <select
                id="state-picker"
                prop:value=""
                on:change=move |ev| {
                    add(event_target_value(&ev));
                    event_target::<web_sys::HtmlSelectElement>(&ev).set_value("");
                }
            >
                <option value="">"Choose a state…"</option>
                {STATES
                    .iter()
                    .map(|s| {
                        let name = if data.state(s.code).is_some() { s.name.to_string() } else { format!("{} (no data)", s.name) };
                        view! { <option value=s.code>{name}</option> }
                    })
                    .collect_view()}
            </select>
            <ul class="chips" aria-label="States shown on the chart">
                {move || ctx.view.with(|v| v.selected.clone()).into_iter().filter_map(|code| state_by_code(code)).map(|info| {
                    let code = info.code;
                    view! {
                        <li class="chip">
                            <span>{info.name}</span>
                            <button type="button" class="chip-remove" aria-label=format!("Remove {}", info.name) on:click=move |_| remove(code)>
                                "×"
                            </button>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <p class="field-message" role="status">{move || message.get()}</p>
        </div>
    }
}

/// Type a salary, see where it falls.
#[component]
fn SalaryLocator() -> impl IntoView {
    let ctx = use_app();
    let data = ctx.data;
    let basis = Memo::new(move |_| ctx.view.with(|v| v.pay));
    // Empty is only an error once the user has typed and cleared the field by hand.
    let touched = RwSignal::new(false);
    let error = Memo::new(move |_| {
        let text = ctx.salary_text.get();
        if text.trim().is_empty() && !touched.get() {
            return None;
        }
        parse_salary(&text, basis.get())
            .err()
            .map(|e| e.to_string())
    });
    let on_input = move |ev| {
        let text = event_target_value(&ev);
        touched.set(true);
        // Typing never clears the last good answer until the new text is valid or empty.
        match parse_salary(&text, basis.get_untracked()) {
            Ok(annual) => ctx.salary.set(Some(annual)),
            Err(_) if text.trim().is_empty() => ctx.salary.set(None),
            Err(_) => {}
        }
        ctx.salary_text.set(text);
        if ctx.view.with_untracked(|v| v.shared_salary.is_some()) {
            share(&ctx, true);
        }
    };
    let report = Memo::new(move |_| {
        let salary = ctx.salary.get()?;
        ctx.view.with(|v| locate(data, salary, &v.selected))
    });
    let shared = Memo::new(move |_| ctx.view.with(|v| v.shared_salary.is_some()));
    view! {
        <div class="locator">
            <h3>"Where does your salary fall?"</h3>
            <label for="salary-input">
                {move || match basis.get() {
                    PayBasis::Annual => "Your salary or offer, per year",
                    PayBasis::Hourly => "Your pay, per hour",
                }}
            </label>
            <div class="locator-row">
                <input
                    id="salary-input"
                    type="text"
                    inputmode="decimal"
                    autocomplete="off"
                    maxlength="40"
                    placeholder=move || match basis.get() {
                        PayBasis::Annual => "e.g. 58250, $58,250 or 58.2k",
                        PayBasis::Hourly => "e.g. 28.50",
                    }
                    aria-describedby="salary-message salary-method"
                    aria-invalid=move || error.get().map(|_| "true")
                    prop:value=move || ctx.salary_text.get()
                    on:input=on_input
                />
                <button
                    type="button"
                    class="link-button"
                    on:click=move |_| {
                        touched.set(false);
                        ctx.salary_text.set(String::new());
                        ctx.salary.set(None);
                        share(&ctx, false);
                    }
                >
                    "Clear"
                </button>
            </div>
            <p id="salary-message" class="field-message" class:error=move || error.get().is_some() aria-live="polite">
                {move || error.get()}
            </p>
            {move || report.get().map(|report| {
                let b = basis.get();
                let salary = ctx.salary.get().unwrap_or_default();
                view! {
                    <ul class="locator-results" aria-live="polite">
                        <li>
                            <strong>{format!("{} nationally: ", b.format_f64(salary))}</strong>
                            {placement_text(report.national)}
                        </li>
                        {report.states.iter().map(|s| view! {
                            <li>
                                <strong>{format!("In {}: ", s.state.name)}</strong>
                                {s.placement.map(placement_text).unwrap_or_else(|| "no data for this state".to_string())}
                            </li>
                        }).collect_view()}
                        <li><strong>"Metro areas: "</strong>{describe_metros(&report)}"."</li>
                    </ul>
                }
            })}
            <p id="salary-method" class="hint">
                "Percentiles are estimates: a straight line between the two published percentiles around your salary. Outside the 10th–90th range no estimate is made. Add states above to see them too."
            </p>
            <label class="check">
                <input
                    type="checkbox"
                    prop:checked=move || shared.get()
                    prop:disabled=move || ctx.salary.get().is_none()
                    on:change=move |ev| share(&ctx, event_target_checked(&ev))
                />
                " Include my salary in the page link (otherwise it stays in this browser)"
            </label>
        </div>
    }
}

/// Puts the current salary into the link (or takes it out).
fn share(ctx: &AppContext, on: bool) {
    let value = if on {
        ctx.salary.get_untracked().map(|s| s.round() as u32)
    } else {
        None
    };
    if ctx.view.with_untracked(|v| v.shared_salary) != value {
        ctx.view.update(|v| v.shared_salary = value);
    }
}

fn placement_text(placement: Placement) -> String {
    match placement {
        Placement::Estimate(_) => format!("{} (estimate)", describe_placement(placement)),
        _ => describe_placement(placement),
    }
}
