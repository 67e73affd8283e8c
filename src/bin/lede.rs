//! `lede`: the native command-line front door to Lede's analysis.

use std::io::Read;
use std::process::ExitCode;

use lede::eval::{Eval, Settings};

const HELP: &str = "\
lede: find the story on a news page and say who said what

USAGE:
    lede analyze FILE.html [--url URL] [--pretty]
    lede analyze - [--url URL]        read the page from standard input
    lede eval extraction|detection|metadata [--corpus DIR] [--worst N]
              [--type KIND] [--limit N] [--jobs N] [--json]
    lede eval quotes [--corpus DIR] [--split dev|train] [--worst N]
              [--limit N] [--json]

COMMANDS:
    analyze    Print the page's analysis as one JSON object: is_article,
               article_score, page_kind, metadata, text, html, boilerplate,
               people, organizations, places, quotes. Fields Lede could not
               determine are null or empty.
    eval       Measure Lede against the gold corpora in the shared data folder
               ($LEDE_SHARED, or ../shared beside the checkout): WCXB's dev set
               (corpus/wcxb-dev) and Mozilla Readability's test pages
               (corpus/readability). Pages that cannot be read are listed and
               skipped. Build with --release: the WCXB set is 1,497 pages.
      extraction  word-level precision, recall and F1 of our text against the
                  gold main text (lowercase Unicode \\w+ words, compared as
                  multisets, macro-averaged over pages), per WCXB page type;
                  on Readability also title and byline exact matches
      detection   is_article against WCXB's page type `article` and against
                  Readability's `readerable`, a confusion table of our
                  page_kind by WCXB page type, and the median time per page
      metadata    exact matches of title, byline, site name, language,
                  direction and date, with the normalisation of each field
      quotes      direct quotes and reported speech against the attributions
                  of PolNeAR (corpus/polnear): precision, recall and F1 of the
                  quotes, speaker accuracy, and source precision and recall

OPTIONS:
    --url URL  The address the page was served from. Relative links and
               images are resolved against it; without it they stay relative.
    --pretty   Indent the JSON for reading.
    --explain  Also print to standard error how the page was read: the story's
               root block and every block hidden as boilerplate, with its kind.
    -h, --help     Print this help.
    -V, --version  Print the version.

EVAL OPTIONS:
    --corpus DIR   Evaluate one corpus only: `wcxb`, `readability`, or the path
                   of a folder in either layout. Default: both.
    --worst N      List the N lowest-F1 pages (extraction), the N most
                   confident wrong verdicts (detection), N disagreements per
                   field (metadata), or N mistakes of each kind (quotes: missed,
                   spurious, wrong speaker), with ids to open.
    --split SET    quotes: score PolNeAR's `dev` or `train` only (default both).
    --type KIND    Keep only WCXB pages of this page type: article, service,
                   product, collection, forum, listing, documentation.
    --limit N      Keep only the first N pages of each corpus, by id.
    --jobs N       Worker threads (default: one per core, but one for
                   detection, so that its timings are not inflated by the
                   workers competing for the cores).
    --json         Print the same figures as JSON, for scripts.

Errors go to standard error as one line, with a non-zero exit status.
";

struct Args {
    input: String,
    url: Option<String>,
    pretty: bool,
    explain: bool,
}

/// What the command line asks for.
enum Command {
    Analyze(Args),
    Eval {
        eval: Eval,
        settings: Settings,
        json: bool,
    },
    Quotes {
        settings: lede::eval::quotes::Settings,
        json: bool,
    },
}

fn parse_args(mut args: impl Iterator<Item = String>) -> Result<Option<Command>, String> {
    let Some(command) = args.next() else {
        return Err("no command given; try `lede analyze FILE.html` or `lede --help`".into());
    };
    match command.as_str() {
        "-h" | "--help" | "help" => {
            print!("{HELP}");
            Ok(None)
        }
        "-V" | "--version" => {
            println!("lede {}", env!("CARGO_PKG_VERSION"));
            Ok(None)
        }
        "analyze" => parse_analyze(args).map(|a| Some(Command::Analyze(a))),
        "eval" => parse_eval(args).map(Some),
        other => Err(format!("unknown command `{other}`; try `lede --help`")),
    }
}

