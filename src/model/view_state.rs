//! The whole view as one value, and its URL form. The URL and the controls both write it;
//! everything on screen derives from it.

use super::choice::Choice;
use super::geo::{state_by_code, Division, Region};
use super::metro_rows::{MetroColumn, MetroTable};
use super::money::PayBasis;
use super::salary_input::salary_from_link;
use super::state_rows::MAX_RANGE_BOUND;
use super::url::{decode_component, encode_component};

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

impl Tab {
    /// Every view, in navigation order.
    pub const ALL: [Tab; 4] = [Tab::National, Tab::States, Tab::Metros, Tab::About];

    /// The value used in the URL.
    pub fn slug(self) -> &'static str {
        Choice::slug(self)
    }

    /// The navigation label.
    pub fn label(self) -> &'static str {
        Choice::label(self)
    }
}

impl Choice for Tab {
    const ALL: &'static [Self] = &Tab::ALL;

    fn slug(self) -> &'static str {
        match self {
            Tab::National => "national",
            Tab::States => "states",
            Tab::Metros => "metros",
            Tab::About => "about",
        }
    }

    fn label(self) -> &'static str {
        match self {
            Tab::National => "National",
            Tab::States => "States",
            Tab::Metros => "Metro areas",
            Tab::About => "About the data",
        }
    }
}

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

impl Measure {
    /// Every measure, in menu order.
    pub const ALL: [Measure; 5] = [
        Measure::Median,
        Measure::Bottom10,
        Measure::Top10,
        Measure::Spread,
        Measure::VsNational,
    ];

    /// The value used in the URL.
    pub fn slug(self) -> &'static str {
        Choice::slug(self)
    }

    /// The label shown to people.
    pub fn label(self) -> &'static str {
        Choice::label(self)
    }
}

impl Choice for Measure {
    const ALL: &'static [Self] = &Measure::ALL;

    fn slug(self) -> &'static str {
        match self {
            Measure::Median => "median",
            Measure::Bottom10 => "bottom10",
            Measure::Top10 => "top10",
            Measure::Spread => "spread",
            Measure::VsNational => "vs-national",
        }
    }

    fn label(self) -> &'static str {
        match self {
            Measure::Median => "Median",
            Measure::Bottom10 => "Bottom 10%",
            Measure::Top10 => "Top 10%",
            Measure::Spread => "Spread (top 10% − bottom 10%)",
            Measure::VsNational => "Median vs national median",
        }
    }
}

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

impl SortKey {
    /// Every key, in menu order.
    pub const ALL: [SortKey; 5] = [
        SortKey::Median,
        SortKey::Bottom10,
        SortKey::Top10,
        SortKey::Spread,
        SortKey::Name,
    ];

    /// The value used in the URL.
    pub fn slug(self) -> &'static str {
        Choice::slug(self)
    }

    /// The label shown to people.
    pub fn label(self) -> &'static str {
        Choice::label(self)
    }
}

impl Choice for SortKey {
    const ALL: &'static [Self] = &SortKey::ALL;

    fn slug(self) -> &'static str {
        match self {
            SortKey::Median => "median",
            SortKey::Bottom10 => "bottom10",
            SortKey::Top10 => "top10",
            SortKey::Spread => "spread",
            SortKey::Name => "name",
        }
    }

    fn label(self) -> &'static str {
        match self {
            SortKey::Median => "Median",
            SortKey::Bottom10 => "Bottom 10%",
            SortKey::Top10 => "Top 10%",
            SortKey::Spread => "Spread",
            SortKey::Name => "Name",
        }
    }
}

/// Sort direction.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum SortDir {
    Ascending,
    #[default]
    Descending,
}

impl Choice for SortDir {
    const ALL: &'static [Self] = &[SortDir::Descending, SortDir::Ascending];

    fn slug(self) -> &'static str {
        match self {
            SortDir::Ascending => "asc",
            SortDir::Descending => "desc",
        }
    }

    fn label(self) -> &'static str {
        match self {
            SortDir::Ascending => "Ascending",
            SortDir::Descending => "Descending",
        }
    }
}

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

/// Everything that decides what the page shows.
#[derive(Clone, Debug, PartialEq)]
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
}

