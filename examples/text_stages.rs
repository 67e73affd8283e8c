//! The text stages of Lede (text layer, actors, quotes) on their own.
//!
//! `cargo run --release --example text_stages -- scale [--sizes 1000,2000,...] [--reps N]`
//! times each stage on synthetic articles of growing size (about that many element
//! and text nodes) and prints the median of `--reps` runs per stage with the fitted
//! growth exponent. Times are the thread's CPU time where Linux reports it, so that
//! other work on the machine does not inflate them.
//!
//! `... -- seed FILE.html [--reps N]` times the actors and quotes stages on one page
//! (the seed article) and prints their medians.
//!
//! `... -- quotes FILE.txt` prints the quotes of a plain-text article (paragraphs
//! separated by blank lines, the first line its title) with their speakers, for
//! reading.

use std::time::{Duration, Instant};

use lede::actors::{self, Hints};
use lede::text::Doc;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let flag = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let reps: usize = flag("--reps").and_then(|r| r.parse().ok()).unwrap_or(7);
    match args.first().map(String::as_str) {
        Some("scale") => {
            let sizes: Vec<usize> = flag("--sizes")
                .unwrap_or_else(|| "1000,2000,5000,10000,20000,50000,100000,200000".into())
                .split(',')
                .filter_map(|s| s.trim().parse().ok())
                .collect();
            scale(&sizes, reps);
        }
        Some("seed") => match args.get(1).map(std::fs::read) {
            Some(Ok(html)) => seed(&html, reps),
            _ => eprintln!("seed needs a readable HTML file"),
        },
        Some("quotes") => match args.get(1).map(std::fs::read_to_string) {
            Some(Ok(text)) => print_quotes(&text),
            _ => eprintln!("quotes needs a readable text file"),
        },
        _ => eprintln!("usage: text_stages scale|seed FILE.html|quotes FILE.txt"),
    }
}

/// The CPU time this thread has run, where Linux tells it (`/proc/thread-self/schedstat`,
/// nanoseconds): on a shared machine it leaves out the time spent waiting for a core.
fn cpu_time() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: u64 = stat.split_whitespace().next()?.parse().ok()?;
    Some(Duration::from_nanos(ns))
}

/// The median of `reps` runs of `f`, in milliseconds: CPU time where the system
/// reports it, else wall time. The kernel updates that count coarsely, so each run
/// repeats `f` for at least 50 ms of wall time and is divided by the repetitions.
fn median_ms(reps: usize, mut f: impl FnMut()) -> f64 {
    let once = Instant::now();
    f();
    let batch = (0.05 / once.elapsed().as_secs_f64().max(1e-7))
        .ceil()
        .clamp(1.0, 1e5) as u32;
    let mut times: Vec<Duration> = (0..reps.max(1))
        .map(|_| {
            let (wall, cpu) = (Instant::now(), cpu_time());
            for _ in 0..batch {
                f();
            }
            let spent = match (cpu, cpu_time()) {
                (Some(a), Some(b)) => b.saturating_sub(a),
                _ => wall.elapsed(),
            };
            spent / batch
        })
        .collect();
    times.sort();
    times[times.len() / 2].as_secs_f64() * 1000.0
}

/// One story paragraph of the synthetic page: names, titles, organisations, quotes of
/// every attribution shape, and plain sentences, varied by `k`.
fn paragraph(k: usize) -> String {
    const FIRST: &[&str] = &[
        "Maria", "John", "Anna", "Peter", "Laura", "David", "Sofia", "James",
    ];
    const LAST: &[&str] = &[
        "Keller",
        "Novak",
        "Brennan",
        "Ortiz",
        "Lindqvist",
        "Okafor",
        "Haddad",
    ];
    let first = FIRST[k % FIRST.len()];
    let last = LAST[(k / FIRST.len()) % LAST.len()];
    // A new surname every so often, so that the number of actors grows with the page.
    let last = format!("{last}{}", ["", "son", "berg", "ley"][(k / 56) % 4]);
    let n = k % 6;
    match n {
        0 => format!("Council member {first} {last} of the Harbour Authority said on Tuesday that the plan would cost {k} million dollars over ten years."),
        1 => format!("\u{201c}We have waited long enough for this harbour, and the city cannot wait another year,\u{201d} {last} told reporters after the vote."),
        2 => format!("The Ministry of Transport, which funds part of the work, said in a statement that it had approved the design. \u{201c}It is a good plan,\u{201d} said {first} {last}, a spokesman for the ministry."),
        3 => format!("According to {first} {last}, the works will begin in the spring and last until the end of the following year."),
        4 => format!("{first} {last} said: \u{201c}Nobody on this council voted for a harbour that floods every winter.\u{201d} Residents of the old town were not convinced, and several of them left before the end."),
        _ => format!("The harbour plan was first drawn up in {} by engineers of the port, and it was revised twice since then.", 1990 + k % 30),
    }
}

