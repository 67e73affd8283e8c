//! Fits detection's model (`src/detect/weights.rs`) on the WCXB dev pages and reports
//! how well it does, in-sample and cross-validated.
//!
//! ```sh
//! cargo run --release --example detect_fit              # report only
//! cargo run --release --example detect_fit -- --write   # report, then rewrite weights.rs
//! ```
//!
//! The model is a multinomial logistic regression over the seven WCXB page types, on
//! the inputs of `detect::features` standardised to mean 0 and spread 1, with an L2
//! penalty on the weights (not the biases), fitted by full-batch Adam. The penalty is
//! chosen by k-fold cross-validation with pages grouped by host (pages of one site are
//! never split between training and test folds), and so is the article threshold; the
//! cross-validated figures are the honest ones. Mozilla Readability's test pages are
//! never used for fitting: their `readerable` flags are a held-out check.
//!
//! Reads the corpora from `$LEDE_SHARED` or `../shared`. Needs no crate beyond Lede's.

use std::collections::BTreeMap;
use std::path::Path;

use lede::analysis::PageKind;
use lede::detect::features::{inputs, FEATURES};
use lede::detect::model::{Model, Row, KINDS, KIND_ORDER};
use lede::detect::walk::{count, Counts};
use lede::detect::{decide, Detection};
use lede::eval::corpus::{load, shared_dir, CorpusKind, PageRef, WCXB_PAGE_TYPES};
use lede::eval::run::read_html;
use lede::page::from_html;

/// Folds of the cross-validation.
const FOLDS: usize = 5;
/// L2 penalties tried; the one with the best cross-validated kind accuracy is kept.
const LAMBDAS: &[f64] = &[0.003, 0.01, 0.03, 0.1];
/// Adam's steps and step size; the loss is flat well before the last step.
const STEPS: usize = 1500;
const STEP_SIZE: f64 = 0.05;
/// Article thresholds tried on the cross-validated article probabilities.
const THRESHOLDS: &[f64] = &[0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7];
/// The precision the threshold must keep on cross-validated predictions (the target).
const MIN_PRECISION: f64 = 0.95;

/// One page's gold kind and what the walk counted.
struct Sample {
    id: String,
    host: String,
    kind: usize,
    counts: Counts,
    inputs: Vec<f64>,
}

/// A fitted model with owned tables.
#[derive(Clone)]
struct Fit {
    bias: [f64; KINDS],
    rows: Vec<Row>,
    threshold: f64,
}

impl Fit {
    fn model(&self) -> Model<'_> {
        Model {
            bias: &self.bias,
            rows: &self.rows,
            article_threshold: self.threshold,
        }
    }

    fn decide(&self, s: &Sample) -> Detection {
        decide(&s.counts, &self.model())
    }
}

fn main() {
    let write = std::env::args().any(|a| a == "--write");
    assert!(
        !write || std::env::var_os("DETECT_FIT_DROP").is_none(),
        "--write with DETECT_FIT_DROP would store a table for inputs the product computes"
    );
    let shared = shared_dir();
    let samples = wcxb_samples(&shared.join("corpus/wcxb-dev"));
    eprintln!("{} WCXB pages, {} inputs", samples.len(), FEATURES.len());
    let folds: Vec<usize> = samples.iter().map(|s| fold_of(&s.host)).collect();
    if let Some(path) = std::env::var_os("DETECT_FIT_CSV") {
        std::fs::write(&path, csv(&samples)).expect("the CSV file");
    }

    let mut best: Option<(f64, f64, Vec<Fit>)> = None;
    for &lambda in LAMBDAS {
        let fits = cross_validate(&samples, &folds, lambda);
        let acc = kind_accuracy(&samples, &out_of_fold(&samples, &folds, &fits, 0.5));
        println!("lambda {lambda}: cross-validated kind accuracy {acc:.3}");
        if best.as_ref().is_none_or(|(a, _, _)| acc > *a) {
            best = Some((acc, lambda, fits));
        }
    }
    let Some((_, lambda, fits)) = best else {
        return;
    };
    let threshold = pick_threshold(&samples, &folds, &fits);
    let oof = out_of_fold(&samples, &folds, &fits, threshold);
    let mut fit = train(&samples.iter().collect::<Vec<_>>(), lambda);
    fit.threshold = threshold;
    let in_sample: Vec<Detection> = samples.iter().map(|s| fit.decide(s)).collect();

    let mut report = String::new();
    report.push_str(&format!(
        "{} WCXB dev pages, {} inputs, L2 lambda {lambda}, article threshold {threshold}\n",
        samples.len(),
        FEATURES.len()
    ));
    report.push_str(&figures("in-sample", &samples, &in_sample));
    report.push_str(&figures(
        &format!("{FOLDS}-fold cross-validated, by host"),
        &samples,
        &oof,
    ));
    report.push_str(&readability(&shared.join("corpus/readability"), &fit));
    println!("{report}");
    println!("{}", confusion(&samples, &oof));
    print_mistakes(&samples, &oof);
    if write {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/detect/weights.rs");
        std::fs::write(&path, weights_source(&fit, lambda, &report)).expect("weights.rs");
        eprintln!("wrote {}", path.display());
    }
}

