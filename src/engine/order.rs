//! One sort for every list in the engine and the app.
//!
//! Each `sort_by_key` on a new element type or key links another copy of the
//! standard library's sort (about 2–5 KB of wasm each; twelve of them were
//! about a tenth of the browser bundle's code). Here the comparison goes
//! through `&dyn Fn` and the sort itself runs on `u32` indices, so the whole
//! program carries one copy. Our lists are small enough (at most a few
//! hundred thousand events) that the indirect call does not matter; the
//! criterion benchmarks include a 100k-event timeline.

use std::cmp::Ordering;

/// Sorts `items` by `key`, keeping equal keys in their original order.
pub fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    let order = stable_order(items.len(), &|a, b| key(&items[a]).cmp(&key(&items[b])));
    rearrange(items, &order);
}

/// Sorts `items` ascending and removes repeated values.
pub fn sort_dedup<T: Ord>(items: &mut Vec<T>) {
    let order = stable_order(items.len(), &|a, b| items[a].cmp(&items[b]));
    rearrange(items, &order);
    items.dedup();
}

/// The positions of `len` items in sorted order; one monomorphic sort.
#[inline(never)]
fn stable_order(len: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<u32> {
    let mut order: Vec<u32> = (0..len as u32).collect();
    order.sort_by(|&a, &b| cmp(a as usize, b as usize));
    order
}

/// Puts `items` in the order `order` names (a permutation of its indices).
fn rearrange<T>(items: &mut Vec<T>, order: &[u32]) {
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.iter().filter_map(|&i| slots[i as usize].take()));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorting_by_key_is_stable() {
        let mut v = vec![(2, 'a'), (1, 'b'), (2, 'c'), (0, 'd'), (1, 'e')];
        sort_by_key(&mut v, |p| p.0);
        assert_eq!(v, vec![(0, 'd'), (1, 'b'), (1, 'e'), (2, 'a'), (2, 'c')]);
    }

    #[test]
    fn sort_dedup_orders_and_drops_repeats() {
        let mut v = vec![5, 3, 5, 1, 3, 9];
        sort_dedup(&mut v);
        assert_eq!(v, vec![1, 3, 5, 9]);
        let mut empty: Vec<u8> = Vec::new();
        sort_dedup(&mut empty);
        assert!(empty.is_empty());
    }
}