fn parse_analyze(mut args: impl Iterator<Item = String>) -> Result<Args, String> {
    let (mut input, mut url, mut pretty, mut explain) = (None, None, false, false);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--url" => {
                url = Some(
                    args.next()
                        .ok_or("--url needs a value, e.g. --url https://example.com/story")?,
                )
            }
            "--pretty" => pretty = true,
            "--explain" => explain = true,
            "-" => input = Some(arg),
            flag if flag.starts_with("--") => {
                return Err(format!("unknown option `{flag}`; try `lede --help`"))
            }
            _ if input.is_some() => {
                return Err(format!("one input file at a time; `{arg}` is extra"))
            }
            _ => input = Some(arg),
        }
    }
    let input = input.ok_or("no input: give an HTML file, or - to read standard input")?;
    Ok(Args {
        input,
        url,
        pretty,
        explain,
    })
}

const EVALS: &str = "extraction, detection, metadata or quotes";

fn parse_eval(mut args: impl Iterator<Item = String>) -> Result<Command, String> {
    let name = args
        .next()
        .ok_or(format!("eval needs what to measure: {EVALS}"))?;
    let eval = Eval::from_name(&name);
    if eval.is_none() && name != "quotes" {
        return Err(format!("unknown evaluation `{name}`: choose {EVALS}"));
    }
    let (mut settings, mut json, mut split) = (Settings::default(), false, None);
    while let Some(arg) = args.next() {
        let mut value = || {
            args.next()
                .ok_or(format!("{arg} needs a value; try `lede --help`"))
        };
        match arg.as_str() {
            "--corpus" => settings.corpus = Some(value()?),
            "--worst" => settings.worst = count(&arg, &value()?)?,
            "--type" => settings.page_type = Some(value()?),
            "--limit" => settings.limit = Some(count(&arg, &value()?)?),
            "--jobs" => settings.jobs = Some(count(&arg, &value()?)?.max(1)),
            "--json" => json = true,
            "--split" if eval.is_none() => split = Some(value()?),
            other => return Err(format!("unknown eval option `{other}`; try `lede --help`")),
        }
    }
    let Some(eval) = eval else {
        if settings.page_type.is_some() {
            return Err("--type is for the page corpora, not quotes".into());
        }
        let settings = lede::eval::quotes::Settings {
            corpus: settings.corpus,
            split,
            worst: settings.worst,
            limit: settings.limit,
        };
        return Ok(Command::Quotes { settings, json });
    };
    Ok(Command::Eval {
        eval,
        settings,
        json,
    })
}

fn count(flag: &str, value: &str) -> Result<usize, String> {
    value
        .parse()
        .map_err(|_| format!("{flag} needs a whole number, not `{value}`"))
}

fn read_input(input: &str) -> Result<Vec<u8>, String> {
    if input == "-" {
        let mut bytes = Vec::new();
        std::io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| format!("cannot read standard input: {e}"))?;
        return Ok(bytes);
    }
    std::fs::read(input).map_err(|e| format!("cannot read {input}: {e}"))
}

fn run() -> Result<(), String> {
    match parse_args(std::env::args().skip(1))? {
        None => Ok(()),
        Some(Command::Analyze(args)) => analyze(&args),
        Some(Command::Eval {
            eval,
            settings,
            json,
        }) => {
            let report = lede::eval::evaluate(eval, &settings)?;
            if json {
                println!("{}", report.to_json());
            } else {
                print!("{}", report.to_text());
            }
            Ok(())
        }
        Some(Command::Quotes { settings, json }) => {
            let report = lede::eval::quotes::evaluate(&settings)?;
            if json {
                println!("{}", report.to_json());
            } else {
                print!("{}", report.to_text());
            }
            Ok(())
        }
    }
}

fn analyze(args: &Args) -> Result<(), String> {
    let bytes = read_input(&args.input)?;
    let page = lede::page::from_html::parse_bytes(&bytes, args.url.as_deref());
    let analysis = lede::analyze(&page, &lede::Options::default());
    if args.explain {
        eprint!(
            "{}",
            lede::extract::explain(&page, lede::meta::read(&page).title_node)
        );
    }
    let json = if args.pretty {
        serde_json::to_string_pretty(&analysis)
    } else {
        serde_json::to_string(&analysis)
    }
    .map_err(|e| format!("cannot encode the analysis: {e}"))?;
    println!("{json}");
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("lede: {message}");
            ExitCode::FAILURE
        }
    }
}