/// Reads, parses and counts every WCXB page, on every core.
fn wcxb_samples(dir: &Path) -> Vec<Sample> {
    let corpus = load(CorpusKind::Wcxb, dir).expect("the WCXB corpus");
    let pages: Vec<&PageRef> = corpus
        .pages
        .iter()
        .filter(|p| gold_kind(p.gold.page_type.as_deref()).is_some())
        .collect();
    parallel_map(&pages, |p| {
        let html = read_html(&p.html).ok()?;
        let url = p.gold.url.as_deref();
        let counts = count(&from_html::parse_bytes(&html, url));
        Some(Sample {
            id: p.gold.id.clone(),
            host: host(url.unwrap_or_default()),
            kind: gold_kind(p.gold.page_type.as_deref())?,
            inputs: ablated(inputs(&counts)),
            counts,
        })
    })
    .into_iter()
    .flatten()
    .collect()
}

/// Inputs named in `DETECT_FIT_DROP` (comma-separated) set to 0, to see what the
/// model loses without them. (Only for reports: `--write` refuses to run with it.)
fn ablated(mut inputs: Vec<f64>) -> Vec<f64> {
    let drop = std::env::var("DETECT_FIT_DROP").unwrap_or_default();
    for name in drop.split(',').map(str::trim).filter(|n| !n.is_empty()) {
        let i = FEATURES.iter().position(|f| f.name == name);
        inputs[i.unwrap_or_else(|| panic!("no input named {name:?}"))] = 0.0;
    }
    inputs
}

fn gold_kind(page_type: Option<&str>) -> Option<usize> {
    let kind: PageKind = serde_json::from_value(page_type?.into()).ok()?;
    KIND_ORDER.iter().position(|k| *k == kind)
}

fn host(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    host.trim_start_matches("www.").to_ascii_lowercase()
}

/// The fold of a host: an FNV-1a hash, so the split is the same on every run.
fn fold_of(host: &str) -> usize {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in host.bytes() {
        h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
    }
    (h % FOLDS as u64) as usize
}

fn parallel_map<T: Sync, U: Send>(items: &[T], f: impl Fn(&T) -> U + Sync) -> Vec<U> {
    let threads = std::thread::available_parallelism().map_or(1, usize::from);
    let chunk = items.len().div_ceil(threads).max(1);
    std::thread::scope(|scope| {
        let workers: Vec<_> = items
            .chunks(chunk)
            .map(|part| scope.spawn(|| part.iter().map(&f).collect::<Vec<U>>()))
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().expect("a worker"))
            .collect()
    })
}

/// One model per fold, each fitted on the other folds.
fn cross_validate(samples: &[Sample], folds: &[usize], lambda: f64) -> Vec<Fit> {
    parallel_map(&(0..FOLDS).collect::<Vec<_>>(), |&k| {
        let train_set: Vec<&Sample> = samples
            .iter()
            .zip(folds)
            .filter(|(_, f)| **f != k)
            .map(|(s, _)| s)
            .collect();
        train(&train_set, lambda)
    })
}

