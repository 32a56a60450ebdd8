//! Sorting for the page's short lists (51 states at most).
//!
//! The standard library's sorts are tuned for long slices and add about 2.5 KB of
//! WebAssembly per call site; an insertion sort does the same job here in a few
//! hundred bytes, in well under a millisecond.

use std::cmp::Ordering;

/// Sorts `items` by `compare`, stably (equal items keep their order).
pub fn sort_short_by<T>(items: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    for end in 1..items.len() {
        let mut at = end;
        while at > 0 {
            let (Some(before), Some(here)) = (items.get(at - 1), items.get(at)) else {
                break;
            };
            if compare(before, here) != Ordering::Greater {
                break;
            }
            items.swap(at - 1, at);
            at -= 1;
        }
    }
}

/// Sorts `items` by the key `key` gives, stably.
pub fn sort_short_by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_short_by(items, |a, b| key(a).cmp(&key(b)));
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn sorts_like_the_standard_stable_sort(items in proptest::collection::vec((0u8..8, 0u16..1000), 0..60)) {
            let mut ours = items.clone();
            let mut std = items;
            sort_short_by_key(&mut ours, |(key, _)| *key);
            std.sort_by_key(|(key, _)| *key);
            prop_assert_eq!(ours, std);
        }
    }
}
