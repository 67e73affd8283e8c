//! The evaluation corpora on disk: where they are, and their pages with the gold answers.
//!
//! Two layouts are read, both from the shared data folder and never copied:
//! - WCXB: `html/NNNN.html.gz` beside `ground-truth/NNNN.json` (`url`,
//!   `ground_truth.{main_content, title, author, publish_date}`, and the page type at
//!   `_internal.page_type.primary`).
//! - Mozilla Readability's test pages: `NAME/{source.html, expected.html,
//!   expected-metadata.json}`.

use std::path::{Path, PathBuf};

use serde::Serialize;
use serde_json::Value;

/// The address Readability's own test-suite gives every test page.
pub const READABILITY_URL: &str = "http://fakehost/test/page.html";

/// The page types of WCXB as its ground truth spells them, in the order reports list
/// them (articles first; then as the corpus counts them, most to fewest).
pub const WCXB_PAGE_TYPES: &[&str] = &[
    "article",
    "service",
    "product",
    "collection",
    "forum",
    "listing",
    "documentation",
];

/// The WCXB label that counts as an article for detection.
pub const WCXB_ARTICLE: &str = "article";

/// Which layout a corpus has.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum CorpusKind {
    /// The WCXB development set.
    Wcxb,
    /// Mozilla Readability's test pages.
    Readability,
}

/// What the corpus says about one page.
#[derive(Clone, Debug, Default)]
pub struct Gold {
    /// The page's id: the file stem (WCXB) or the folder name (Readability).
    pub id: String,
    /// The address the page was served from.
    pub url: Option<String>,
    /// WCXB's page type (`article`, `listing`, ...).
    pub page_type: Option<String>,
    /// The headline.
    pub title: Option<String>,
    /// The byline or author.
    pub byline: Option<String>,
    /// The site's name (Readability only).
    pub site_name: Option<String>,
    /// The language tag as given (Readability only).
    pub lang: Option<String>,
    /// The text direction (Readability only).
    pub dir: Option<String>,
    /// The publication date or time as given.
    pub published: Option<String>,
    /// Readability's verdict on whether the page suits reader mode.
    pub readerable: Option<bool>,
}

/// Where a page's gold text is.
#[derive(Clone, Debug)]
pub enum GoldText {
    /// Given in the ground truth itself (WCXB's `main_content`; empty when absent).
    Inline(String),
    /// An HTML file whose body is the expected output (Readability's `expected.html`).
    Html(PathBuf),
}

/// One page to evaluate.
#[derive(Clone, Debug)]
pub struct PageRef {
    /// The gold answers other than the text.
    pub gold: Gold,
    /// The page's HTML, gzipped when the name ends in `.gz`.
    pub html: PathBuf,
    /// The gold main text.
    pub text: GoldText,
}

/// A page that could not be evaluated, and why.
#[derive(Clone, Debug, Serialize)]
pub struct Skip {
    /// The page's id.
    pub id: String,
    /// What went wrong.
    pub reason: String,
}

/// A corpus with its pages in id order.
#[derive(Clone, Debug)]
pub struct Corpus {
    /// The layout.
    pub kind: CorpusKind,
    /// The folder it was read from.
    pub dir: PathBuf,
    /// The pages whose ground truth could be read.
    pub pages: Vec<PageRef>,
    /// Pages whose ground truth could not be read.
    pub skipped: Vec<Skip>,
}

impl CorpusKind {
    /// The name reports use.
    pub fn label(self) -> &'static str {
        match self {
            CorpusKind::Wcxb => "WCXB dev",
            CorpusKind::Readability => "Readability",
        }
    }
}

/// The shared data folder: `$LEDE_SHARED`, or `../shared` beside the checkout this
/// binary was built from.
pub fn shared_dir() -> PathBuf {
    std::env::var_os("LEDE_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared"))
}

/// The corpus folders to evaluate: both shared corpora by default, or the one named
/// (`wcxb`, `readability`) or given as a folder by `--corpus`.
pub fn locate(choice: Option<&str>) -> Result<Vec<(CorpusKind, PathBuf)>, String> {
    let corpora = shared_dir().join("corpus");
    let wcxb = corpora.join("wcxb-dev");
    let readability = corpora.join("readability");
    let found = match choice {
        None => {
            let both = [
                (CorpusKind::Wcxb, wcxb),
                (CorpusKind::Readability, readability),
            ];
            let found: Vec<_> = both.into_iter().filter(|(_, d)| d.is_dir()).collect();
            if found.is_empty() {
                return Err(format!(
                    "no corpus under {}: set LEDE_SHARED to the shared data folder, or pass --corpus DIR",
                    corpora.display()
                ));
            }
            return Ok(found);
        }
        Some("wcxb" | "wcxb-dev") => (CorpusKind::Wcxb, wcxb),
        Some("readability") => (CorpusKind::Readability, readability),
        Some(path) => {
            let dir = PathBuf::from(path);
            (detect_layout(&dir)?, dir)
        }
    };
    if !found.1.is_dir() {
        return Err(format!(
            "no corpus at {}: set LEDE_SHARED to the shared data folder, or pass --corpus DIR",
            found.1.display()
        ));
    }
    Ok(vec![found])
}