/// Out-of-fold detections: each page judged by the model that never saw its fold.
fn out_of_fold(
    samples: &[Sample],
    folds: &[usize],
    fits: &[Fit],
    threshold: f64,
) -> Vec<Detection> {
    samples
        .iter()
        .zip(folds)
        .map(|(s, &k)| {
            let mut fit = fits[k].clone();
            fit.threshold = threshold;
            fit.decide(s)
        })
        .collect()
}

/// Fits the model on `samples`: standardisation, then Adam on the penalised
/// cross-entropy.
fn train(samples: &[&Sample], lambda: f64) -> Fit {
    let d = FEATURES.len();
    let mut rows: Vec<Row> = (0..d)
        .map(|j| {
            // An unknown input (NaN: a page without an address) leaves the statistics
            // alone, and enters the fit as the model reads it, at the mean.
            let known: Vec<f64> = samples
                .iter()
                .map(|s| s.inputs[j])
                .filter(|x| !x.is_nan())
                .collect();
            let n = known.len().max(1) as f64;
            let mean = known.iter().sum::<f64>() / n;
            let var = known.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / n;
            Row {
                name: FEATURES[j].name,
                mean: mean as f32,
                spread: if var > 1e-12 { var.sqrt() as f32 } else { 1.0 },
                weights: [0.0; KINDS],
            }
        })
        .collect();
    let scale = Model {
        bias: &[0.0; KINDS],
        rows: &rows,
        article_threshold: 0.0,
    };
    let z: Vec<Vec<f64>> = samples
        .iter()
        .map(|s| scale.standardise(&s.inputs))
        .collect();
    let n = samples.len() as f64;
    // Parameters: d rows of KINDS weights, then the biases.
    let size = (d + 1) * KINDS;
    let mut w = vec![0.0; size];
    let (mut m, mut v) = (vec![0.0; size], vec![0.0; size]);
    let (beta1, beta2, eps) = (0.9, 0.999, 1e-8);
    for step in 1..=STEPS {
        let mut grad = vec![0.0; size];
        for (x, s) in z.iter().zip(samples) {
            let mut scores = [0.0; KINDS];
            scores.copy_from_slice(&w[d * KINDS..]);
            for (j, xj) in x.iter().enumerate() {
                for k in 0..KINDS {
                    scores[k] += w[j * KINDS + k] * xj;
                }
            }
            let p = lede::detect::model::softmax(scores);
            for k in 0..KINDS {
                let g = (p[k] - f64::from(u8::from(k == s.kind))) / n;
                for (j, xj) in x.iter().enumerate() {
                    grad[j * KINDS + k] += g * xj;
                }
                grad[d * KINDS + k] += g;
            }
        }
        for (g, wi) in grad[..d * KINDS].iter_mut().zip(&w) {
            *g += lambda * wi;
        }
        let (c1, c2) = (1.0 - beta1_pow(beta1, step), 1.0 - beta1_pow(beta2, step));
        for i in 0..size {
            m[i] = beta1 * m[i] + (1.0 - beta1) * grad[i];
            v[i] = beta2 * v[i] + (1.0 - beta2) * grad[i] * grad[i];
            w[i] -= STEP_SIZE * (m[i] / c1) / ((v[i] / c2).sqrt() + eps);
        }
    }
    for (j, row) in rows.iter_mut().enumerate() {
        for (weight, fitted) in row.weights.iter_mut().zip(&w[j * KINDS..]) {
            *weight = *fitted as f32;
        }
    }
    let mut bias = [0.0; KINDS];
    bias.copy_from_slice(&w[d * KINDS..]);
    Fit {
        bias,
        rows,
        threshold: 0.5,
    }
}

fn beta1_pow(beta: f64, step: usize) -> f64 {
    beta.powi(step as i32)
}

