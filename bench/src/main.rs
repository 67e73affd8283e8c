//! `lede-bench`: Lede against rs-trafilatura and dom_smoothie, natively.
//!
//! ```text
//! lede-bench corpus [--corpus wcxb|readability|all] [--limit N] [--rounds N] [--no-memory] [--json FILE]
//! lede-bench scale  [--sizes 1000,2000,...] [--reps N] [--timeout SECS] [--json FILE]
//! lede-bench synth  --nodes N [--out FILE]      write one synthetic page (the browser run uses it)
//! lede-bench stages [--sizes 1000,...] [--file PAGE.html] [--reps N] [--json FILE]
//! ```
//!
//! `corpus` times every extractor on every page of the shared corpora in one process,
//! interleaved page by page (the order rotates from page to page so that none always
//! runs first), scores each one's text with Lede's own word F1 (`lede::eval::tokens`),
//! and measures each one's peak memory in a fresh process of its own. `scale` does the
//! same on synthetic pages from 1k to 200k nodes, one fresh process per extractor and
//! size, and fits time and memory against the node count on log-log axes.
//!
//! Benchmarks print figures; they assert nothing.

mod extractors;
mod mem;
mod scale;
mod stages;
mod stats;
mod synth;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use lede::eval::corpus::{self, CorpusKind, GoldText};
use lede::eval::run::{body_text, read_html};
use lede::eval::tokens::{word_scores, Bag, Prf};
use serde::Serialize;
use serde_json::{json, Value};

use extractors::Extractor;
use stats::{loglog_fit, mean, median, percentile};

const USAGE: &str = "\
usage:
  lede-bench corpus [--corpus wcxb|readability|all] [--limit N] [--rounds N] [--no-memory] [--json FILE]
  lede-bench scale  [--sizes 1000,2000,...] [--reps N] [--timeout SECS] [--json FILE]
  lede-bench synth  --nodes N [--out FILE]
  lede-bench stages [--sizes 1000,...] [--file PAGE.html] [--reps N] [--json FILE]
The corpora are read from $LEDE_SHARED/corpus (default: <repo>/../shared/corpus).";

/// The node counts `scale` measures by default.
const SIZES: &[usize] = &[
    1_000, 2_000, 5_000, 10_000, 20_000, 50_000, 100_000, 200_000,
];

fn main() {
    extractors::quiet_panics();
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("corpus") => corpus_cmd(&Args::parse(&args[1..])),
        Some("scale") => scale::scale_cmd(&Args::parse(&args[1..])),
        Some("synth") => synth_cmd(&Args::parse(&args[1..])),
        Some("peak") => peak_cmd(&Args::parse(&args[1..])),
        Some("scale-one") => scale::scale_one_cmd(&Args::parse(&args[1..])),
        Some("stages") => stages_cmd(&Args::parse(&args[1..])),
        Some("-h" | "--help" | "help") => {
            println!("{USAGE}");
            Ok(())
        }
        _ => Err(format!("unknown or missing command\n{USAGE}")),
    };
    if let Err(e) = result {
        eprintln!("lede-bench: {e}");
        std::process::exit(2);
    }
}

/// `--name value` pairs and `--flag`s.
struct Args(Vec<(String, Option<String>)>);

impl Args {
    fn parse(raw: &[String]) -> Args {
        let mut out = Vec::new();
        let mut i = 0;
        while i < raw.len() {
            let name = raw[i].trim_start_matches('-').to_string();
            let value = raw.get(i + 1).filter(|v| !v.starts_with("--")).cloned();
            i += if value.is_some() { 2 } else { 1 };
            out.push((name, value));
        }
        Args(out)
    }

    fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .rev()
            .find(|(n, _)| n == name)
            .and_then(|(_, v)| v.as_deref())
    }

    fn flag(&self, name: &str) -> bool {
        self.0.iter().any(|(n, _)| n == name)
    }

    fn number(&self, name: &str, default: usize) -> Result<usize, String> {
        match self.get(name) {
            None => Ok(default),
            Some(v) => v
                .replace('_', "")
                .parse()
                .map_err(|_| format!("--{name} wants a number, not {v:?}")),
        }
    }

    fn extractor(&self) -> Result<Extractor, String> {
        let name = self.get("extractor").ok_or("--extractor is required")?;
        Extractor::from_name(name).ok_or_else(|| format!("unknown extractor {name:?}"))
    }
}

// ---- the corpora ----------------------------------------------------------------

/// One page, read into memory before anything is timed.
struct Loaded {
    id: String,
    url: Option<String>,
    html: Vec<u8>,
    /// The gold main text's words; `None` when there is none to score against.
    gold: Option<Bag>,
}

/// The corpora `--corpus` names, as `lede eval` finds them.
fn corpora(args: &Args) -> Result<Vec<(CorpusKind, PathBuf, Vec<corpus::PageRef>)>, String> {
    let choice = match args.get("corpus") {
        None | Some("all") => None,
        Some(name) => Some(name),
    };
    let limit = args.number("limit", usize::MAX)?;
    let mut out = Vec::new();
    for (kind, dir) in corpus::locate(choice)? {
        let mut loaded = corpus::load(kind, &dir)?;
        loaded.pages.truncate(limit);
        out.push((kind, dir, loaded.pages));
    }
    Ok(out)
}

fn load_pages(refs: &[corpus::PageRef]) -> (Vec<Loaded>, Vec<String>) {
    let mut pages = Vec::with_capacity(refs.len());
    let mut unreadable = Vec::new();
    for r in refs {
        let html = match read_html(&r.html) {
            Ok(html) => html,
            Err(e) => {
                unreadable.push(format!("{}: {e}", r.gold.id));
                continue;
            }
        };
        let gold = gold_text(&r.text)
            .map(|t| Bag::of(&t))
            .filter(|b| !b.is_empty());
        pages.push(Loaded {
            id: r.gold.id.clone(),
            url: r.gold.url.clone(),
            html,
            gold,
        });
    }
    (pages, unreadable)
}

/// The gold main text, as `lede eval` reads it.
fn gold_text(text: &GoldText) -> Option<String> {
    match text {
        GoldText::Inline(text) => Some(text.clone()),
        GoldText::Html(path) => {
            let html = std::fs::read(path).ok()?;
            Some(body_text(&lede::page::from_html::parse_bytes(&html, None)))
        }
    }
}

/// Everything one extractor did on one corpus.
#[derive(Default)]
struct Series {
    /// Per page, one time per round (ms).
    times: Vec<Vec<f64>>,
    /// Lede only: per page, the parse part of each round (ms).
    parse: Vec<Vec<f64>>,
    /// Per page, the word scores (`None`: no gold text, so not scored).
    scores: Vec<Option<Prf>>,
    /// Pages where the extractor failed (error or panic), with the reason.
    errors: Vec<String>,
    /// Scored pages where the extractor returned no word.
    empty: usize,
}

impl Series {
    fn page_times(&self) -> Vec<f64> {
        self.times.iter().map(|t| median(t)).collect()
    }
}

fn corpus_cmd(args: &Args) -> Result<(), String> {
    let rounds = args.number("rounds", 1)?.max(1);
    let machine = machine();
    println!("{}", machine_text(&machine));
    let mut reports = Vec::new();
    for (kind, dir, refs) in corpora(args)? {
        eprintln!("reading {} pages of {} ...", refs.len(), kind.label());
        let (pages, unreadable) = load_pages(&refs);
        let series = time_corpus(&pages, rounds, kind.label());
        let memory = if args.flag("no-memory") {
            Vec::new()
        } else {
            Extractor::ALL
                .iter()
                .map(|&e| peak_in_child(e, kind, args.get("limit")))
                .collect::<Result<Vec<_>, _>>()?
        };
        let report = corpus_report(kind, &dir, &pages, &unreadable, rounds, &series, &memory);
        println!("{}", corpus_text(&report));
        reports.push(report);
    }
    let out = json!({ "machine": machine, "corpora": reports });
    write_json(args, &out)
}