/// A metro table sorted by one of its columns.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct TableSort {
    pub column: MetroColumn,
    pub ascending: bool,
}

impl TableSort {
    /// "2a" / "0d": the column's place in `table` and the direction; None for a column
    /// the table does not have.
    fn slug(self, table: MetroTable) -> Option<String> {
        let index = table.index_of(self.column)?;
        Some(format!("{index}{}", if self.ascending { 'a' } else { 'd' }))
    }

    /// Reads a link's sort of `table`; Err says what is wrong with it.
    fn from_slug(slug: &str, table: MetroTable) -> Result<TableSort, String> {
        let (index, ascending) = match (slug.strip_suffix('a'), slug.strip_suffix('d')) {
            (Some(index), _) => (index, true),
            (_, Some(index)) => (index, false),
            _ => return Err("expected a column number and a or d, such as 1d".into()),
        };
        if index.is_empty() || !index.bytes().all(|b| b.is_ascii_digit()) {
            return Err("expected a column number and a or d, such as 1d".into());
        }
        index
            .parse::<usize>()
            .ok()
            .and_then(|i| table.column(i))
            .map(|column| TableSort { column, ascending })
            .ok_or_else(|| {
                format!(
                    "that table has columns 0 to {}; sort it by clicking a column header",
                    table.columns().len().saturating_sub(1)
                )
            })
    }
}

/// The URL parameter that holds each metro table's sort.
fn sort_parameter(table: MetroTable) -> &'static str {
    match table {
        MetroTable::HighestPaying => "msort",
        MetroTable::MostEmployment => "esort",
    }
}

impl Default for ViewState {
    fn default() -> Self {
        ViewState {
            tab: Tab::National,
            pay: PayBasis::Annual,
            selected: Vec::new(),
            measure: Measure::Median,
            sort: SortKey::Median,
            dir: SortDir::Descending,
            area: None,
            name_query: String::new(),
            min: None,
            max: None,
            metro_state: None,
            metros_in_selected: false,
            highest_paying_sort: None,
            most_employment_sort: None,
            shared_salary: None,
        }
    }
}

/// The URL parameters, in the order they are written.
pub const KEYS: [&str; 15] = [
    "view", "pay", "states", "measure", "sort", "dir", "area", "q", "min", "max", "metro",
    "metro_in", "msort", "esort", "salary",
];