/// The threshold with the best cross-validated accuracy among those that keep the
/// target precision (or the best accuracy, when none does).
fn pick_threshold(samples: &[Sample], folds: &[usize], fits: &[Fit]) -> f64 {
    let mut best = (f64::MIN, false, 0.5);
    println!("article threshold on cross-validated scores:");
    for &t in THRESHOLDS {
        let oof = out_of_fold(samples, folds, fits, t);
        let said: Vec<bool> = oof.iter().map(|d| d.is_article).collect();
        let b = Binary::of(samples, &said);
        println!(
            "  {t:.2}: accuracy {:.3}, precision {:.3}, recall {:.3}",
            b.accuracy(),
            b.precision(),
            b.recall()
        );
        let ok = b.precision() >= MIN_PRECISION;
        if (ok, b.accuracy()) > (best.1, best.0) {
            best = (b.accuracy(), ok, t);
        }
    }
    best.2
}

#[derive(Default)]
struct Binary {
    tp: usize,
    fp: usize,
    fn_: usize,
    tn: usize,
}

impl Binary {
    fn of(samples: &[Sample], said: &[bool]) -> Binary {
        let mut b = Binary::default();
        for (s, &yes) in samples.iter().zip(said) {
            match (s.kind == 0, yes) {
                (true, true) => b.tp += 1,
                (false, true) => b.fp += 1,
                (true, false) => b.fn_ += 1,
                (false, false) => b.tn += 1,
            }
        }
        b
    }
    fn accuracy(&self) -> f64 {
        (self.tp + self.tn) as f64 / (self.tp + self.fp + self.fn_ + self.tn).max(1) as f64
    }
    fn precision(&self) -> f64 {
        self.tp as f64 / (self.tp + self.fp).max(1) as f64
    }
    fn recall(&self) -> f64 {
        self.tp as f64 / (self.tp + self.fn_).max(1) as f64
    }
}

fn kind_accuracy(samples: &[Sample], said: &[Detection]) -> f64 {
    let right = samples
        .iter()
        .zip(said)
        .filter(|(s, d)| KIND_ORDER[s.kind] == d.kind)
        .count();
    right as f64 / samples.len().max(1) as f64
}

fn figures(label: &str, samples: &[Sample], said: &[Detection]) -> String {
    let b = Binary::of(
        samples,
        &said.iter().map(|d| d.is_article).collect::<Vec<_>>(),
    );
    format!(
        "{label}: is_article accuracy {:.3}, precision {:.3}, recall {:.3} (tp {}, fp {}, fn {}, tn {}); page kind accuracy {:.3}\n",
        b.accuracy(),
        b.precision(),
        b.recall(),
        b.tp,
        b.fp,
        b.fn_,
        b.tn,
        kind_accuracy(samples, said)
    )
}

fn confusion(samples: &[Sample], said: &[Detection]) -> String {
    let columns = lede::detect::model::ALL_KINDS;
    let name = |k: PageKind| format!("{k:?}").to_lowercase();
    let mut out = String::from("cross-validated page kinds (rows gold, columns ours):\n");
    out.push_str(&format!("{:>14}", ""));
    for k in columns {
        out.push_str(&format!("{:>8.7}", name(k)));
    }
    out.push('\n');
    for gold in WCXB_PAGE_TYPES {
        let mut counts = BTreeMap::new();
        for (s, d) in samples.iter().zip(said) {
            if name(KIND_ORDER[s.kind]) == *gold {
                *counts.entry(name(d.kind)).or_insert(0) += 1;
            }
        }
        out.push_str(&format!("{gold:>14}"));
        for k in columns {
            out.push_str(&format!("{:>8}", counts.get(&name(k)).unwrap_or(&0)));
        }
        out.push('\n');
    }
    out
}

fn print_mistakes(samples: &[Sample], said: &[Detection]) {
    if std::env::var_os("DETECT_FIT_MISTAKES").is_none() {
        return;
    }
    for (s, d) in samples.iter().zip(said) {
        if KIND_ORDER[s.kind] != d.kind {
            println!(
                "{} gold {:?} ours {:?} score {:.2} {}",
                s.id, KIND_ORDER[s.kind], d.kind, d.score, s.host
            );
        }
    }
}

/// Every page's raw inputs as CSV (`DETECT_FIT_CSV=path`), for looking at the data.
fn csv(samples: &[Sample]) -> String {
    let mut out = String::from("id,host,kind");
    for f in FEATURES {
        out.push_str(&format!(",{}", f.name));
    }
    out.push('\n');
    for s in samples {
        out.push_str(&format!("{},{},{:?}", s.id, s.host, KIND_ORDER[s.kind]).to_lowercase());
        for f in FEATURES {
            out.push_str(&format!(",{}", (f.raw)(&s.counts)));
        }
        out.push('\n');
    }
    out
}

