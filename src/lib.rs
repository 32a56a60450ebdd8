//! Salary Explorer: what Health Information Technologists and Medical Registrars are paid
//! across the US, drawn in the browser from embedded BLS 2022 figures.
//!
//! Layers, each depending only on those above it:
//! - [`model`]: data, validation, statistics, filters, tables and the view state (plain Rust);
//! - [`markup`]: HTML text (`Markup`, escaped by construction) for everything that only shows figures;
//! - [`charts`]: plotters drawings recorded as scenes, painted on a canvas and written as SVG;
//! - `ui`: Leptos components (wasm only) that read the view state and render.

#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::indexing_slicing,
        clippy::panic
    )
)]

pub mod charts;
pub mod markup;
pub mod model;
pub mod prerender;

/// The data of data/*.json as validated at build time (see build.rs); tests check that it
/// equals what `model::dataset::load_embedded` reads from the same files.
pub mod embedded {
    #![allow(clippy::indexing_slicing)]
    use crate::model::dataset::{
        Dataset, MetroJobs, MetroPay, NationalWages, Outlook, Source, StateWages,
    };
    use crate::model::geo::STATES;
    use crate::model::metro::MetroArea;
    use crate::model::money::Dollars;
    include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
}
#[cfg(target_arch = "wasm32")]
pub mod ui;