/// Most notices one link can give: one per parameter (what was wrong with its value, or for
/// min and max together a reversed range) and one about the link as a whole (cut short,
/// malformed parts, unknown or repeated parameters).
pub const MAX_NOTICES: usize = KEYS.len() + 1;

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

    /// Writes the state as a query string ("?view=states&sort=name"); defaults are left out,
    /// so the default view is "" (the page's plain address).
    pub fn to_query(&self) -> String {
        let default = ViewState::default();
        let mut pairs: Vec<(&str, String)> = Vec::new();
        if self.tab != default.tab {
            pairs.push(("view", self.tab.slug().to_string()));
        }
        if self.pay != default.pay {
            pairs.push(("pay", self.pay.slug().to_string()));
        }
        if !self.selected.is_empty() {
            pairs.push(("states", self.selected.join(",")));
        }
        if self.measure != default.measure {
            pairs.push(("measure", self.measure.slug().to_string()));
        }
        if self.sort != default.sort {
            pairs.push(("sort", self.sort.slug().to_string()));
        }
        if self.dir != default.dir {
            pairs.push(("dir", self.dir.slug().to_string()));
        }
        if let Some(area) = self.area {
            pairs.push(("area", area.slug().to_string()));
        }
        if !self.name_query.is_empty() {
            pairs.push(("q", self.name_query.clone()));
        }
        if let Some(min) = self.min {
            pairs.push(("min", min.to_string()));
        }
        if let Some(max) = self.max {
            pairs.push(("max", max.to_string()));
        }
        if let Some(code) = self.metro_state {
            pairs.push(("metro", code.to_string()));
        }
        if self.metros_in_selected {
            pairs.push(("metro_in", "selected".to_string()));
        }
        for table in MetroTable::ALL {
            if let Some(slug) = self.metro_sort(table).and_then(|sort| sort.slug(table)) {
                pairs.push((sort_parameter(table), slug));
            }
        }
        if let Some(salary) = self.shared_salary {
            pairs.push(("salary", salary.to_string()));
        }
        if pairs.is_empty() {
            return String::new();
        }
        let body: Vec<String> = pairs
            .iter()
            .map(|(k, v)| format!("{k}={}", encode_component(v)))
            .collect();
        format!("?{}", body.join("&"))
    }

    /// Reads a query string. Never fails: what can be read is used, everything else is
    /// dropped and described in the returned notices.
    pub fn from_query(query: &str) -> (ViewState, Vec<String>) {
        let mut state = ViewState::default();
        let mut notices: Vec<String> = Vec::new();
        let mut query = query.strip_prefix('?').unwrap_or(query);
        let cut = query.len() > MAX_QUERY_CHARS;
        if cut {
            let mut end = MAX_QUERY_CHARS;
            while !query.is_char_boundary(end) {
                end -= 1;
            }
            query = query.get(..end).unwrap_or("");
        }
        let mut seen: Vec<&str> = Vec::new();
        let mut unknown = 0usize;
        let mut repeated: Vec<&str> = Vec::new();
        let mut malformed = 0usize;
        for part in query.split('&').filter(|p| !p.is_empty()) {
            let (raw_key, raw_value) = part.split_once('=').unwrap_or((part, ""));
            let (Some(key), Some(value)) = (decode_component(raw_key), decode_component(raw_value))
            else {
                malformed += 1;
                continue;
            };
            let Some(&key) = KEYS.iter().find(|k| **k == key) else {
                unknown += 1;
                continue;
            };
            if seen.contains(&key) {
                if !repeated.contains(&key) {
                    repeated.push(key);
                }
                continue;
            }
            // Each parameter is applied once, so it gives at most one notice.
            seen.push(key);
            if let Err(message) = state.apply(key, value.trim()) {
                notices.push(message);
            }
        }
        if let (Some(min), Some(max)) = (state.min, state.max) {
            // Both were read without a notice, so this one stays within MAX_NOTICES.
            if min > max {
                state.min = Some(max);
                state.max = Some(min);
                notices.push("The link's salary range was reversed; it was turned around.".into());
            }
        }
        notices.extend(link_notice(cut, malformed, unknown, &repeated));
        (state, notices)
    }

    /// Applies one decoded parameter; Err describes what was ignored.
    fn apply(&mut self, key: &str, value: &str) -> Result<(), String> {
        let invalid = |what: &str| {
            Err(format!(
                "Ignored the link's {key}=\u{201c}{}\u{201d}: {what}.",
                shorten(value)
            ))
        };
        match key {
            "view" => match Tab::parse(value) {
                Some(tab) => self.tab = tab,
                None => return invalid("not a view of this page"),
            },
            "pay" => match PayBasis::parse(value) {
                Some(pay) => self.pay = pay,
                None => return invalid("expected annual or hourly"),
            },
            "states" => return self.apply_selected(value),
            "measure" => match Measure::parse(value) {
                Some(m) => self.measure = m,
                None => return invalid("not a known measure"),
            },
            "sort" => match SortKey::parse(value) {
                Some(k) => self.sort = k,
                None => return invalid("not a known sort"),
            },
            "dir" => match SortDir::parse(value) {
                Some(dir) => self.dir = dir,
                None => return invalid("expected asc or desc"),
            },
            "area" => match AreaFilter::parse(value) {
                Some(area) => self.area = Some(area),
                None => return invalid("not a Census region or division"),
            },
            "q" => {
                if value.chars().count() > MAX_NAME_QUERY_CHARS {
                    return invalid("too long for a state name");
                }
                self.name_query = value.to_string();
            }
            "min" | "max" => match value.parse::<i64>() {
                Ok(v) if (-MAX_RANGE_BOUND..=MAX_RANGE_BOUND).contains(&v) => {
                    if key == "min" {
                        self.min = Some(v);
                    } else {
                        self.max = Some(v);
                    }
                }
                _ => return invalid("expected whole dollars between -1,000,000 and 1,000,000"),
            },
            "metro" => match state_by_code(value) {
                Some(info) => self.metro_state = Some(info.code),
                None => return invalid("not a state postal code"),
            },
            "metro_in" => match value {
                "selected" => self.metros_in_selected = true,
                _ => return invalid("expected \u{201c}selected\u{201d}"),
            },
            "msort" | "esort" => {
                let Some(table) = MetroTable::ALL
                    .into_iter()
                    .find(|t| sort_parameter(*t) == key)
                else {
                    return Ok(());
                };
                match TableSort::from_slug(value, table) {
                    Ok(sort) => *self.metro_sort_mut(table) = Some(sort),
                    Err(what) => return invalid(&what),
                }
            }
            "salary" => match salary_from_link(value) {
                Some(v) => self.shared_salary = Some(v),
                None => return invalid("expected whole dollars a year, from 1 to 10000000"),
            },
            _ => {}
        }
        Ok(())
    }

    fn apply_selected(&mut self, value: &str) -> Result<(), String> {
        let mut unknown: Vec<String> = Vec::new();
        let mut over_limit: Vec<&'static str> = Vec::new();
        for code in value.split(',').map(str::trim).filter(|c| !c.is_empty()) {
            match state_by_code(code) {
                Some(info)
                    if self.selected.contains(&info.code) || over_limit.contains(&info.code) => {}
                Some(info) if self.selected.len() < MAX_SELECTED => self.selected.push(info.code),
                Some(info) => over_limit.push(info.code),
                None => {
                    let shown = format!("\u{201c}{}\u{201d}", shorten(code));
                    if !unknown.contains(&shown) {
                        unknown.push(shown);
                    }
                }
            }
        }
        let mut parts: Vec<String> = Vec::new();
        if !unknown.is_empty() {
            parts.push(format!("not a state: {}", list_some(&unknown)));
        }
        if !over_limit.is_empty() {
            let codes: Vec<String> = over_limit.iter().map(|c| c.to_string()).collect();
            parts.push(format!(
                "over the limit of {MAX_SELECTED}: {}",
                list_some(&codes)
            ));
        }
        if parts.is_empty() {
            Ok(())
        } else {
            Err(format!(
                "Ignored state(s) in the link, {}.",
                parts.join("; ")
            ))
        }
    }
}