/// Agreement of the fitted model with Readability's `readerable` flags.
fn readability(dir: &Path, fit: &Fit) -> String {
    let Ok(corpus) = load(CorpusKind::Readability, dir) else {
        return "Readability: corpus not found\n".into();
    };
    let (mut agree, mut total, mut tp, mut fp, mut fn_) = (0, 0, 0, 0, 0);
    for p in &corpus.pages {
        let (Some(readerable), Ok(html)) = (p.gold.readerable, read_html(&p.html)) else {
            continue;
        };
        let counts = count(&from_html::parse_bytes(&html, p.gold.url.as_deref()));
        let ours = decide(&counts, &fit.model()).is_article;
        total += 1;
        agree += usize::from(ours == readerable);
        tp += usize::from(ours && readerable);
        fp += usize::from(ours && !readerable);
        fn_ += usize::from(!ours && readerable);
    }
    format!(
        "Readability (held out): agreement with readerable {:.3} over {total} pages (tp {tp}, fp {fp}, fn {fn_})\n",
        agree as f64 / total.max(1) as f64
    )
}

/// The weight table as Rust source.
fn weights_source(fit: &Fit, lambda: f64, report: &str) -> String {
    let mut out = String::new();
    out.push_str(
        "//! The fitted weights of detection's model, one row per input of `features::FEATURES`.\n\
         //!\n\
         //! Generated by `cargo run --release --example detect_fit -- --write`; do not edit by\n\
         //! hand: change the inputs or the fitter, then refit. The fit it wrote down:\n\
         //!\n",
    );
    for line in report.lines() {
        out.push_str(&format!("//! - {line}\n"));
    }
    out.push_str(&format!(
        "//!\n//! A row's `mean` and `spread` standardise its input; its weights are per kind, in\n\
         //! `model::KIND_ORDER`: article, listing, collection, forum, product, documentation,\n\
         //! service. A positive weight makes the kind likelier as the input grows.\n\n\
         // Fitted numbers: one may land near a mathematical constant without being one.\n\
         #![allow(clippy::approx_constant)]\n\n\
         use super::model::{{Row, KINDS}};\n\n\
         /// The score of each kind before any input (L2 penalty {lambda} on weights only).\n\
         pub const BIAS: [f64; KINDS] = [{}];\n\n\
         /// The article probability from which a page is an article, picked on\n\
         /// cross-validated scores to keep precision at {MIN_PRECISION} or more.\n\
         pub const ARTICLE_THRESHOLD: f64 = {:?};\n\n\
         /// One row per input.\n\
         #[rustfmt::skip]\n\
         pub const ROWS: &[Row] = &[\n",
        fit.bias.map(|b| format!("{b:.3}")).join(", "),
        fit.threshold
    ));
    let header: Vec<String> = [
        "articl", "listng", "collec", "forum", "prodct", "docs", "servic",
    ]
    .iter()
    .map(|k| format!("{k:>6}"))
    .collect();
    out.push_str(&format!(
        "    // {:<44} {:>8}  {:>7}   {}\n",
        "input",
        "mean",
        "spread",
        header.join("  ")
    ));
    for r in &fit.rows {
        out.push_str(&format!(
            "    row({:<44} {:>8.4}, {:>7.4}, {}),\n",
            format!("{:?},", r.name),
            r.mean,
            r.spread,
            numbers(&r.weights)
        ));
    }
    out.push_str(
        "];\n\n\
         const fn row(name: &'static str, mean: f32, spread: f32, weights: [f32; KINDS]) -> Row {\n    \
         Row {\n        name,\n        mean,\n        spread,\n        weights,\n    }\n}\n",
    );
    out
}

fn numbers(values: &[f32; KINDS]) -> String {
    let cells: Vec<String> = values.iter().map(|v| format!("{v:>6.3}")).collect();
    format!("[{}]", cells.join(", "))
}
