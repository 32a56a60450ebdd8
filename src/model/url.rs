//! The view's URL form: one table of parameters, each with its key, how a link's value is
//! read and how the view writes it. Reading a link never fails: what can be read is used,
//! the rest is dropped and described in notices.

mod codec;

pub use codec::{decode_component, encode_component, push_hex_byte};

use super::choice::Choice;
use super::geo::state_by_code;
use super::metro_rows::MetroTable;
use super::salary_input::salary_from_link;
use super::state_rows::MAX_RANGE_BOUND;
use super::view_state::{
    TableSort, ViewState, MAX_NAME_QUERY_CHARS, MAX_QUERY_CHARS, MAX_SELECTED,
};
use super::words::counted;

/// One URL parameter.
struct Param {
    key: &'static str,
    /// Reads a link's value (decoded and trimmed) into the view.
    read: fn(&mut ViewState, &str) -> Result<(), Ignored>,
    /// The view's value for the link; None leaves the parameter out (it has its default).
    write: fn(&ViewState) -> Option<String>,
}

/// Why a link's value was not used.
enum Ignored {
    /// The whole value, for this reason ("not a view of this page").
    Value(String),
    /// Some items of a list: the whole notice, naming them.
    Items(String),
}

/// The value the link's `metro_in` takes.
const IN_SELECTED: &str = "selected";

/// A parameter holding one of a [`Choice`]'s values by its slug (`$why` says why a value
/// that is none of them is dropped), left out of the link while it has its default.
macro_rules! choice_param {
    ($key:literal, $field:ident, $why:literal) => {
        Param {
            key: $key,
            read: |view, value| set(&mut view.$field, parse(value, $why)),
            write: |view| unless_default(view.$field),
        }
    };
}

/// A parameter holding one of a [`Choice`]'s values by its slug, or nothing (left out of the
/// link); `$why` says why a value that is none of them is dropped.
macro_rules! optional_choice_param {
    ($key:literal, $field:ident, $why:literal) => {
        Param {
            key: $key,
            read: |view, value| set(&mut view.$field, parse(value, $why).map(Some)),
            write: |view| view.$field.map(|choice| choice.slug().to_string()),
        }
    };
}

/// Every parameter, in the order links write them.
const PARAMS: &[Param] = &[
    choice_param!("view", tab, "not a view of this page"),
    choice_param!("pay", pay, "expected annual or hourly"),
    Param {
        key: "states",
        read: read_selected,
        write: |view| (!view.selected.is_empty()).then(|| view.selected.join(",")),
    },
    choice_param!("measure", measure, "not a known measure"),
    choice_param!("sort", sort, "not a known sort"),
    choice_param!("dir", dir, "expected asc or desc"),
    optional_choice_param!("area", area, "not a Census region or division"),
    Param {
        key: "q",
        read: |view, value| {
            if value.chars().count() > MAX_NAME_QUERY_CHARS {
                return Err(Ignored::Value("too long for a state name".into()));
            }
            view.name_query = value.to_string();
            Ok(())
        },
        write: |view| (!view.name_query.is_empty()).then(|| view.name_query.clone()),
    },
    Param {
        key: "min",
        read: |view, value| set(&mut view.min, range_bound(value).map(Some)),
        write: |view| view.min.map(|min| min.to_string()),
    },
    Param {
        key: "max",
        read: |view, value| set(&mut view.max, range_bound(value).map(Some)),
        write: |view| view.max.map(|max| max.to_string()),
    },
    Param {
        key: "metro",
        read: |view, value| {
            let code = state_by_code(value).map(|info| Some(info.code));
            set(
                &mut view.metro_state,
                found(code, "not a state postal code"),
            )
        },
        write: |view| view.metro_state.map(String::from),
    },
    Param {
        key: "metro_in",
        read: |view, value| {
            if value != IN_SELECTED {
                return Err(Ignored::Value("expected \u{201c}selected\u{201d}".into()));
            }
            view.metros_in_selected = true;
            Ok(())
        },
        write: |view| view.metros_in_selected.then(|| IN_SELECTED.to_string()),
    },
    Param {
        key: "msort",
        read: |view, value| read_table_sort(view, value, MetroTable::HighestPaying),
        write: |view| table_sort_slug(view, MetroTable::HighestPaying),
    },
    Param {
        key: "esort",
        read: |view, value| read_table_sort(view, value, MetroTable::MostEmployment),
        write: |view| table_sort_slug(view, MetroTable::MostEmployment),
    },
    Param {
        key: "salary",
        read: |view, value| {
            let salary = salary_from_link(value).map(Some);
            let why = "expected whole dollars a year, from 1 to 10000000";
            set(&mut view.shared_salary, found(salary, why))
        },
        write: |view| view.shared_salary.map(|salary| salary.to_string()),
    },
    optional_choice_param!("embed", embed, "not a chart of this page"),
    choice_param!("theme", theme, "expected light or dark"),
];