fn detect_layout(dir: &Path) -> Result<CorpusKind, String> {
    if dir.join("ground-truth").is_dir() && dir.join("html").is_dir() {
        return Ok(CorpusKind::Wcxb);
    }
    let entries =
        std::fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    let readability = entries
        .filter_map(Result::ok)
        .any(|e| e.path().join("source.html").is_file());
    if readability {
        return Ok(CorpusKind::Readability);
    }
    Err(format!(
        "{} is not a corpus: expected html/ and ground-truth/ (WCXB) or NAME/source.html folders (Readability)",
        dir.display()
    ))
}

/// Reads a corpus's ground truth (not its pages, which the workers read).
pub fn load(kind: CorpusKind, dir: &Path) -> Result<Corpus, String> {
    let mut corpus = Corpus {
        kind,
        dir: dir.to_path_buf(),
        pages: Vec::new(),
        skipped: Vec::new(),
    };
    let entries = match kind {
        CorpusKind::Wcxb => sorted_entries(&dir.join("ground-truth"))?,
        CorpusKind::Readability => sorted_entries(dir)?,
    };
    for path in entries {
        let read = match kind {
            CorpusKind::Wcxb => wcxb_page(dir, &path),
            CorpusKind::Readability => readability_page(&path),
        };
        match read {
            Ok(Some(page)) => corpus.pages.push(page),
            Ok(None) => {}
            Err(skip) => corpus.skipped.push(skip),
        }
    }
    Ok(corpus)
}

fn sorted_entries(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let entries =
        std::fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| Some(e.ok()?.path())).collect();
    paths.sort();
    Ok(paths)
}

fn file_id(path: &Path) -> String {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("?");
    name.split('.').next().unwrap_or(name).to_string()
}

fn read_json(path: &Path, id: &str) -> Result<Value, Skip> {
    let skip = |reason: String| Skip {
        id: id.to_string(),
        reason,
    };
    let text =
        std::fs::read(path).map_err(|e| skip(format!("cannot read {}: {e}", path.display())))?;
    serde_json::from_slice(&text).map_err(|e| skip(format!("bad JSON in {}: {e}", path.display())))
}

/// One WCXB ground-truth file; `Ok(None)` for files that are not ground truth.
fn wcxb_page(dir: &Path, path: &Path) -> Result<Option<PageRef>, Skip> {
    if path.extension().and_then(|e| e.to_str()) != Some("json") {
        return Ok(None);
    }
    let id = file_id(path);
    let json = read_json(path, &id)?;
    let truth = &json["ground_truth"];
    let gold = Gold {
        url: wcxb_str(&json["url"]),
        page_type: wcxb_str(&json["_internal"]["page_type"]["primary"]),
        title: wcxb_str(&truth["title"]),
        byline: wcxb_str(&truth["author"]),
        published: wcxb_str(&truth["publish_date"]),
        id: id.clone(),
        ..Gold::default()
    };
    let text = truth["main_content"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    Ok(Some(PageRef {
        gold,
        html: dir.join("html").join(format!("{id}.html.gz")),
        text: GoldText::Inline(text),
    }))
}

/// A WCXB string field: null, empty and the literal `"None"` (which a few files carry
/// where the annotator found nothing) all mean absent.
fn wcxb_str(value: &Value) -> Option<String> {
    value
        .as_str()
        .map(str::trim)
        .filter(|s| !s.is_empty() && *s != "None")
        .map(str::to_string)
}

/// One Readability test folder; `Ok(None)` for entries that are not test pages.
fn readability_page(path: &Path) -> Result<Option<PageRef>, Skip> {
    if !path.join("source.html").is_file() {
        return Ok(None);
    }
    let id = file_id(path);
    let json = read_json(&path.join("expected-metadata.json"), &id)?;
    // An empty string is how Readability says it found nothing, as `null` is ours.
    let field = |name: &str| {
        json[name]
            .as_str()
            .filter(|s| !s.trim().is_empty())
            .map(str::to_string)
    };
    let gold = Gold {
        // The test-suite's placeholder address (`READABILITY_URL`) is not the page's:
        // read as the page's, it would tell detection that every page sits at
        // `/test/page.html`. The pages are read as saved files, with no address.
        url: None,
        title: field("title"),
        byline: field("byline"),
        site_name: field("siteName"),
        lang: field("lang"),
        dir: field("dir"),
        published: field("publishedTime"),
        readerable: json["readerable"].as_bool(),
        id,
        ..Gold::default()
    };
    Ok(Some(PageRef {
        gold,
        html: path.join("source.html"),
        text: GoldText::Html(path.join("expected.html")),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wcxb_none_strings_are_absent() {
        assert_eq!(wcxb_str(&Value::from("None")), None);
        assert_eq!(wcxb_str(&Value::from("  ")), None);
        assert_eq!(wcxb_str(&Value::Null), None);
        assert_eq!(wcxb_str(&Value::from(" Ann Lee ")), Some("Ann Lee".into()));
    }

    #[test]
    fn ids_are_file_stems() {
        assert_eq!(file_id(Path::new("/x/html/0042.html.gz")), "0042");
        assert_eq!(file_id(Path::new("/x/readability/bbc-1")), "bbc-1");
    }
}
