//! The blocks whose static skeleton the app takes from the page the build wrote, instead of
//! carrying the same HTML a second time in its wasm. The pre-render marks each block's
//! element with [`Skeleton::ATTR`]; the app reads the block's HTML from there once, before it
//! removes that page (`ui::skeleton`), and builds its component from it. What the pre-render
//! filled in for the first view is in it too: every such slot is one the component binds, so
//! the component's first update writes the view's own.

/// One block of the page that the app builds from the pre-rendered page's HTML.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Skeleton {
    /// The page header: title, theme menu, navigation.
    Header,
    /// Annual or hourly pay, and the copy-link button.
    Toolbar,
    /// The page footer: source and notes.
    Footer,
    /// The National view's heading, headline figures and state picker.
    NationalTop,
    /// The salary locator.
    Locator,
    /// The job outlook.
    Outlook,
    /// The States view's filters.
    StateFilters,
    /// The comparison panel's picker, status and cards.
    Compare,
    /// The Metro areas view's heading and state filter.
    MetrosTop,
    /// The About view before its definitions.
    AboutIntro,
    /// The About view after its definitions.
    AboutRest,
}

impl Skeleton {
    /// Every block, in page order.
    pub const ALL: [Skeleton; 11] = [
        Skeleton::Header,
        Skeleton::Toolbar,
        Skeleton::NationalTop,
        Skeleton::Locator,
        Skeleton::Outlook,
        Skeleton::StateFilters,
        Skeleton::Compare,
        Skeleton::MetrosTop,
        Skeleton::AboutIntro,
        Skeleton::AboutRest,
        Skeleton::Footer,
    ];

    /// The attribute that marks a block's element in the pre-rendered page.
    pub const ATTR: &'static str = "data-skeleton";

    /// The block's name, the attribute's value.
    pub fn name(self) -> &'static str {
        match self {
            Skeleton::Header => "header",
            Skeleton::Toolbar => "toolbar",
            Skeleton::Footer => "footer",
            Skeleton::NationalTop => "national-top",
            Skeleton::Locator => "locator",
            Skeleton::Outlook => "outlook",
            Skeleton::StateFilters => "state-filters",
            Skeleton::Compare => "compare",
            Skeleton::MetrosTop => "metros-top",
            Skeleton::AboutIntro => "about-intro",
            Skeleton::AboutRest => "about-rest",
        }
    }

    /// ` data-skeleton="<name>"`, to write into the block's opening tag.
    pub fn mark(self) -> String {
        format!(r#" {}="{}""#, Self::ATTR, self.name())
    }
}
