//! A value picked from a short fixed list (a view, a measure, a sort, an area, the pay basis):
//! its name in links and its label on screen.

/// One of a fixed list of values, named in links by a slug and shown to people by a label.
pub trait Choice: Copy + PartialEq + 'static {
    /// Every value, in the order menus and buttons list them.
    const ALL: &'static [Self];

    /// The name used in links and in `data-` attributes.
    fn slug(self) -> &'static str;

    /// The label shown to people.
    fn label(self) -> &'static str;

    /// The value `slug` names, if any.
    fn parse(slug: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|c| c.slug() == slug)
    }
}

/// Gives an enum its [`Choice`] from one table, a line per value in menu order (`Value =>
/// "slug", "Label";`): the list `ALL`, and `slug` and `label` both as the trait's and as the
/// enum's own methods, so callers need not import the trait.
macro_rules! choice_table {
    ($ty:ident { $($value:ident => $slug:literal, $label:literal;)+ }) => {
        impl $ty {
            /// Every value, in the order menus and buttons list them.
            pub const ALL: [$ty; [$(stringify!($value)),+].len()] = [$($ty::$value),+];

            /// The name used in links and in `data-` attributes.
            pub fn slug(self) -> &'static str {
                match self {
                    $($ty::$value => $slug,)+
                }
            }

            /// The label shown to people.
            pub fn label(self) -> &'static str {
                match self {
                    $($ty::$value => $label,)+
                }
            }
        }

        impl $crate::model::choice::Choice for $ty {
            const ALL: &'static [Self] = &$ty::ALL;

            fn slug(self) -> &'static str {
                $ty::slug(self)
            }

            fn label(self) -> &'static str {
                $ty::label(self)
            }
        }
    };
}
pub(crate) use choice_table;

#[cfg(test)]
mod tests {
    use super::Choice;
    use crate::model::geo::{Division, Region};
    use crate::model::money::PayBasis;
    use crate::model::view_state::{
        AreaFilter, ChartId, Measure, SortDir, SortKey, Tab, ThemeChoice,
    };
    use std::fmt::Debug;

    /// Slugs and labels are unique and not empty, and every slug reads back as its value.
    fn check<C: Choice + Debug>() {
        for (i, choice) in C::ALL.iter().enumerate() {
            assert!(!choice.slug().is_empty() && !choice.label().is_empty());
            assert_eq!(C::parse(choice.slug()), Some(*choice));
            for other in C::ALL.iter().skip(i + 1) {
                assert_ne!(choice.slug(), other.slug(), "{choice:?} and {other:?}");
                assert_ne!(choice.label(), other.label(), "{choice:?} and {other:?}");
            }
        }
        assert_eq!(C::parse(""), None);
    }

    #[test]
    fn every_choice_has_its_own_slug_and_label_and_reads_back() {
        check::<Tab>();
        check::<Measure>();
        check::<ChartId>();
        check::<ThemeChoice>();
        check::<SortKey>();
        check::<SortDir>();
        check::<Region>();
        check::<Division>();
        check::<AreaFilter>();
        check::<PayBasis>();
    }

    #[test]
    fn areas_are_the_regions_then_the_divisions() {
        let regions = Region::ALL.iter().map(|r| AreaFilter::Region(*r));
        let divisions = Division::ALL.iter().map(|d| AreaFilter::Division(*d));
        let all: Vec<AreaFilter> = regions.chain(divisions).collect();
        assert_eq!(<AreaFilter as Choice>::ALL, all.as_slice());
        assert_eq!(
            AreaFilter::parse("pacific"),
            Some(AreaFilter::Division(Division::Pacific))
        );
        assert_eq!(
            AreaFilter::parse("west"),
            Some(AreaFilter::Region(Region::West))
        );
    }
}
