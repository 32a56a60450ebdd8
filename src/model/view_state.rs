//! The whole view as one value. The URL and the controls both write it; everything on screen
//! derives from it. Its URL form is in [`super::url`].

use super::choice::{choice_table, Choice};
use super::geo::{Division, Region};
use super::metro_rows::{MetroColumn, MetroTable};
use super::money::PayBasis;

// The link's keys and its notice limit, beside the limits of the view they describe.
pub use super::url::{KEYS, MAX_NOTICES};

/// Most states that can be selected at once for comparison.
pub const MAX_SELECTED: usize = 6;
/// Longest query string read; the rest is ignored with a notice.
pub const MAX_QUERY_CHARS: usize = 2048;
/// Longest name search kept.
pub const MAX_NAME_QUERY_CHARS: usize = 40;

/// The four views of the page.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Tab {
    #[default]
    National,
    States,
    Metros,
    About,
}

choice_table!(Tab {
    National => "national", "National";
    States => "states", "States";
    Metros => "metros", "Metro areas";
    About => "about", "About the data";
});

/// A chart of the page, as embed links name it (`?embed=state-ranges`); its label is the
/// title an embedded chart shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChartId {
    NationalPercentiles,
    StateMap,
    StateRanges,
    StateCompare,
    MetroPay,
    MetroJobs,
}

choice_table!(ChartId {
    NationalPercentiles => "national-percentiles", "National wage percentiles";
    StateMap => "state-map", "Wages on a map of the states";
    StateRanges => "state-ranges", "Every state's range";
    StateCompare => "state-compare", "Chosen states against the nation";
    MetroPay => "metro-pay", "Highest-paying metro areas";
    MetroJobs => "metro-jobs", "Metro areas with the most jobs";
});

impl ChartId {
    /// The view the chart is part of.
    pub fn tab(self) -> Tab {
        match self {
            ChartId::NationalPercentiles => Tab::National,
            ChartId::StateMap | ChartId::StateRanges | ChartId::StateCompare => Tab::States,
            ChartId::MetroPay | ChartId::MetroJobs => Tab::Metros,
        }
    }
}

/// The page's colours: the system's setting, or light or dark whatever it is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum ThemeChoice {
    #[default]
    System,
    Light,
    Dark,
}

choice_table!(ThemeChoice {
    System => "system", "System";
    Light => "light", "Light";
    Dark => "dark", "Dark";
});

/// A figure a state can be measured, coloured or sorted by.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Measure {
    #[default]
    Median,
    Bottom10,
    Top10,
    Spread,
    /// Median minus the national median.
    VsNational,
}

choice_table!(Measure {
    Median => "median", "Median";
    Bottom10 => "bottom10", "Bottom 10%";
    Top10 => "top10", "Top 10%";
    Spread => "spread", "Spread (top 10% − bottom 10%)";
    VsNational => "vs-national", "Median vs national median";
});

/// What the state rows are ordered by.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum SortKey {
    #[default]
    Median,
    Bottom10,
    Top10,
    Spread,
    Name,
}

choice_table!(SortKey {
    Median => "median", "Median";
    Bottom10 => "bottom10", "Bottom 10%";
    Top10 => "top10", "Top 10%";
    Spread => "spread", "Spread";
    Name => "name", "Name";
});

/// Sort direction.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum SortDir {
    Ascending,
    #[default]
    Descending,
}

choice_table!(SortDir {
    Descending => "desc", "Descending";
    Ascending => "asc", "Ascending";
});

/// A Census area to filter states by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AreaFilter {
    Region(Region),
    Division(Division),
}

impl AreaFilter {
    /// True when a state in `division` lies in this area.
    pub fn contains(self, division: Division) -> bool {
        match self {
            AreaFilter::Region(r) => division.region() == r,
            AreaFilter::Division(d) => division == d,
        }
    }
}

impl Choice for AreaFilter {
    const ALL: &'static [Self] = &AREAS;

    fn slug(self) -> &'static str {
        match self {
            AreaFilter::Region(r) => r.slug(),
            AreaFilter::Division(d) => d.slug(),
        }
    }

    fn label(self) -> &'static str {
        match self {
            AreaFilter::Region(r) => r.label(),
            AreaFilter::Division(d) => d.label(),
        }
    }
}

/// Every area: the regions, then the divisions, each in Census order. Copied off the two
/// Census lists when the page is built, so neither is written again here.
const AREAS: [AreaFilter; Region::ALL.len() + Division::ALL.len()] = {
    let mut areas =
        [AreaFilter::Region(Region::Northeast); Region::ALL.len() + Division::ALL.len()];
    let (mut regions, mut divisions): (&[Region], &[Division]) = (&Region::ALL, &Division::ALL);
    let mut slots: &mut [AreaFilter] = &mut areas;
    while let [slot, free @ ..] = slots {
        *slot = match (regions, divisions) {
            ([region, rest @ ..], _) => {
                regions = rest;
                AreaFilter::Region(*region)
            }
            ([], [division, rest @ ..]) => {
                divisions = rest;
                AreaFilter::Division(*division)
            }
            ([], []) => break,
        };
        slots = free;
    }
    areas
};

