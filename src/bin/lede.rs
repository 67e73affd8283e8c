//! `lede`: the native command-line front door to Lede's analysis.

use std::io::Read;
use std::process::ExitCode;

const HELP: &str = "\
lede: find the story on a news page and say who said what

USAGE:
    lede analyze FILE.html [--url URL] [--pretty]
    lede analyze - [--url URL]        read the page from standard input

COMMANDS:
    analyze    Print the page's analysis as one JSON object: is_article,
               article_score, page_kind, metadata, text, html, boilerplate,
               people, organizations, places, quotes. Fields Lede could not
               determine are null or empty.

OPTIONS:
    --url URL  The address the page was served from. Relative links and
               images are resolved against it; without it they stay relative.
    --pretty   Indent the JSON for reading.
    -h, --help     Print this help.
    -V, --version  Print the version.

Errors go to standard error as one line, with a non-zero exit status.
";

struct Args {
    input: String,
    url: Option<String>,
    pretty: bool,
}

fn parse_args(mut args: impl Iterator<Item = String>) -> Result<Option<Args>, String> {
    let Some(command) = args.next() else {
        return Err("no command given; try `lede analyze FILE.html` or `lede --help`".into());
    };
    match command.as_str() {
        "-h" | "--help" | "help" => {
            print!("{HELP}");
            return Ok(None);
        }
        "-V" | "--version" => {
            println!("lede {}", env!("CARGO_PKG_VERSION"));
            return Ok(None);
        }
        "analyze" => {}
        other => return Err(format!("unknown command `{other}`; try `lede --help`")),
    }
    let (mut input, mut url, mut pretty) = (None, None, false);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--url" => {
                url = Some(
                    args.next()
                        .ok_or("--url needs a value, e.g. --url https://example.com/story")?,
                )
            }
            "--pretty" => pretty = true,
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
    Ok(Some(Args { input, url, pretty }))
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
    let Some(args) = parse_args(std::env::args().skip(1))? else {
        return Ok(());
    };
    let bytes = read_input(&args.input)?;
    let analysis = lede::analyze_html(&bytes, args.url.as_deref(), &lede::Options::default());
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
