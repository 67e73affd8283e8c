//! Scaling: synthetic article pages from 1k to 200k nodes, each extractor timed and its
//! memory read in a child process per size (`scale`, `scale-one`), with the fitted
//! slope of time and memory against node count.

use super::*;

#[derive(Clone, Debug, Serialize, serde::Deserialize)]
struct ScalePoint {
    extractor: String,
    /// The node count asked for.
    target: usize,
    /// The node count of the page made for it.
    nodes: usize,
    bytes: usize,
    times_ms: Vec<f64>,
    median_ms: f64,
    /// Resident memory after the page was generated, before the first call.
    baseline_kb: u64,
    /// The highest resident memory of the process.
    hwm_kb: u64,
    /// `hwm_kb - baseline_kb`: what extracting the page took.
    extra_kb: u64,
    error: Option<String>,
}

/// `--sizes 1000,2000,...`, or the default sizes.
pub fn sizes_arg(args: &Args) -> Result<Vec<usize>, String> {
    match args.get("sizes") {
        None => Ok(SIZES.to_vec()),
        Some(list) => list
            .split(',')
            .map(|s| s.trim().replace('_', "").parse::<usize>())
            .collect::<Result<_, _>>()
            .map_err(|_| format!("--sizes wants numbers separated by commas, not {list:?}")),
    }
}

pub fn scale_cmd(args: &Args) -> Result<(), String> {
    let sizes = sizes_arg(args)?;
    let reps = args.number("reps", 3)?.max(1);
    let timeout = Duration::from_secs(args.number("timeout", 300)? as u64);
    let machine = machine();
    println!("{}", machine_text(&machine));
    let mut points: Vec<ScalePoint> = Vec::new();
    for (i, &n) in sizes.iter().enumerate() {
        for k in 0..Extractor::ALL.len() {
            let e = Extractor::ALL[(i + k) % Extractor::ALL.len()];
            eprintln!(
                "  {} on a {n}-node page ({reps} runs, a process of its own) ...",
                e.name()
            );
            let (reps_s, n_s) = (reps.to_string(), n.to_string());
            let args = [
                "scale-one",
                "--extractor",
                e.name(),
                "--nodes",
                &n_s,
                "--reps",
                &reps_s,
            ];
            let point = match run_child(&args, timeout) {
                Ok(out) => serde_json::from_str(&out)
                    .map_err(|err| format!("scale-one: bad output {out:?}: {err}"))?,
                Err(err) => ScalePoint {
                    extractor: e.name().to_string(),
                    target: n,
                    nodes: n,
                    bytes: 0,
                    times_ms: Vec::new(),
                    median_ms: f64::NAN,
                    baseline_kb: 0,
                    hwm_kb: 0,
                    extra_kb: 0,
                    error: Some(err),
                },
            };
            points.push(point);
        }
    }
    let mut fits = Vec::new();
    let mut text = String::from(
        "\n## Scaling: synthetic article pages, one process per extractor and size\n\n",
    );
    text.push_str("| nodes | KB of HTML |");
    for e in Extractor::ALL {
        text.push_str(&format!(" {} ms | {} MB |", e.name(), e.name()));
    }
    text.push_str("\n| ---: | ---: |");
    for _ in Extractor::ALL {
        text.push_str(" ---: | ---: |");
    }
    text.push('\n');
    for &n in &sizes {
        let row: Vec<&ScalePoint> = Extractor::ALL
            .iter()
            .filter_map(|e| {
                points
                    .iter()
                    .find(|p| p.target == n && p.extractor == e.name())
            })
            .collect();
        let actual = row.iter().map(|p| p.nodes).max().unwrap_or(n);
        let bytes = row.iter().map(|p| p.bytes).max().unwrap_or(0);
        text.push_str(&format!("| {actual} | {:.0} |", bytes as f64 / 1024.0));
        for p in row {
            match &p.error {
                None => text.push_str(&format!(
                    " {:.2} | {:.1} |",
                    p.median_ms,
                    p.extra_kb as f64 / 1024.0
                )),
                Some(_) => text.push_str(" failed | - |"),
            }
        }
        text.push('\n');
    }
    text.push_str(
        "\nMB: the process's peak resident memory above what it held before the first call.\n",
    );
    text.push_str("Fitted exponents (least squares on log-log; 1 = linear):\n");
    for e in Extractor::ALL {
        let mine: Vec<&ScalePoint> = points
            .iter()
            .filter(|p| p.extractor == e.name() && p.error.is_none())
            .collect();
        let time = loglog_fit(
            &mine
                .iter()
                .map(|p| (p.nodes as f64, p.median_ms))
                .collect::<Vec<_>>(),
        );
        let time_upper = loglog_fit(
            &mine
                .iter()
                .filter(|p| p.nodes >= 20_000)
                .map(|p| (p.nodes as f64, p.median_ms))
                .collect::<Vec<_>>(),
        );
        let memory = loglog_fit(
            &mine
                .iter()
                .filter(|p| p.nodes >= 10_000)
                .map(|p| (p.nodes as f64, p.extra_kb as f64))
                .collect::<Vec<_>>(),
        );
        text.push_str(&format!(
            "  {:<15} time ~ nodes^{} (from 20k nodes up: ^{}), memory ~ nodes^{} (from 10k up)\n",
            e.name(),
            fit_text(time),
            fit_text(time_upper),
            fit_text(memory)
        ));
        fits.push(json!({
            "extractor": e.name(),
            "time": time,
            "time_from_20k": time_upper,
            "memory": memory,
        }));
    }
    for p in points.iter().filter(|p| p.error.is_some()) {
        text.push_str(&format!(
            "  {} on {} nodes: {}\n",
            p.extractor,
            p.nodes,
            p.error.as_deref().unwrap_or_default()
        ));
    }
    println!("{text}");
    let out = json!({ "machine": machine, "reps": reps, "points": points, "fits": fits });
    write_json(args, &out)
}

fn fit_text(fit: Option<stats::Fit>) -> String {
    match fit {
        Some(f) => format!("{:.2} (R² {:.3})", f.slope, f.r2),
        None => "-".into(),
    }
}

/// The child side: one extractor on one synthetic page, `--reps` times.
pub fn scale_one_cmd(args: &Args) -> Result<(), String> {
    let e = args.extractor()?;
    let target = args.number("nodes", 10_000)?;
    let reps = args.number("reps", 3)?.max(1);
    let page = synth::page(target);
    let url = Some("https://bench.example/news/harbour-plan");
    let baseline_kb = mem::rss_kb();
    let mut times = Vec::with_capacity(reps);
    let mut error = None;
    for _ in 0..reps {
        let out = extractors::run(e, page.html.as_bytes(), url);
        times.push(ms(out.time));
        if let Err(err) = out.text {
            error = Some(err);
        }
    }
    let hwm_kb = mem::hwm_kb();
    let point = ScalePoint {
        extractor: e.name().to_string(),
        target,
        nodes: page.nodes,
        bytes: page.html.len(),
        median_ms: median(&times),
        times_ms: times,
        baseline_kb,
        hwm_kb,
        extra_kb: hwm_kb.saturating_sub(baseline_kb),
        error,
    };
    println!(
        "{}",
        serde_json::to_string(&point).map_err(|e| e.to_string())?
    );
    Ok(())
}