/// Times every extractor on every page, interleaved: on page i of round r the order
/// starts at extractor (i + r) mod 3.
fn time_corpus(pages: &[Loaded], rounds: usize, label: &str) -> Vec<Series> {
    let exts = Extractor::ALL;
    // Warm-up, not timed: code paths, allocator and caches.
    for page in pages.iter().take(5) {
        for &e in &exts {
            let _ = extractors::run(e, &page.html, page.url.as_deref());
        }
    }
    let mut series: Vec<Series> = exts
        .iter()
        .map(|_| Series {
            times: vec![Vec::with_capacity(rounds); pages.len()],
            parse: vec![Vec::with_capacity(rounds); pages.len()],
            scores: vec![None; pages.len()],
            ..Series::default()
        })
        .collect();
    let started = Instant::now();
    for round in 0..rounds {
        for (i, page) in pages.iter().enumerate() {
            for k in 0..exts.len() {
                let which = (i + round + k) % exts.len();
                let out = extractors::run(exts[which], &page.html, page.url.as_deref());
                let s = &mut series[which];
                s.times[i].push(ms(out.time));
                if let Some(parse) = out.parse {
                    s.parse[i].push(ms(parse));
                }
                if round > 0 {
                    continue;
                }
                match out.text {
                    Ok(text) => {
                        let ours = Bag::of(&text);
                        if let Some(gold) = &page.gold {
                            s.scores[i] = word_scores(gold, &ours);
                            s.empty += usize::from(ours.is_empty());
                        }
                    }
                    Err(e) => {
                        s.errors.push(format!("{}: {e}", page.id));
                        if let Some(gold) = &page.gold {
                            s.scores[i] = word_scores(gold, &Bag::default());
                        }
                    }
                }
            }
            if (i + 1) % 200 == 0 {
                eprintln!(
                    "  {label}: round {}/{rounds}, {} of {} pages ({:.0} s)",
                    round + 1,
                    i + 1,
                    pages.len(),
                    started.elapsed().as_secs_f64()
                );
            }
        }
    }
    series
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

/// Peak memory of one extractor over a corpus, measured in a fresh process.
#[derive(Clone, Debug, Serialize, serde::Deserialize)]
struct Peak {
    extractor: String,
    /// Resident memory before the first page (corpus index and ground truth loaded).
    baseline_kb: u64,
    /// The highest resident memory of the whole run.
    hwm_kb: u64,
    pages: usize,
}

fn peak_in_child(e: Extractor, kind: CorpusKind, limit: Option<&str>) -> Result<Peak, String> {
    eprintln!(
        "  peak memory of {} on {} (a process of its own) ...",
        e.name(),
        kind.label()
    );
    let corpus = match kind {
        CorpusKind::Wcxb => "wcxb",
        CorpusKind::Readability => "readability",
    };
    let mut args = vec!["peak", "--extractor", e.name(), "--corpus", corpus];
    if let Some(limit) = limit {
        args.extend(["--limit", limit]);
    }
    let out = run_child(&args, Duration::from_secs(3600))?;
    serde_json::from_str(&out).map_err(|err| format!("peak: bad output {out:?}: {err}"))
}

/// The child side: runs one extractor over a corpus, one page in memory at a time.
fn peak_cmd(args: &Args) -> Result<(), String> {
    let e = args.extractor()?;
    let corpora = corpora(args)?;
    let baseline_kb = mem::rss_kb();
    let mut pages = 0;
    for (_, _, refs) in &corpora {
        for r in refs {
            let Ok(html) = read_html(&r.html) else {
                continue;
            };
            let out = extractors::run(e, &html, r.gold.url.as_deref());
            std::hint::black_box(&out.text);
            pages += 1;
        }
    }
    let peak = Peak {
        extractor: e.name().to_string(),
        baseline_kb,
        hwm_kb: mem::hwm_kb(),
        pages,
    };
    println!(
        "{}",
        serde_json::to_string(&peak).map_err(|e| e.to_string())?
    );
    Ok(())
}

#[derive(Serialize)]
struct ExtractorFigures {
    extractor: &'static str,
    pages: usize,
    median_ms: f64,
    p95_ms: f64,
    mean_ms: f64,
    pages_per_s: f64,
    /// Pages with gold text, scored.
    scored: usize,
    precision: f64,
    recall: f64,
    f1: f64,
    errors: usize,
    error_pages: Vec<String>,
    empty: usize,
    /// Peak resident memory of a process running only this extractor (MB).
    peak_rss_mb: Option<f64>,
    /// The same process's resident memory before its first page (MB).
    baseline_rss_mb: Option<f64>,
}

#[derive(Serialize)]
struct CorpusFigures {
    corpus: &'static str,
    dir: String,
    pages: usize,
    unreadable: Vec<String>,
    rounds: usize,
    extractors: Vec<ExtractorFigures>,
    /// Median of Lede's time / median of rs-trafilatura's.
    ratio_of_medians_lede_trafilatura: f64,
    /// The median over pages of (Lede's time / rs-trafilatura's time) on that page.
    median_page_ratio_lede_trafilatura: f64,
    ratio_of_medians_lede_smoothie: f64,
    median_page_ratio_lede_smoothie: f64,
    /// Share of pages where Lede is faster than rs-trafilatura.
    lede_faster_than_trafilatura: f64,
    /// Share of scored pages where Lede's F1 is at least rs-trafilatura's.
    lede_f1_at_least_trafilatura: f64,
    lede_parse_median_ms: f64,
    lede_pipeline_median_ms: f64,
}

fn corpus_report(
    kind: CorpusKind,
    dir: &Path,
    pages: &[Loaded],
    unreadable: &[String],
    rounds: usize,
    series: &[Series],
    memory: &[Peak],
) -> CorpusFigures {
    let exts = Extractor::ALL;
    let figures: Vec<ExtractorFigures> = exts
        .iter()
        .zip(series)
        .map(|(e, s)| {
            let times = s.page_times();
            let scored: Vec<Prf> = s.scores.iter().flatten().copied().collect();
            let mean_scores = Prf::mean(&scored);
            let peak = memory.iter().find(|p| p.extractor == e.name());
            ExtractorFigures {
                extractor: e.name(),
                pages: times.len(),
                median_ms: median(&times),
                p95_ms: percentile(&times, 95.0),
                mean_ms: mean(&times),
                pages_per_s: times.len() as f64 / (times.iter().sum::<f64>() / 1e3),
                scored: scored.len(),
                precision: mean_scores.precision,
                recall: mean_scores.recall,
                f1: mean_scores.f1,
                errors: s.errors.len(),
                error_pages: s.errors.clone(),
                empty: s.empty,
                peak_rss_mb: peak.map(|p| p.hwm_kb as f64 / 1024.0),
                baseline_rss_mb: peak.map(|p| p.baseline_kb as f64 / 1024.0),
            }
        })
        .collect();
    let (lede, traf, smooth) = (&series[0], &series[1], &series[2]);
    let (lt, tt, st) = (lede.page_times(), traf.page_times(), smooth.page_times());
    let page_ratio = |a: &[f64], b: &[f64]| {
        let r: Vec<f64> = a.iter().zip(b).map(|(x, y)| x / y).collect();
        median(&r)
    };
    let faster = lt.iter().zip(&tt).filter(|(a, b)| a < b).count() as f64 / lt.len().max(1) as f64;
    let both: Vec<(f64, f64)> = lede
        .scores
        .iter()
        .zip(&traf.scores)
        .filter_map(|(a, b)| Some((a.as_ref()?.f1, b.as_ref()?.f1)))
        .collect();
    let f1_at_least = both.iter().filter(|(a, b)| a >= b).count() as f64 / both.len().max(1) as f64;
    let parse: Vec<f64> = lede.parse.iter().map(|p| median(p)).collect();
    let pipeline: Vec<f64> = lt.iter().zip(&parse).map(|(t, p)| t - p).collect();
    CorpusFigures {
        corpus: kind.label(),
        dir: dir.display().to_string(),
        pages: pages.len(),
        unreadable: unreadable.to_vec(),
        rounds,
        ratio_of_medians_lede_trafilatura: median(&lt) / median(&tt),
        median_page_ratio_lede_trafilatura: page_ratio(&lt, &tt),
        ratio_of_medians_lede_smoothie: median(&lt) / median(&st),
        median_page_ratio_lede_smoothie: page_ratio(&lt, &st),
        lede_faster_than_trafilatura: faster,
        lede_f1_at_least_trafilatura: f1_at_least,
        lede_parse_median_ms: median(&parse),
        lede_pipeline_median_ms: median(&pipeline),
        extractors: figures,
    }
}

fn corpus_text(r: &CorpusFigures) -> String {
    let mut s = format!(
        "\n## {} ({} pages, {} round{}, extractors interleaved page by page)\n\n",
        r.corpus,
        r.pages,
        r.rounds,
        if r.rounds == 1 { "" } else { "s" }
    );
    s.push_str("| extractor | median ms | p95 ms | mean ms | pages/s | peak RSS MB | word P | word R | word F1 | errors | empty |\n");
    s.push_str("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    for e in &r.extractors {
        s.push_str(&format!(
            "| {} | {:.2} | {:.2} | {:.2} | {:.1} | {} | {:.3} | {:.3} | {:.3} | {} | {} |\n",
            e.extractor,
            e.median_ms,
            e.p95_ms,
            e.mean_ms,
            e.pages_per_s,
            e.peak_rss_mb.map_or("-".into(), |m| format!("{m:.0}")),
            e.precision,
            e.recall,
            e.f1,
            e.errors,
            e.empty
        ));
    }
    s.push_str(&format!(
        "\nlede / rs-trafilatura: ratio of medians {:.3}, median per-page ratio {:.3}; lede faster on {:.1}% of pages, F1 at least as high on {:.1}% of scored pages\n",
        r.ratio_of_medians_lede_trafilatura,
        r.median_page_ratio_lede_trafilatura,
        100.0 * r.lede_faster_than_trafilatura,
        100.0 * r.lede_f1_at_least_trafilatura
    ));
    s.push_str(&format!(
        "lede / dom_smoothie:   ratio of medians {:.3}, median per-page ratio {:.3}\n",
        r.ratio_of_medians_lede_smoothie, r.median_page_ratio_lede_smoothie
    ));
    s.push_str(&format!(
        "lede's time split: parsing (html5ever) median {:.2} ms, the pipeline after it median {:.2} ms\n",
        r.lede_parse_median_ms, r.lede_pipeline_median_ms
    ));
    s.push_str(&format!(
        "F1 is scored on {} pages with gold text; peak RSS is one process per extractor, baseline {}\n",
        r.extractors[0].scored,
        r.extractors
            .iter()
            .map(|e| format!(
                "{} {}",
                e.extractor,
                e.baseline_rss_mb.map_or("-".into(), |m| format!("{m:.0} MB"))
            ))
            .collect::<Vec<_>>()
            .join(", ")
    ));
    for e in &r.extractors {
        for err in e.error_pages.iter().take(5) {
            s.push_str(&format!("  {} failed on {err}\n", e.extractor));
        }
    }
    if !r.unreadable.is_empty() {
        s.push_str(&format!("unreadable pages: {}\n", r.unreadable.join("; ")));
    }
    s
}

/// Lede's time stage by stage (see `stages.rs`).
fn stages_cmd(args: &Args) -> Result<(), String> {
    let sizes = scale::sizes_arg(args)?;
    let reps = args.number("reps", 3)?.max(1);
    let figures = stages::run(&sizes, args.get("file"), reps)?;
    write_json(args, &json!({ "machine": machine(), "stages": figures }))
}

fn synth_cmd(args: &Args) -> Result<(), String> {
    let target = args.number("nodes", 10_000)?;
    let page = synth::page(target);
    match args.get("out") {
        Some(path) => std::fs::write(path, &page.html).map_err(|e| format!("{path}: {e}"))?,
        None => {
            let mut stdout = std::io::stdout().lock();
            stdout
                .write_all(page.html.as_bytes())
                .map_err(|e| e.to_string())?;
            return Ok(());
        }
    }
    println!(
        "{}",
        json!({ "nodes": page.nodes, "bytes": page.html.len() })
    );
    Ok(())
}

// ---- plumbing -------------------------------------------------------------------

/// Runs this binary with `args` and returns its standard output; kills it after
/// `timeout`.
fn run_child(args: &[&str], timeout: Duration) -> Result<String, String> {
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    let mut child = Command::new(exe)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .map_err(|e| format!("cannot start a child process: {e}"))?;
    let deadline = Instant::now() + timeout;
    loop {
        match child.try_wait().map_err(|e| e.to_string())? {
            Some(status) => {
                let mut out = String::new();
                if let Some(mut pipe) = child.stdout.take() {
                    std::io::Read::read_to_string(&mut pipe, &mut out)
                        .map_err(|e| e.to_string())?;
                }
                if !status.success() {
                    return Err(format!("child {args:?} exited with {status}"));
                }
                return Ok(out.trim().to_string());
            }
            None if Instant::now() > deadline => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!("timed out after {} s", timeout.as_secs()));
            }
            None => std::thread::sleep(Duration::from_millis(20)),
        }
    }
}