/// The one notice about the link as a whole (cut short, malformed parts, unknown or repeated
/// parameters); None when there is nothing to say.
fn link_notice(cut: bool, malformed: usize, unknown: usize, repeated: &[&str]) -> Option<String> {
    let mut parts: Vec<String> = Vec::new();
    if cut {
        parts.push("it was unusually long, so only its beginning was read".into());
    }
    if malformed > 0 {
        parts.push(format!("{malformed} malformed part(s)"));
    }
    if unknown > 0 {
        parts.push(format!("{unknown} setting(s) this page does not know"));
    }
    if !repeated.is_empty() {
        parts.push(format!(
            "{} given more than once (the first of each was used)",
            repeated.join(", ")
        ));
    }
    (!parts.is_empty()).then(|| format!("Parts of the link were ignored: {}.", parts.join("; ")))
}

/// "a, b, c and 12 more": a list that stays short however long the link was.
fn list_some(items: &[String]) -> String {
    const SHOWN: usize = 5;
    let head: Vec<&str> = items.iter().take(SHOWN).map(String::as_str).collect();
    match items.len().saturating_sub(SHOWN) {
        0 => head.join(", "),
        more => format!("{} and {more} more", head.join(", ")),
    }
}

/// Cuts echoed URL text so a notice stays readable.
fn shorten(text: &str) -> String {
    const LIMIT: usize = 24;
    if text.chars().count() <= LIMIT {
        text.to_string()
    } else {
        format!("{}…", text.chars().take(LIMIT).collect::<String>())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_view_writes_an_empty_query() {
        assert_eq!(ViewState::default().to_query(), "");
        let states = ViewState {
            tab: Tab::States,
            ..ViewState::default()
        };
        assert_eq!(states.to_query(), "?view=states");
    }

    #[test]
    fn the_default_view_is_national_with_no_notices() {
        assert_eq!(ViewState::from_query(""), (ViewState::default(), vec![]));
        assert_eq!(ViewState::from_query("?"), (ViewState::default(), vec![]));
    }

    #[test]
    fn a_full_view_round_trips_through_the_url() {
        let state = ViewState {
            tab: Tab::States,
            pay: PayBasis::Hourly,
            selected: vec!["CA", "TX", "DC"],
            measure: Measure::Spread,
            sort: SortKey::Name,
            dir: SortDir::Ascending,
            area: Some(AreaFilter::Division(Division::Pacific)),
            name_query: "new y".into(),
            min: Some(40_000),
            max: Some(90_000),
            metro_state: Some("KS"),
            metros_in_selected: true,
            highest_paying_sort: None,
            most_employment_sort: Some(TableSort {
                column: MetroColumn::States,
                ascending: false,
            }),
            shared_salary: Some(61_000),
        };
        let query = state.to_query();
        assert_eq!(ViewState::from_query(&query), (state, vec![]));
    }

    #[test]
    fn bad_parameters_are_dropped_with_a_notice_and_the_rest_is_kept() {
        let (state, notices) =
            ViewState::from_query("?view=states&sort=zzz&states=CA,XX,ca&foo=1&q=%ZZ");
        assert_eq!(state.tab, Tab::States);
        assert_eq!(state.sort, SortKey::Median);
        assert_eq!(state.selected, vec!["CA"]);
        assert_eq!(notices.len(), 3, "{notices:?}");
    }

    #[test]
    fn a_link_wrong_in_every_way_gives_one_notice_per_parameter_and_one_for_the_rest() {
        let mut parts: Vec<String> = KEYS.iter().map(|key| format!("{key}=x")).collect();
        // A value no parameter takes: too long for a name search, and no slug or number.
        if let Some(q) = parts.iter_mut().find(|p| p.starts_with("q=")) {
            *q = format!("q={}", "x".repeat(MAX_NAME_QUERY_CHARS + 1));
        }
        parts.extend(["view=y", "%ZZ", "foo=1"].map(String::from));
        let query = parts.join("&");
        let (state, notices) = ViewState::from_query(&query);
        assert_eq!(state, ViewState::default());
        assert_eq!(notices.len(), MAX_NOTICES, "{notices:#?}");
        let long = format!("{query}&pad={}", "x".repeat(MAX_QUERY_CHARS));
        assert_eq!(ViewState::from_query(&long).1.len(), MAX_NOTICES);
        // 14 wrong values, a repeat, a bad escape and an unknown setting: 17 notices once.
        let (_, notices) = ViewState::from_query("view=x&pay=x&states=x&measure=x&sort=x&dir=x&area=x&min=x&max=x&metro=x&metro_in=x&msort=x&esort=x&salary=x&view=y&%ZZ&foo=1");
        assert_eq!(notices.len(), 15, "{notices:#?}");
        assert_eq!(
            notices.last().map(String::as_str),
            Some("Parts of the link were ignored: 1 malformed part(s); 1 setting(s) this page does not know; view given more than once (the first of each was used).")
        );
    }

    #[test]
    fn a_repeated_parameter_keeps_the_first() {
        let (state, notices) = ViewState::from_query("view=about&view=states");
        assert_eq!(state.tab, Tab::About);
        assert_eq!(notices.len(), 1);
    }

    #[test]
    fn a_link_with_hundreds_of_states_gives_one_short_notice() {
        let codes = ["CA", "TX", "NY", "FL", "OH", "WA", "OR", "NV", "ZZ", "ca"]
            .repeat(50)
            .join(",");
        let (state, notices) = ViewState::from_query(&format!("?states={codes}"));
        assert_eq!(state.selected, ["CA", "TX", "NY", "FL", "OH", "WA"]);
        assert_eq!(
            notices,
            ["Ignored state(s) in the link, not a state: \u{201c}ZZ\u{201d}; over the limit of 6: OR, NV."]
        );
    }

    #[test]
    fn metro_table_sorts_round_trip_and_bad_ones_are_dropped() {
        let (state, notices) = ViewState::from_query("?view=metros&msort=2d&esort=1a");
        let sort = |column, ascending| Some(TableSort { column, ascending });
        assert_eq!(
            (state.highest_paying_sort, state.most_employment_sort),
            (
                sort(MetroColumn::VsNational, false),
                sort(MetroColumn::Employed, true)
            )
        );
        assert!(notices.is_empty());
        assert_eq!(ViewState::from_query(&state.to_query()).0, state);
        for bad in [
            "msort=12a",
            "msort=1x",
            "msort=",
            "msort=d",
            "msort=%2B1d",
            "esort=-1a",
            "esort=99999999999999999999a",
        ] {
            let (state, notices) = ViewState::from_query(bad);
            assert_eq!(state, ViewState::default(), "{bad}");
            assert_eq!(notices.len(), 1, "{bad}");
        }
    }

    #[test]
    fn a_link_may_sort_each_metro_table_only_by_its_own_columns() {
        for table in MetroTable::ALL {
            let key = sort_parameter(table);
            let columns = table.columns().len();
            for index in 0..columns {
                let (state, notices) = ViewState::from_query(&format!("{key}={index}a"));
                assert_eq!(notices, Vec::<String>::new(), "{key}={index}a");
                let column = state.metro_sort(table).map(|s| s.column);
                assert_eq!(column, table.column(index));
            }
            // The first column past the table's last, and the highest any link used to name.
            for index in [columns, 9] {
                let (state, notices) = ViewState::from_query(&format!("{key}={index}a"));
                assert_eq!(state.metro_sort(table), None, "{key}={index}a");
                assert_eq!(notices.len(), 1, "{key}={index}a");
                assert!(
                    notices.iter().all(|n| n.contains("columns 0 to")),
                    "{notices:?}"
                );
            }
        }
        // The most-employment table has three columns: 7 used to sort it by its states.
        let (state, notices) = ViewState::from_query("?view=metros&esort=7a");
        assert_eq!(state.most_employment_sort, None);
        assert_eq!(
            notices,
            ["Ignored the link's esort=\u{201c}7a\u{201d}: that table has columns 0 to 2; sort it by clicking a column header."]
        );
    }

    #[test]
    fn a_sort_by_a_column_the_table_lacks_is_not_written_to_the_link() {
        let state = ViewState {
            most_employment_sort: Some(TableSort {
                column: MetroColumn::Median,
                ascending: true,
            }),
            ..ViewState::default()
        };
        assert_eq!(state.to_query(), "");
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
    fn the_metro_filters_round_trip_through_the_url() {
        let state = ViewState {
            tab: Tab::Metros,
            selected: vec!["MN", "KS"],
            metro_state: Some("WI"),
            metros_in_selected: true,
            ..ViewState::default()
        };
        let query = state.to_query();
        assert_eq!(
            query,
            "?view=metros&states=MN,KS&metro=WI&metro_in=selected"
        );
        assert_eq!(ViewState::from_query(&query), (state, vec![]));
        let (read, notices) = ViewState::from_query("?view=metros&metro=ks");
        assert_eq!((read.metro_state, notices.len()), (Some("KS"), 0));
    }

    #[test]
    fn hostile_metro_filter_values_are_dropped_with_a_notice() {
        for query in [
            "view=metros&metro=XX&metro_in=yes",
            "view=metros&metro=%3Cscript%3E&metro_in=%00",
            "view=metros&metro=KS-MO&metro_in=selected%20",
            "view=metros&metro=&metro_in=",
            "view=metros&metro=%E2%80%AEKS&metro_in=SELECTED",
        ] {
            let (state, notices) = ViewState::from_query(query);
            assert_eq!(state.tab, Tab::Metros, "{query}");
            assert_eq!(state.metro_state, None, "{query}");
            // "selected " is trimmed like every value, so only that one is read.
            let trimmed = query.ends_with("selected%20");
            assert_eq!(state.metros_in_selected, trimmed, "{query}");
            assert_eq!(
                notices.len(),
                if trimmed { 1 } else { 2 },
                "{query}: {notices:?}"
            );
            assert!(
                notices.iter().all(|n| n.chars().count() < 120),
                "{notices:?}"
            );
        }
        let long = format!("view=metros&metro_in={}", "x".repeat(5000));
        let (state, notices) = ViewState::from_query(&long);
        assert!(!state.metros_in_selected);
        assert_eq!(notices.len(), 2, "{notices:?}");
    }
}
