//! `lede eval`: measures Lede against gold corpora, natively.
//!
//! Three evaluations share one run over the pages (`run`): **extraction** scores our
//! text against the gold main text word by word (`tokens`), **detection** compares our
//! article verdict and page kind with the gold page type and times the pipeline, and
//! **metadata** counts exact matches of title, byline, dates and the like. The corpora
//! are read in place from the shared data folder (`corpus`). **Quotes** (`quotes`)
//! runs apart, on the PolNeAR corpus (`polnear`): its texts are plain text with
//! standoff annotations, not pages. This module only measures: it never changes what
//! the pipeline decides.

pub mod corpus;
pub mod detection;
pub mod extraction;
pub mod metadata;
pub mod polnear;
pub mod quotes;
pub mod run;
pub mod table;
pub mod tokens;

use serde::Serialize;

use corpus::{Corpus, CorpusKind, Skip};
use run::Run;

/// Which evaluation to run.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Eval {
    /// Word-level precision, recall and F1 of the extracted text.
    Extraction,
    /// Article or not, the page kind, and the time per page.
    Detection,
    /// Title, byline, site name, language, direction and date.
    Metadata,
}

impl Eval {
    /// The evaluation named on the command line.
    pub fn from_name(name: &str) -> Option<Eval> {
        match name {
            "extraction" => Some(Eval::Extraction),
            "detection" => Some(Eval::Detection),
            "metadata" => Some(Eval::Metadata),
            _ => None,
        }
    }
}

/// The command line's choices.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Settings {
    /// A corpus name (`wcxb`, `readability`) or folder; both shared corpora when `None`.
    pub corpus: Option<String>,
    /// How many of the worst pages (or mistakes) to list.
    pub worst: usize,
    /// Keep only pages of this gold page type (WCXB's labels).
    pub page_type: Option<String>,
    /// Keep only the first N pages of each corpus, in id order (after `page_type`).
    pub limit: Option<usize>,
    /// Worker threads; by default one per core, but one for detection, whose timings
    /// would otherwise include the workers' contention for the cores and memory.
    pub jobs: Option<usize>,
}

impl Settings {
    /// The worker threads `eval` runs on.
    pub fn jobs_for(&self, eval: Eval) -> usize {
        match (self.jobs, eval) {
            (Some(n), _) => n.max(1),
            (None, Eval::Detection) => 1,
            (None, _) => std::thread::available_parallelism().map_or(1, usize::from),
        }
    }
}

/// The figures of one evaluation on every corpus.
#[derive(Clone, Debug, Serialize)]
pub struct Report {
    /// Which evaluation.
    pub eval: Eval,
    /// The choices it ran with.
    pub settings: Settings,
    /// One entry per corpus.
    pub corpora: Vec<CorpusReport>,
}

/// The figures on one corpus.
#[derive(Clone, Debug, Serialize)]
pub struct CorpusReport {
    /// The corpus's name.
    pub corpus: &'static str,
    /// Its layout.
    pub kind: CorpusKind,
    /// The folder read.
    pub dir: String,
    /// Pages evaluated.
    pub pages: usize,
    /// Pages that could not be evaluated, with the reason.
    pub skipped: Vec<Skip>,
    /// Wall time of the run, reading and decompressing included.
    pub seconds: f64,
    /// Worker threads used.
    pub jobs: usize,
    /// Remarks on what was left out or how the figures were made.
    pub notes: Vec<String>,
    /// The evaluation's own figures.
    pub figures: Figures,
}

/// The figures of one evaluation.
#[derive(Clone, Debug, Serialize)]
#[serde(untagged)]
pub enum Figures {
    /// See [`extraction`].
    Extraction(extraction::Figures),
    /// See [`detection`].
    Detection(detection::Figures),
    /// See [`metadata`].
    Metadata(metadata::Figures),
    /// Nothing was evaluated (no page left after the filters).
    None {},
}

