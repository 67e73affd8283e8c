//! The model: a multinomial logistic regression over the seven page kinds. Each kind's
//! score is its bias plus a weighted sum of the standardised inputs; a softmax turns
//! the scores into probabilities. That is a few hundred multiplications per page.
//!
//! The weights are fitted offline (`examples/detect_fit.rs`) and kept as a data table
//! in `weights.rs`.

use crate::analysis::PageKind;

/// Number of kinds the model tells apart (every kind but `Other`).
pub const KINDS: usize = 7;

/// The kinds in the order of the weight columns.
pub const KIND_ORDER: [PageKind; KINDS] = [
    PageKind::Article,
    PageKind::Listing,
    PageKind::Collection,
    PageKind::Forum,
    PageKind::Product,
    PageKind::Documentation,
    PageKind::Service,
];

/// Every page kind, as reports list them: the model's kinds in column order, then
/// `Other` (what a page is when no kind wins).
pub const ALL_KINDS: [PageKind; KINDS + 1] = {
    let mut all = [PageKind::Other; KINDS + 1];
    let mut i = 0;
    while i < KINDS {
        all[i] = KIND_ORDER[i];
        i += 1;
    }
    all
};

/// One input's row of the weight table. Its numbers are `f32`: the table is written
/// with three or four decimals, which `f32` holds, and in half the bytes of `f64`
/// (3.6 KB less in the wasm build, 0.5 KB gzipped). The arithmetic is done in `f64`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Row {
    /// The input's name (as in `features::FEATURES`).
    pub name: &'static str,
    /// Its mean on the training pages.
    pub mean: f32,
    /// Its standard deviation there; inputs enter as `(x - mean) / spread`.
    pub spread: f32,
    /// Its weight for each kind, in [`KIND_ORDER`].
    pub weights: [f32; KINDS],
}

/// A fitted model: the weight table, the biases and the article threshold.
#[derive(Clone, Copy, Debug)]
pub struct Model<'a> {
    /// One bias per kind.
    pub bias: &'a [f64; KINDS],
    /// One row per input, in `features::FEATURES` order.
    pub rows: &'a [Row],
    /// The article probability from which a page is an article.
    pub article_threshold: f64,
}

impl Model<'_> {
    /// The standardised inputs. An unknown input (NaN) enters as its mean, 0, so that
    /// it weighs for no kind.
    pub fn standardise(&self, inputs: &[f64]) -> Vec<f64> {
        self.rows
            .iter()
            .zip(inputs)
            .map(|(row, x)| {
                if x.is_nan() {
                    0.0
                } else {
                    (x - f64::from(row.mean)) / f64::from(row.spread)
                }
            })
            .collect()
    }

    /// The probability of each kind, in [`KIND_ORDER`], from standardised inputs.
    pub fn probabilities(&self, z: &[f64]) -> [f64; KINDS] {
        let mut scores = *self.bias;
        for (row, x) in self.rows.iter().zip(z) {
            for (s, w) in scores.iter_mut().zip(&row.weights) {
                *s += f64::from(*w) * x;
            }
        }
        softmax(scores)
    }

    /// How much each input pushes kind `a` over kind `b`, largest push first.
    pub fn pushes(&self, z: &[f64], a: usize, b: usize) -> Vec<(usize, f64)> {
        let mut pushes: Vec<(usize, f64)> = self
            .rows
            .iter()
            .zip(z)
            .map(|(row, x)| f64::from(row.weights[a] - row.weights[b]) * x)
            .enumerate()
            .collect();
        crate::order::by_key(&mut pushes, |&(_, push)| {
            (crate::order::float_descending(push), 0)
        });
        pushes
    }
}

/// Probabilities from scores, computed stably (the largest score is subtracted first).
pub fn softmax(mut scores: [f64; KINDS]) -> [f64; KINDS] {
    let max = scores.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let mut total = 0.0;
    for s in &mut scores {
        *s = (*s - max).exp();
        total += *s;
    }
    scores.map(|s| s / total)
}

/// The index of a kind in [`KIND_ORDER`].
pub fn kind_index(kind: PageKind) -> Option<usize> {
    KIND_ORDER.iter().position(|k| *k == kind)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn softmax_sums_to_one_and_keeps_the_order() {
        let p = softmax([1.0, 2.0, 3.0, 0.0, 0.0, 0.0, 12.0]);
        assert!((p.iter().sum::<f64>() - 1.0).abs() < 1e-9);
        assert!(p[6] > 0.99 && p[2] > p[1]);
    }

    #[test]
    fn an_unknown_input_weighs_for_no_kind() {
        let row = |mean| Row {
            name: "x",
            mean,
            spread: 2.0,
            weights: [1.0; KINDS],
        };
        let rows = [row(3.0), row(1.0)];
        let model = Model {
            bias: &[0.0; KINDS],
            rows: &rows,
            article_threshold: 0.5,
        };
        assert_eq!(model.standardise(&[f64::NAN, 5.0]), vec![0.0, 2.0]);
    }
}