/// Everything that decides what the page shows; the default is the page's plain address.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ViewState {
    pub tab: Tab,
    pub pay: PayBasis,
    /// Postal codes picked for comparison, in the order they were picked.
    pub selected: Vec<&'static str>,
    pub measure: Measure,
    pub sort: SortKey,
    pub dir: SortDir,
    pub area: Option<AreaFilter>,
    pub name_query: String,
    /// Range filter on the chosen measure, in annual dollars.
    pub min: Option<i64>,
    pub max: Option<i64>,
    /// Metro lists filtered to areas spanning this state.
    pub metro_state: Option<&'static str>,
    /// Metro lists filtered to areas spanning one of the `selected` states.
    pub metros_in_selected: bool,
    /// How the highest-paying metro table is sorted; None keeps the published order.
    pub highest_paying_sort: Option<TableSort>,
    /// How the most-employment metro table is sorted; None keeps the published order.
    pub most_employment_sort: Option<TableSort>,
    /// A salary the user chose to share in the link (annual dollars); never written otherwise.
    pub shared_salary: Option<u32>,
    /// The one chart an embedded page shows, alone; None for the whole page.
    pub embed: Option<ChartId>,
    /// Colours the link asks for (an embedding site's choice); System follows the reader's.
    pub theme: ThemeChoice,
}

/// A metro table sorted by one of its columns.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct TableSort {
    pub column: MetroColumn,
    pub ascending: bool,
}

impl ViewState {
    /// Selects or deselects a state; Err with a message when the limit is reached.
    pub fn toggle_selected(&mut self, code: &'static str) -> Result<(), String> {
        if let Some(i) = self.selected.iter().position(|c| *c == code) {
            self.selected.remove(i);
            return Ok(());
        }
        if self.selected.len() >= MAX_SELECTED {
            return Err(format!(
                "You can compare up to {MAX_SELECTED} states at once; remove one to add {code}."
            ));
        }
        self.selected.push(code);
        Ok(())
    }

    /// How `table` is sorted; None keeps the published order.
    pub fn metro_sort(&self, table: MetroTable) -> Option<TableSort> {
        match table {
            MetroTable::HighestPaying => self.highest_paying_sort,
            MetroTable::MostEmployment => self.most_employment_sort,
        }
    }

    /// Where `table`'s sort is kept.
    pub fn metro_sort_mut(&mut self, table: MetroTable) -> &mut Option<TableSort> {
        match table {
            MetroTable::HighestPaying => &mut self.highest_paying_sort,
            MetroTable::MostEmployment => &mut self.most_employment_sort,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_view_is_the_national_view_in_annual_pay_sorted_by_median_highest_first() {
        let view = ViewState::default();
        assert_eq!(
            (view.tab, view.pay, view.measure, view.sort, view.dir),
            (
                Tab::National,
                PayBasis::Annual,
                Measure::Median,
                SortKey::Median,
                SortDir::Descending
            )
        );
        assert!(view.selected.is_empty() && view.name_query.is_empty());
        assert_eq!((view.area, view.min, view.max), (None, None, None));
        assert_eq!((view.metro_state, view.metros_in_selected), (None, false));
        assert_eq!(
            (view.highest_paying_sort, view.most_employment_sort),
            (None, None)
        );
        assert_eq!(view.shared_salary, None);
        assert_eq!((view.embed, view.theme), (None, ThemeChoice::System));
    }

    #[test]
    fn selection_stops_at_the_limit() {
        let mut state = ViewState::default();
        for code in ["CA", "TX", "NY", "FL", "OH", "WA"] {
            assert_eq!(state.toggle_selected(code), Ok(()));
        }
        assert!(state.toggle_selected("OR").is_err());
        assert_eq!(state.toggle_selected("CA"), Ok(()));
        assert_eq!(state.selected.len(), 5);
    }

    #[test]
    fn each_metro_table_keeps_its_own_sort() {
        let mut state = ViewState::default();
        let by_employed = TableSort {
            column: MetroColumn::Employed,
            ascending: true,
        };
        *state.metro_sort_mut(MetroTable::MostEmployment) = Some(by_employed);
        assert_eq!(state.most_employment_sort, Some(by_employed));
        assert_eq!(
            state.metro_sort(MetroTable::MostEmployment),
            Some(by_employed)
        );
        assert_eq!(state.metro_sort(MetroTable::HighestPaying), None);
    }
}