/// Runs one evaluation on the corpora the settings select.
pub fn evaluate(eval: Eval, settings: &Settings) -> Result<Report, String> {
    let mut corpora = Vec::new();
    for (kind, dir) in corpus::locate(settings.corpus.as_deref())? {
        let mut corpus = corpus::load(kind, &dir)?;
        let notes = select(&mut corpus, settings);
        let run = if corpus.pages.is_empty() {
            None
        } else {
            Some(run::run(&corpus, settings.jobs_for(eval)))
        };
        corpora.push(report(eval, &corpus, run, notes, settings));
    }
    Ok(Report {
        eval,
        settings: settings.clone(),
        corpora,
    })
}

/// Applies `--type` and `--limit`; returns notes on what they left out.
fn select(corpus: &mut Corpus, settings: &Settings) -> Vec<String> {
    let mut notes = Vec::new();
    if let Some(kind) = &settings.page_type {
        if corpus.kind == CorpusKind::Readability {
            notes.push(format!(
                "--type {kind}: Readability's pages carry no page type, so none is evaluated"
            ));
        }
        let before = corpus.pages.len();
        corpus
            .pages
            .retain(|p| p.gold.page_type.as_deref() == Some(kind.as_str()));
        if corpus.kind == CorpusKind::Wcxb && before > 0 && corpus.pages.is_empty() {
            notes.push(format!(
                "--type {kind}: no page of that type; WCXB's types are {}",
                corpus::WCXB_PAGE_TYPES.join(", ")
            ));
        }
    }
    if let Some(limit) = settings.limit {
        if corpus.pages.len() > limit {
            notes.push(format!("--limit {limit}: the first {limit} pages by id"));
            corpus.pages.truncate(limit);
        }
    }
    notes
}

fn report(
    eval: Eval,
    corpus: &Corpus,
    run: Option<Run>,
    notes: Vec<String>,
    settings: &Settings,
) -> CorpusReport {
    let mut report = CorpusReport {
        corpus: corpus.kind.label(),
        kind: corpus.kind,
        dir: std::fs::canonicalize(&corpus.dir)
            .unwrap_or_else(|_| corpus.dir.clone())
            .display()
            .to_string(),
        pages: 0,
        skipped: corpus.skipped.clone(),
        seconds: 0.0,
        jobs: 0,
        notes,
        figures: Figures::None {},
    };
    let Some(run) = run else {
        return report;
    };
    report.pages = run.outcomes.len();
    report.seconds = run.wall.as_secs_f64();
    report.jobs = run.jobs;
    report.figures = match eval {
        Eval::Extraction => Figures::Extraction(extraction::figures(&run, corpus.kind, settings)),
        Eval::Detection => Figures::Detection(detection::figures(&run, corpus.kind, settings)),
        Eval::Metadata => Figures::Metadata(metadata::figures(&run, corpus.kind, settings)),
    };
    report.skipped = run.skipped;
    report
}

impl Report {
    /// The figures as JSON, for scripts.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
    }

    /// The figures as aligned text tables.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        out.push_str(match self.eval {
            Eval::Extraction => extraction::HEADLINE,
            Eval::Detection => detection::HEADLINE,
            Eval::Metadata => metadata::HEADLINE,
        });
        out.push('\n');
        for corpus in &self.corpora {
            out.push('\n');
            corpus.write_text(&mut out);
        }
        out
    }
}

impl CorpusReport {
    fn write_text(&self, out: &mut String) {
        out.push_str(&format!(
            "{} ({}): {} pages in {:.1} s on {} thread{}\n",
            self.corpus,
            self.dir,
            self.pages,
            self.seconds,
            self.jobs,
            if self.jobs == 1 { "" } else { "s" }
        ));
        for note in &self.notes {
            out.push_str(&format!("  note: {note}\n"));
        }
        match &self.figures {
            Figures::Extraction(f) => f.write_text(out),
            Figures::Detection(f) => f.write_text(out),
            Figures::Metadata(f) => f.write_text(out),
            Figures::None {} => {}
        }
        if !self.skipped.is_empty() {
            out.push_str(&format!("  skipped {} pages:\n", self.skipped.len()));
            for skip in &self.skipped {
                out.push_str(&format!("    {}: {}\n", skip.id, skip.reason));
            }
        }
    }
}
