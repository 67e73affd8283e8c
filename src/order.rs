//! One stable sort for the whole pipeline.
//!
//! Every `sort_by` / `sort_by_key` call site of the standard library compiles its own copy
//! of the sort for its element type and comparison, a few kilobytes each in the wasm
//! build. Here each caller maps its elements to a key of two `u64`s instead; the keys
//! (with each element's position, which keeps equal keys in their original order) are
//! sorted by one shared copy of the sort, and the elements are then moved into that
//! order. The result is exactly that of a stable sort on the same key.

/// Sorts `items` by `key`, ascending; elements with equal keys keep their order.
pub fn by_key<T>(items: &mut [T], key: impl Fn(&T) -> (u64, u64)) {
    if items.len() < 2 {
        return;
    }
    let keyed: Vec<((u64, u64), usize)> = items
        .iter()
        .enumerate()
        .map(|(at, item)| (key(item), at))
        .collect();
    arrange(items, sorted_sources(keyed));
}

/// For each place of the sorted order, the position its element comes from.
fn sorted_sources(mut keyed: Vec<((u64, u64), usize)>) -> Vec<usize> {
    // The positions make every key unique, so the unstable sort is stable here.
    keyed.sort_unstable();
    keyed.into_iter().map(|(_, at)| at).collect()
}

/// Moves `items[from[i]]` to place `i`, for every `i`, one cycle of the permutation at
/// a time.
fn arrange<T>(items: &mut [T], mut from: Vec<usize>) {
    for start in 0..from.len() {
        let mut at = start;
        loop {
            let source = from[at];
            from[at] = at;
            if source == start {
                break;
            }
            items.swap(at, source);
            at = source;
        }
    }
}

/// A key ordering floats as `f64::total_cmp` does, ascending.
pub fn float(x: f64) -> u64 {
    let bits = x.to_bits();
    if bits >> 63 == 1 {
        !bits
    } else {
        bits | 1 << 63
    }
}

/// A key ordering floats as `f64::total_cmp` does, descending.
pub fn float_descending(x: f64) -> u64 {
    !float(x)
}

/// A key ordering counts from the largest down.
pub fn descending(n: usize) -> u64 {
    u64::MAX - n as u64
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small deterministic generator, so the test needs no dependency.
    fn numbers(seed: u64, n: usize) -> Vec<u64> {
        let mut state = seed;
        (0..n)
            .map(|_| {
                state = state
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                state >> 33
            })
            .collect()
    }

    #[test]
    fn matches_the_standard_stable_sort() {
        for (seed, n) in [(1, 0), (2, 1), (3, 2), (4, 17), (5, 300), (6, 1000)] {
            // Few distinct keys, so many ties whose order must be kept.
            let items: Vec<(u64, usize)> = numbers(seed, n)
                .into_iter()
                .enumerate()
                .map(|(i, x)| (x % 7, i))
                .collect();
            let mut ours = items.clone();
            by_key(&mut ours, |&(k, _)| (k, 0));
            let mut std = items.clone();
            std.sort_by_key(|&(k, _)| k);
            assert_eq!(ours, std);
        }
    }

    #[test]
    fn float_keys_order_as_total_cmp() {
        let mut xs = vec![
            0.5,
            -0.0,
            0.0,
            f64::INFINITY,
            -1e-300,
            f64::NEG_INFINITY,
            0.25,
            0.5,
            -3.0,
            f64::NAN,
            -f64::NAN,
            1e300,
        ];
        let mut ours = xs.clone();
        by_key(&mut ours, |&x| (float_descending(x), 0));
        xs.sort_by(|a, b| b.total_cmp(a));
        let bits = |v: &[f64]| v.iter().map(|x| x.to_bits()).collect::<Vec<_>>();
        assert_eq!(bits(&ours), bits(&xs));
    }
}