/// The URL parameters, in the order they are written.
pub const KEYS: [&str; PARAMS.len()] = {
    // Copied off the table when the page is built, so a key is written only there.
    let mut keys = [""; PARAMS.len()];
    let (mut params, mut slots): (&[Param], &mut [&str]) = (PARAMS, &mut keys);
    while let ([param, more @ ..], [slot, free @ ..]) = (params, slots) {
        *slot = param.key;
        (params, slots) = (more, free);
    }
    keys
};

/// Most notices one link can give: one per parameter (what was wrong with its value, or for
/// min and max together a reversed range) and one about the link as a whole (cut short,
/// malformed parts, unknown or repeated parameters).
pub const MAX_NOTICES: usize = PARAMS.len() + 1;

impl ViewState {
    /// Writes the state as a query string ("?view=states&sort=name"); defaults are left out,
    /// so the default view is "" (the page's plain address).
    pub fn to_query(&self) -> String {
        let pairs: Vec<String> = PARAMS
            .iter()
            .filter_map(|param| {
                let value = (param.write)(self)?;
                Some(format!("{}={}", param.key, encode_component(&value)))
            })
            .collect();
        if pairs.is_empty() {
            return String::new();
        }
        format!("?{}", pairs.join("&"))
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
            let Some(param) = PARAMS.iter().find(|p| p.key == key) else {
                unknown += 1;
                continue;
            };
            if seen.contains(&param.key) {
                if !repeated.contains(&param.key) {
                    repeated.push(param.key);
                }
                continue;
            }
            // Each parameter is read once, so it gives at most one notice.
            seen.push(param.key);
            let value = value.trim();
            if let Err(ignored) = (param.read)(&mut state, value) {
                notices.push(ignored.notice(param.key, value));
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
}

impl Ignored {
    /// The notice for the link's `key`=`value`.
    fn notice(self, key: &str, value: &str) -> String {
        match self {
            Ignored::Value(why) => format!(
                "Ignored the link's {key}=\u{201c}{}\u{201d}: {why}.",
                shorten(value)
            ),
            Ignored::Items(notice) => notice,
        }
    }
}

/// Puts what was read in its place; an error leaves the view as it was.
fn set<T>(field: &mut T, read: Result<T, Ignored>) -> Result<(), Ignored> {
    *field = read?;
    Ok(())
}

/// The value that was found, or Err saying what was expected.
fn found<T>(value: Option<T>, why: &str) -> Result<T, Ignored> {
    value.ok_or_else(|| Ignored::Value(why.to_string()))
}

/// The choice `value` names.
fn parse<C: Choice>(value: &str, why: &str) -> Result<C, Ignored> {
    found(C::parse(value), why)
}

/// A choice's slug, unless it is the default (which links leave out).
fn unless_default<C: Choice + Default>(choice: C) -> Option<String> {
    (choice != C::default()).then(|| choice.slug().to_string())
}

/// A bound of the salary range filter, in annual dollars.
fn range_bound(value: &str) -> Result<i64, Ignored> {
    let bound = value.parse::<i64>().ok();
    let bound = bound.filter(|v| (-MAX_RANGE_BOUND..=MAX_RANGE_BOUND).contains(v));
    found(
        bound,
        "expected whole dollars between -1,000,000 and 1,000,000",
    )
}

/// "2a" / "0d": the column's place in `table` and the direction; None when the table keeps
/// the published order or is sorted by a column it does not have.
fn table_sort_slug(view: &ViewState, table: MetroTable) -> Option<String> {
    let sort = view.metro_sort(table)?;
    let index = table.index_of(sort.column)?;
    Some(format!("{index}{}", if sort.ascending { 'a' } else { 'd' }))
}

/// Reads a link's sort of `table`: a column number and a or d.
fn read_table_sort(view: &mut ViewState, value: &str, table: MetroTable) -> Result<(), Ignored> {
    let (index, ascending) = match (value.strip_suffix('a'), value.strip_suffix('d')) {
        (Some(index), _) => (index, true),
        (_, Some(index)) => (index, false),
        // No direction: refused below, like a missing column number.
        _ => ("", false),
    };
    if index.is_empty() || !index.bytes().all(|b| b.is_ascii_digit()) {
        let why = "expected a column number and a or d, such as 1d";
        return Err(Ignored::Value(why.into()));
    }
    let Some(column) = index.parse::<usize>().ok().and_then(|i| table.column(i)) else {
        let last = table.columns().len().saturating_sub(1);
        return Err(Ignored::Value(format!(
            "that table has columns 0 to {last}; sort it by clicking a column header"
        )));
    };
    *view.metro_sort_mut(table) = Some(TableSort { column, ascending });
    Ok(())
}

/// Reads the states picked for comparison: known codes up to the limit, each once.
fn read_selected(view: &mut ViewState, value: &str) -> Result<(), Ignored> {
    let mut unknown: Vec<String> = Vec::new();
    let mut over_limit: Vec<String> = Vec::new();
    for code in value.split(',').map(str::trim).filter(|c| !c.is_empty()) {
        match state_by_code(code) {
            Some(info)
                if view.selected.contains(&info.code)
                    || over_limit.iter().any(|c| c == info.code) => {}
            Some(info) if view.selected.len() < MAX_SELECTED => view.selected.push(info.code),
            Some(info) => over_limit.push(info.code.to_string()),
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
        parts.push(format!(
            "over the limit of {MAX_SELECTED}: {}",
            list_some(&over_limit)
        ));
    }
    if parts.is_empty() {
        return Ok(());
    }
    let what = if unknown.len() + over_limit.len() == 1 {
        "a state"
    } else {
        "states"
    };
    let notice = format!("Ignored {what} in the link, {}.", parts.join("; "));
    Err(Ignored::Items(notice))
}

/// The one notice about the link as a whole (cut short, malformed parts, unknown or repeated
/// parameters); None when there is nothing to say.
fn link_notice(cut: bool, malformed: usize, unknown: usize, repeated: &[&str]) -> Option<String> {
    let mut parts: Vec<String> = Vec::new();
    if cut {
        parts.push("it was unusually long, so only its beginning was read".into());
    }
    if malformed > 0 {
        parts.push(counted(malformed, "malformed part", "malformed parts"));
    }
    if unknown > 0 {
        parts.push(format!(
            "{} this page does not know",
            counted(unknown, "setting", "settings")
        ));
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

    /// A link in which every parameter has a value other than its default, in table order.
    const EVERY_PARAMETER: &str = "?view=metros&pay=hourly&states=CA,TX,DC&measure=vs-national\
        &sort=name&dir=asc&area=pacific&q=new+y&min=-5000&max=90000&metro=KS&metro_in=selected\
        &msort=4a&esort=1d&salary=61000&embed=metro-jobs&theme=dark";

    #[test]
    fn every_key_is_in_the_table_once_and_needs_no_escaping() {
        assert!(KEYS.iter().eq(PARAMS.iter().map(|param| &param.key)));
        for (i, key) in KEYS.iter().enumerate() {
            assert!(!KEYS.iter().skip(i + 1).any(|k| k == key), "{key} twice");
            assert_eq!(encode_component(key), *key);
        }
        assert_eq!(MAX_NOTICES, KEYS.len() + 1);
    }

    #[test]
    fn a_link_with_every_parameter_reads_without_a_notice_and_is_written_back_as_it_was() {
        let (view, notices) = ViewState::from_query(EVERY_PARAMETER);
        assert_eq!(notices, Vec::<String>::new());
        for param in PARAMS {
            assert!(
                (param.write)(&view).is_some(),
                "{} has its default",
                param.key
            );
        }
        assert_eq!(view.to_query(), EVERY_PARAMETER);
    }

    #[test]
    fn each_parameter_alone_reads_back_what_it_writes_and_the_default_writes_nothing() {
        let (view, _) = ViewState::from_query(EVERY_PARAMETER);
        for param in PARAMS {
            let value = (param.write)(&view).unwrap_or_default();
            let (read, notices) =
                ViewState::from_query(&format!("{}={}", param.key, encode_component(&value)));
            assert_eq!(notices, Vec::<String>::new(), "{}", param.key);
            assert_eq!((param.write)(&read), Some(value), "{}", param.key);
            assert_eq!((param.write)(&ViewState::default()), None, "{}", param.key);
        }
    }

    #[test]
    fn each_parameter_refuses_a_wrong_value_with_one_notice_and_keeps_the_default() {
        for param in PARAMS {
            let link = format!("{}=zz-{}", param.key, "z".repeat(MAX_NAME_QUERY_CHARS));
            let (read, notices) = ViewState::from_query(&link);
            assert_eq!(read, ViewState::default(), "{link}");
            assert_eq!(notices.len(), 1, "{link}: {notices:?}");
            assert!(
                notices.iter().all(|n| n.starts_with("Ignored ")),
                "{notices:?}"
            );
        }
    }
}