fn write_json(args: &Args, value: &Value) -> Result<(), String> {
    if let Some(path) = args.get("json") {
        if let Some(parent) = Path::new(path).parent() {
            std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
        }
        let text = serde_json::to_string_pretty(value).map_err(|e| e.to_string())?;
        std::fs::write(path, text).map_err(|e| format!("{path}: {e}"))?;
        eprintln!("wrote {path}");
    }
    Ok(())
}

/// What the figures were measured on.
fn machine() -> Value {
    let read = |p: &str| std::fs::read_to_string(p).unwrap_or_default();
    let cpuinfo = read("/proc/cpuinfo");
    let cpu = cpuinfo
        .lines()
        .find_map(|l| {
            l.strip_prefix("model name")?
                .split_once(':')
                .map(|(_, v)| v.trim().to_string())
        })
        .unwrap_or_default();
    let meminfo = read("/proc/meminfo");
    let mem_kb: u64 = meminfo
        .lines()
        .find_map(|l| {
            l.strip_prefix("MemTotal:")?
                .split_whitespace()
                .next()?
                .parse()
                .ok()
        })
        .unwrap_or(0);
    json!({
        "cpus": std::thread::available_parallelism().map_or(1, usize::from),
        "cpu": cpu,
        "memory_gib": (mem_kb as f64 / 1024.0 / 1024.0 * 10.0).round() / 10.0,
        "loadavg": read("/proc/loadavg").split_whitespace().take(3).collect::<Vec<_>>().join(" "),
    })
}

fn machine_text(m: &Value) -> String {
    format!(
        "machine: {} cpus ({}), {} GiB; load average at start {} (a shared machine: expect noise)",
        m["cpus"],
        m["cpu"].as_str().unwrap_or("?"),
        m["memory_gib"],
        m["loadavg"].as_str().unwrap_or("?")
    )
}