/// A synthetic article page of about `nodes` nodes: each paragraph is a `p` element
/// with a text node, a link and its text node, and the text after it.
fn synthetic(nodes: usize) -> String {
    let mut html = String::from("<!doctype html><html lang=\"en\"><head><title>Council approves the harbour plan</title></head><body><main><article><h1>Council approves the harbour plan</h1>");
    let paragraphs = nodes.saturating_sub(12) / 4;
    for k in 0..paragraphs.max(1) {
        html.push_str("<p>");
        html.push_str(&paragraph(k));
        html.push_str(" <a href=\"/more\">More</a> here.</p>");
    }
    html.push_str("</article></main></body></html>");
    html
}

fn scale(sizes: &[usize], reps: usize) {
    println!("text stages on synthetic articles: median of {reps} runs, milliseconds");
    println!(
        "{:>8} {:>9} {:>9} {:>9} {:>9} {:>9}",
        "nodes", "KB text", "text", "actors", "quotes", "quotes#"
    );
    let mut points: Vec<(f64, [f64; 3])> = Vec::new();
    for &n in sizes {
        let html = synthetic(n);
        let analysis = lede::analyze_html(html.as_bytes(), None, &lede::Options::default());
        let text = analysis.text;
        let hints = Hints {
            title: Some("Council approves the harbour plan"),
            lang: Some("en"),
            site: None,
        };
        let t_text = median_ms(reps, || {
            std::hint::black_box(Doc::new(&text));
        });
        let doc = Doc::new(&text);
        let t_actors = median_ms(reps, || {
            std::hint::black_box(actors::find(&doc, &hints));
        });
        let found = actors::find(&doc, &hints);
        let mut count = 0;
        let t_quotes = median_ms(reps, || {
            count = std::hint::black_box(lede::quotes::find(&doc, &found)).len();
        });
        println!(
            "{n:>8} {:>9.0} {t_text:>9.2} {t_actors:>9.2} {t_quotes:>9.2} {count:>9}",
            text.len() as f64 / 1024.0
        );
        points.push((n as f64, [t_text, t_actors, t_quotes]));
    }
    for (k, stage) in ["text", "actors", "quotes"].iter().enumerate() {
        let fit: Vec<(f64, f64)> = points
            .iter()
            .map(|(n, t)| (n.ln(), t[k].max(1e-6).ln()))
            .collect();
        println!("  {stage:<7} time ~ nodes^{:.2}", slope(&fit));
    }
}

/// Least-squares slope.
fn slope(points: &[(f64, f64)]) -> f64 {
    let n = points.len() as f64;
    let (sx, sy) = points
        .iter()
        .fold((0.0, 0.0), |(a, b), (x, y)| (a + x, b + y));
    let (mx, my) = (sx / n, sy / n);
    let (num, den) = points.iter().fold((0.0, 0.0), |(a, b), (x, y)| {
        (a + (x - mx) * (y - my), b + (x - mx) * (x - mx))
    });
    if den == 0.0 {
        0.0
    } else {
        num / den
    }
}

fn seed(html: &[u8], reps: usize) {
    let page = lede::page::from_html::parse_bytes(html, None);
    let found = lede::meta::read(&page);
    let kind = lede::detect::detect(&page).kind;
    let extraction = lede::extract::extract(&page, found.title_node, kind);
    let hints = Hints {
        title: found.metadata.title.as_deref(),
        lang: found.metadata.lang.as_deref(),
        site: found.metadata.site_name.as_deref(),
    };
    let t_text = median_ms(reps, || {
        std::hint::black_box(Doc::new(&extraction.text));
    });
    let doc = Doc::new(&extraction.text);
    let t_both = median_ms(reps, || {
        let a = actors::find(&doc, &hints);
        std::hint::black_box(lede::quotes::find(&doc, &a));
    });
    let a = actors::find(&doc, &hints);
    let t_actors = median_ms(reps, || {
        std::hint::black_box(actors::find(&doc, &hints));
    });
    let t_quotes = median_ms(reps, || {
        std::hint::black_box(lede::quotes::find(&doc, &a));
    });
    println!(
        "seed page, median of {reps} runs: text {t_text:.3} ms, actors {t_actors:.3} ms, quotes {t_quotes:.3} ms, actors+quotes {t_both:.3} ms"
    );
}

fn print_quotes(text: &str) {
    let doc = Doc::new(text);
    let hints = Hints {
        title: text.lines().next(),
        lang: Some("en"),
        site: None,
    };
    let found = actors::find(&doc, &hints);
    for p in &found.people {
        println!("person {} ({:?}) {:?}", p.name, p.role, p.aliases);
    }
    for o in &found.organizations {
        println!("org {} {:?}", o.name, o.aliases);
    }
    for f in lede::quotes::find_located(&doc, &found) {
        let q = &f.quote;
        println!(
            "[{:?}] {:?} ({:?}) p{} framed={}: {}",
            q.kind,
            q.speaker,
            q.cue,
            q.paragraph,
            f.framed,
            q.text.chars().take(100).collect::<String>()
        );
    }
}
