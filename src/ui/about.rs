//! About the data: source, definitions, caveats and how to cite.

use super::context::use_app;
use super::download::save_text;
use super::html::target_is;
use super::reactive::{boxed, derived};
use super::skeleton::skeleton;
use super::table::DataTable;
use crate::markup::about::definitions_table;
use crate::markup::skeleton::Skeleton;
use crate::markup::Action;
use crate::model::export::full_dataset_csv;
use leptos::prelude::*;

/// Where the figures come from and how to read them.
#[component]
pub fn AboutView() -> impl IntoView {
    let data = use_app().data;
    let definitions = definitions_table();
    let on_click = move |ev: leptos::ev::MouseEvent| {
        if target_is(&ev, Action::AllData) {
            save_text(
                "salary-explorer-all-data.csv",
                "text/csv",
                &full_dataset_csv(data),
            );
        }
    };
    view! {
        <section data-view="about" aria-labelledby="about-title" class="prose">
            <div inner_html=skeleton(Skeleton::AboutIntro)></div>
            <DataTable caption=crate::markup::views::ABOUT_TABLE_CAPTION data=derived(move || definitions.clone())/>
            <div inner_html=skeleton(Skeleton::AboutRest) on:click=boxed(on_click)></div>
        </section>
    }
}
