//! The 50 states and DC: names, postal codes, Census regions and divisions, tile-map places.
//! This is reference geography, not wage data; the wage files are checked against it.

use super::choice::choice_table;

/// A Census region.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Region {
    Northeast,
    Midwest,
    South,
    West,
}

/// A Census division (each lies in one region).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Division {
    NewEngland,
    MiddleAtlantic,
    EastNorthCentral,
    WestNorthCentral,
    SouthAtlantic,
    EastSouthCentral,
    WestSouthCentral,
    Mountain,
    Pacific,
}

choice_table!(Region {
    Northeast => "northeast", "Northeast";
    Midwest => "midwest", "Midwest";
    South => "south", "South";
    West => "west", "West";
});

impl Division {
    /// The region this division belongs to.
    pub fn region(self) -> Region {
        match self {
            Division::NewEngland | Division::MiddleAtlantic => Region::Northeast,
            Division::EastNorthCentral | Division::WestNorthCentral => Region::Midwest,
            Division::SouthAtlantic | Division::EastSouthCentral | Division::WestSouthCentral => {
                Region::South
            }
            Division::Mountain | Division::Pacific => Region::West,
        }
    }
}

choice_table!(Division {
    NewEngland => "new-england", "New England";
    MiddleAtlantic => "middle-atlantic", "Middle Atlantic";
    EastNorthCentral => "east-north-central", "East North Central";
    WestNorthCentral => "west-north-central", "West North Central";
    SouthAtlantic => "south-atlantic", "South Atlantic";
    EastSouthCentral => "east-south-central", "East South Central";
    WestSouthCentral => "west-south-central", "West South Central";
    Mountain => "mountain", "Mountain";
    Pacific => "pacific", "Pacific";
});

/// One state (or DC): who it is and where its tile sits on the tile-grid map.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StateInfo {
    pub name: &'static str,
    pub code: &'static str,
    pub division: Division,
    /// Row and column on the 8 x 11 tile grid, roughly where the state lies.
    pub tile: (u8, u8),
}

use Division::*;

const fn st(
    name: &'static str,
    code: &'static str,
    division: Division,
    row: u8,
    col: u8,
) -> StateInfo {
    StateInfo {
        name,
        code,
        division,
        tile: (row, col),
    }
}

/// All 50 states and the District of Columbia, alphabetical by name.
pub const STATES: [StateInfo; 51] = [
    st("Alabama", "AL", EastSouthCentral, 6, 6),
    st("Alaska", "AK", Pacific, 0, 0),
    st("Arizona", "AZ", Mountain, 5, 1),
    st("Arkansas", "AR", WestSouthCentral, 5, 4),
    st("California", "CA", Pacific, 4, 0),
    st("Colorado", "CO", Mountain, 4, 2),
    st("Connecticut", "CT", NewEngland, 3, 9),
    st("Delaware", "DE", SouthAtlantic, 4, 9),
    st("District of Columbia", "DC", SouthAtlantic, 5, 8),
    st("Florida", "FL", SouthAtlantic, 7, 8),
    st("Georgia", "GA", SouthAtlantic, 6, 7),
    st("Hawaii", "HI", Pacific, 7, 0),
    st("Idaho", "ID", Mountain, 2, 1),
    st("Illinois", "IL", EastNorthCentral, 2, 5),
    st("Indiana", "IN", EastNorthCentral, 3, 5),
    st("Iowa", "IA", WestNorthCentral, 3, 4),
    st("Kansas", "KS", WestNorthCentral, 5, 3),
    st("Kentucky", "KY", EastSouthCentral, 4, 5),
    st("Louisiana", "LA", WestSouthCentral, 6, 4),
    st("Maine", "ME", NewEngland, 0, 10),
    st("Maryland", "MD", SouthAtlantic, 4, 8),
    st("Massachusetts", "MA", NewEngland, 2, 9),
    st("Michigan", "MI", EastNorthCentral, 2, 6),
    st("Minnesota", "MN", WestNorthCentral, 2, 4),
    st("Mississippi", "MS", EastSouthCentral, 6, 5),
    st("Missouri", "MO", WestNorthCentral, 4, 4),
    st("Montana", "MT", Mountain, 2, 2),
    st("Nebraska", "NE", WestNorthCentral, 4, 3),
    st("Nevada", "NV", Mountain, 3, 1),
    st("New Hampshire", "NH", NewEngland, 1, 10),
    st("New Jersey", "NJ", MiddleAtlantic, 3, 8),
    st("New Mexico", "NM", Mountain, 5, 2),
    st("New York", "NY", MiddleAtlantic, 2, 8),
    st("North Carolina", "NC", SouthAtlantic, 5, 6),
    st("North Dakota", "ND", WestNorthCentral, 2, 3),
    st("Ohio", "OH", EastNorthCentral, 3, 6),
    st("Oklahoma", "OK", WestSouthCentral, 6, 3),
    st("Oregon", "OR", Pacific, 3, 0),
    st("Pennsylvania", "PA", MiddleAtlantic, 3, 7),
    st("Rhode Island", "RI", NewEngland, 3, 10),
    st("South Carolina", "SC", SouthAtlantic, 5, 7),
    st("South Dakota", "SD", WestNorthCentral, 3, 3),
    st("Tennessee", "TN", EastSouthCentral, 5, 5),
    st("Texas", "TX", WestSouthCentral, 7, 3),
    st("Utah", "UT", Mountain, 4, 1),
    st("Vermont", "VT", NewEngland, 1, 9),
    st("Virginia", "VA", SouthAtlantic, 4, 7),
    st("Washington", "WA", Pacific, 2, 0),
    st("West Virginia", "WV", SouthAtlantic, 4, 6),
    st("Wisconsin", "WI", EastNorthCentral, 1, 5),
    st("Wyoming", "WY", Mountain, 3, 2),
];

/// Finds a state by its full name, exactly as the source spells it.
pub fn state_by_name(name: &str) -> Option<&'static StateInfo> {
    STATES.iter().find(|s| s.name == name)
}

/// Finds a state by its postal code, in any letter case.
pub fn state_by_code(code: &str) -> Option<&'static StateInfo> {
    STATES.iter().find(|s| s.code.eq_ignore_ascii_case(code))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn every_state_and_dc_has_one_unique_code_and_tile() {
        let codes: HashSet<_> = STATES.iter().map(|s| s.code).collect();
        let tiles: HashSet<_> = STATES.iter().map(|s| s.tile).collect();
        assert_eq!(codes.len(), 51);
        assert_eq!(tiles.len(), 51, "two states share a tile");
        assert!(STATES.iter().all(|s| s.tile.0 < 8 && s.tile.1 < 11));
    }

    #[test]
    fn divisions_sit_in_their_census_regions() {
        let in_south = STATES
            .iter()
            .filter(|s| s.division.region() == Region::South)
            .count();
        assert_eq!(in_south, 17);
        assert_eq!(state_by_code("dc").map(|s| s.division), Some(SouthAtlantic));
    }
}
