//! Plain Rust, no browser: the data, its validation, statistics, filters and the view state.

pub mod choice;
pub mod dataset;
pub mod embed;
pub mod export;
pub mod geo;
pub mod locator;
pub mod metro;
pub mod metro_rows;
pub mod money;
pub mod salary_input;
pub mod short_sort;
pub mod state_rows;
pub mod stats;
pub mod summary;
pub mod table;
pub mod url;
pub mod view_state;
pub mod words;
