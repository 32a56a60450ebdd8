//! The fixed words of each view (headings, chart and table captions), shared by the app's
//! components and by the page written at build time (`crate::prerender`), so the two say
//! the same.

use crate::model::dataset::Dataset;
use crate::model::metro_rows::MetroTable;

pub const NATIONAL_CHART_CAPTION: &str = "Half of workers earn more than the median, half less. The box spans the middle half (25th to 75th percentile); the whiskers reach the 10th and 90th. States show their bottom 10%, median (dot) and top 10%; the dashed line is the national median.";
pub const NATIONAL_TABLE_CAPTION: &str = "Wage percentiles, national and for chosen states";

pub const STATES_TITLE: &str = "What the job pays in each state";
pub const MAP_CAPTION: &str = "One equal tile per state, placed roughly where it lies. Darker tiles are higher (for the difference from the national median: orange below, purple above). Hatched tiles have no data; faded tiles are filtered out. Hover or focus a tile for its figures; use the arrow keys to move; click or press Enter to compare it.";
pub const COMPARE_CHART_CAPTION: &str = "The national distribution (box: middle half; whiskers: bottom and top 10%) with each selected state's bottom 10% to top 10% line and median dot on the same axis.";
pub const RANGES_TITLE: &str = "Every state's range";
pub const RANGES_CAPTION: &str = "Each line runs from the bottom 10% to the top 10% of wages in a state; the dot is the median. The dashed line is the national median. Hover or focus a row for its figures; click or press Enter to select it for comparison.";
pub const STATES_TABLE_CAPTION: &str =
    "Wages by state (select a state's name to compare it; sort by any column)";

pub const ABOUT_TABLE_CAPTION: &str = "Terms used on this page";

/// The names of the groups of buttons over the charts.
pub const MAP_GROUP: &str = "States on the map";
pub const RANGES_GROUP: &str = "States on the range chart";
pub const METRO_PAY_GROUP: &str = "Metro areas on the highest-paying chart";
pub const METRO_JOBS_GROUP: &str = "Metro areas on the most-employment chart";

/// A metro list's heading.
pub fn metro_title(table: MetroTable) -> &'static str {
    match table {
        MetroTable::HighestPaying => "Highest-paying metro areas",
        MetroTable::MostEmployment => "Metro areas with the most jobs",
    }
}

/// A metro list's chart caption: the source's note on the list, then how to read the bars.
pub fn metro_chart_caption(table: MetroTable, data: &Dataset) -> String {
    match table {
        MetroTable::HighestPaying => format!("{} Bars show each metro's median salary; the dark ticks, the median of each state it lies in; the dashed line, the US median.", data.highest_paying_note),
        MetroTable::MostEmployment => format!("{} Bars show how many people do this job in each metro.", data.most_employment_note),
    }
}

/// A metro list's table caption.
pub fn metro_table_caption(table: MetroTable) -> &'static str {
    match table {
        MetroTable::HighestPaying => "Highest-paying metro areas",
        MetroTable::MostEmployment => "Metro areas with the most people employed",
    }
}
