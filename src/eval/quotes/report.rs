//! The quotes evaluation as text tables and JSON.

use std::collections::HashMap;

use super::{Example, Report, Row, MATCH_COVERAGE, MIN_QUOTE_WORDS, REPORTED_TIGHTNESS};

/// What `lede eval quotes` measures, in one paragraph.
pub const HEADLINE: &str =
    "quotes: direct quotes and reported speech against PolNeAR's attributions";

impl Report {
    /// The figures as JSON, for scripts.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
    }

    /// The figures as aligned text, and the mistakes when `--worst` asks for them.
    pub fn to_text(&self) -> String {
        let mut out = format!("{HEADLINE} ({})\n", self.dir.display());
        out.push_str(&format!(
            "  gold quotes: quoted stretches of {MIN_QUOTE_WORDS}+ words, not all capitalised, inside Content spans;\n  \
             a prediction matches when it covers {:.0}% of the gold words (rep-tight: and {:.0}% of its own words are gold);\n  \
             speaker: accuracy on matches whose gold Source is a name; src-P: right of the speakers we give there;\n  \
             src-R: gold items with a named Source found with that source.\n",
            MATCH_COVERAGE * 100.0,
            REPORTED_TIGHTNESS * 100.0
        ));
        out.push_str(&format!(
            "  {:<9} {:>5}  {:<9} {:>6} {:>6} {:>6}  {:>6} {:>6}  {:>7} {:>6} {:>6}  {:>8} {:>7}\n",
            "set",
            "texts",
            "kind",
            "P",
            "R",
            "F1",
            "gold",
            "ours",
            "speaker",
            "src-P",
            "src-R",
            "median",
            "p90"
        ));
        for c in &self.compartments {
            for (kind, row) in rows(c) {
                let s = &row.scores;
                out.push_str(&format!(
                    "  {:<9} {:>5}  {:<9} {:>6.3} {:>6.3} {:>6.3}  {:>6} {:>6}  {:>7.3} {:>6.3} {:>6.3}  {:>6.2}ms {:>5.2}ms\n",
                    c.name,
                    c.texts,
                    kind,
                    s.precision(),
                    s.recall(),
                    s.f1(),
                    s.gold,
                    s.predicted,
                    s.speaker_accuracy(),
                    s.source_precision(),
                    s.source_recall(),
                    c.median_ms,
                    c.p90_ms
                ));
            }
            for skipped in &c.skipped {
                out.push_str(&format!("  skipped {skipped}\n"));
            }
        }
        let n = self.settings.worst;
        if n == 0 {
            return out;
        }
        for c in &self.compartments {
            for (kind, row) in rows(c) {
                for (what, list) in [
                    ("missed", &row.errors.missed),
                    ("spurious", &row.errors.spurious),
                    ("wrong speaker", &row.errors.wrong_speaker),
                ] {
                    out.push_str(&format!(
                        "\n  {} {kind}, {what} ({} in all):\n",
                        c.name,
                        list.len()
                    ));
                    for e in worst(list, n) {
                        out.push_str(&format!("    {}: {}\n", e.text, e.what));
                    }
                }
            }
        }
        out
    }
}

fn rows(c: &super::CompartmentReport) -> [(&'static str, &Row); 3] {
    [
        ("direct", &c.direct),
        ("reported", &c.reported),
        ("rep-tight", &c.reported_tight),
    ]
}

/// `n` mistakes, taken in turn from the texts with the most mistakes of this kind, so
/// that one text does not fill the list.
fn worst(list: &[Example], n: usize) -> Vec<&Example> {
    let mut by_text: HashMap<&str, Vec<&Example>> = HashMap::new();
    for e in list {
        by_text.entry(e.text.as_str()).or_default().push(e);
    }
    let mut groups: Vec<Vec<&Example>> = by_text.into_values().collect();
    groups.sort_by(|a, b| b.len().cmp(&a.len()).then(a[0].text.cmp(&b[0].text)));
    let mut out = Vec::new();
    let mut round = 0;
    while out.len() < n {
        let before = out.len();
        for g in &groups {
            if let Some(e) = g.get(round) {
                if out.len() < n {
                    out.push(*e);
                }
            }
        }
        if out.len() == before {
            break;
        }
        round += 1;
    }
    out
}
