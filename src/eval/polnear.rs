//! Reading the PolNeAR corpus (Newell, Margolin and Ruths, LREC 2018): its
//! compartments, its texts and their attributions in brat standoff.
//!
//! The corpus folder holds `train/` and `dev/` (or is one of them), each with
//! `text/<file>.txt` (title line, blank line, paragraphs) and
//! `attributions/<file>_<annotator>.ann`: text-bound lines `T<n>\t<Type> <start>
//! <end>[;<start> <end>...]\t<surface>` (offsets in code points) and relation lines
//! `E<n>\tAttribution:T<a> Content:T<c> Cue:T<q> Source:T<s>`. Each text is read with
//! one annotator: the first `.ann` file in name order. What is scored is decided in
//! [`crate::eval::quotes`].

use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// One compartment of the corpus: `dev`, `train`, or the one folder given.
#[derive(Clone, Debug)]
pub struct Compartment {
    /// `dev`, `train` or the folder's name.
    pub name: String,
    /// The folder holding `text/` and `attributions/`.
    pub dir: PathBuf,
}

/// One text with its annotation file, or the reason it cannot be read.
#[derive(Clone, Debug)]
pub struct Text {
    /// The file stem shared by the text and its annotations.
    pub stem: String,
    /// The article and its standoff annotations, or why they are missing.
    pub content: Result<(String, String), String>,
}

/// One attribution relation: its content fragments (code points) and source text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Attribution {
    /// The Content span's fragments, `[start, end)` in code points.
    pub content: Vec<(usize, usize)>,
    /// The surface text of the Source span, when there is one.
    pub source: Option<String>,
}

/// The compartments under `dir`: `dev` then `train`, only `split` when given, or `dir`
/// itself when it holds `text/`.
pub fn compartments(dir: &Path, split: Option<&str>) -> Result<Vec<Compartment>, String> {
    if dir.join("text").is_dir() {
        let name = dir
            .file_name()
            .map_or_else(|| "polnear".into(), |n| n.to_string_lossy().into_owned());
        return Ok(vec![Compartment {
            name,
            dir: dir.to_path_buf(),
        }]);
    }
    let names: Vec<&str> = match split {
        Some(s) => vec![s],
        None => vec!["dev", "train"],
    };
    let out: Vec<Compartment> = names
        .into_iter()
        .filter(|n| dir.join(n).join("text").is_dir())
        .map(|n| Compartment {
            name: n.to_string(),
            dir: dir.join(n),
        })
        .collect();
    if out.is_empty() {
        return Err(format!(
            "{}: no PolNeAR compartment{} (a folder with text/ and attributions/)",
            dir.display(),
            split.map_or(String::new(), |s| format!(" `{s}`"))
        ));
    }
    Ok(out)
}

/// The texts of a compartment in name order, each with its first annotation file.
pub fn texts(compartment: &Compartment) -> Vec<Text> {
    let annotations = first_annotations(&compartment.dir.join("attributions"));
    let mut paths = files_with(&compartment.dir.join("text"), "txt");
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            let stem = stem_of(&path);
            let content = match annotations.get(&stem) {
                None => Err("no .ann file".to_string()),
                Some(ann) => match (std::fs::read_to_string(&path), std::fs::read_to_string(ann)) {
                    (Ok(text), Ok(standoff)) => Ok((text, standoff)),
                    _ => Err("unreadable".to_string()),
                },
            };
            Text { stem, content }
        })
        .collect()
}

fn files_with(dir: &Path, extension: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| entries.filter_map(|e| Some(e.ok()?.path())).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == extension));
    files
}

fn stem_of(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// For each text stem, its first annotation file in name order.
fn first_annotations(dir: &Path) -> HashMap<String, PathBuf> {
    let mut files = files_with(dir, "ann");
    files.sort();
    let mut out = HashMap::new();
    for f in files {
        if let Some((stem, _annotator)) = stem_of(&f).rsplit_once('_') {
            out.entry(stem.to_string()).or_insert(f);
        }
    }
    out
}

/// A text-bound annotation: its fragments and its surface text.
type Bound<'a> = (Vec<(usize, usize)>, &'a str);

/// The attribution relations of a brat standoff file, in file order; relations
/// without a Content span are left out.
pub fn attributions(standoff: &str) -> Vec<Attribution> {
    let mut spans: HashMap<&str, Bound> = HashMap::new();
    let mut relations = Vec::new();
    for line in standoff.lines() {
        let mut cols = line.split('\t');
        let (Some(id), Some(body)) = (cols.next(), cols.next()) else {
            continue;
        };
        if id.starts_with('T') {
            let surface = cols.next().unwrap_or_default();
            if let Some((_kind, ranges)) = body.split_once(' ') {
                spans.insert(id, (fragments(ranges), surface));
            }
        } else if id.starts_with('E') {
            relations.push(body);
        }
    }
    let mut out = Vec::new();
    for body in relations {
        let mut attribution = Attribution::default();
        for arg in body.split_whitespace() {
            let Some((role, target)) = arg.split_once(':') else {
                continue;
            };
            let Some((frags, surface)) = spans.get(target) else {
                continue;
            };
            match role {
                "Content" => attribution.content = frags.clone(),
                "Source" => attribution.source = Some((*surface).to_string()),
                _ => {}
            }
        }
        if !attribution.content.is_empty() {
            out.push(attribution);
        }
    }
    out
}

/// `"12 20;25 30"` as `[(12, 20), (25, 30)]`; malformed or empty ranges are dropped.
fn fragments(ranges: &str) -> Vec<(usize, usize)> {
    ranges
        .split(';')
        .filter_map(|r| {
            let mut n = r.split_whitespace().map(str::parse::<usize>);
            match (n.next(), n.next()) {
                (Some(Ok(a)), Some(Ok(b))) if a < b => Some((a, b)),
                _ => None,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn standoff_relations_are_read() {
        let ann = "T1\tSource 0 5\tSmith\nT2\tCue 6 10\tsaid\nT3\tContent 11 20;22 30\tx\n\
                   E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\nE2\tAttribution:T2 Cue:T2\n\
                   garbage line\nT4\tContent 9 x\tbad\n";
        let a = attributions(ann);
        assert_eq!(a.len(), 1);
        assert_eq!(a[0].content, [(11, 20), (22, 30)]);
        assert_eq!(a[0].source.as_deref(), Some("Smith"));
    }
}
