#!/usr/bin/env bash
# Lede's one build script.
#
#   ./build.sh          build everything: the wasm core, the extension (dist/extension
#                       for Chrome, dist/firefox, and their packages dist/lede-chrome.zip,
#                       dist/lede-firefox.zip), the demo site
#                       (dist/www) and the native CLI (target/release/lede)
#   ./build.sh demo     build, then serve the demo site on 127.0.0.1 and print its URL
#   ./build.sh test     install what is missing, build, and run every test: format,
#                       lints, Rust tests, CLI checks, a one-minute fuzz run, extension
#                       lint, and end-to-end tests in headless Chromium and Firefox
#   ./build.sh fuzz [SECONDS]
#                       fuzz each target of fuzz/ for SECONDS (default 600), keeping
#                       the corpus in fuzz/corpus; see SECURITY.md
#   ./build.sh setup    only install what is missing (idempotent)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$ROOT"

# Tools Lede installs for itself, cached by version outside the checkout so clean
# clones on the same machine share them.
TOOLS="${LEDE_TOOLS:-$HOME/.cache/lede/tools}"
GECKODRIVER_VERSION="0.37.1"
CARGO_FUZZ_VERSION="0.13.2"
SHARED="${LEDE_SHARED:-$ROOT/../shared}"
DIST="$ROOT/dist"
WASM_TARGET="wasm32-unknown-unknown"
BIN="$ROOT/node_modules/.bin"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
die() { printf 'build.sh: %s\n' "$*" >&2; exit 1; }

# The wasm-bindgen CLI must match the wasm-bindgen crate in Cargo.lock exactly.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

have_version() { # have_version BINARY VERSION
  [[ -x "$TOOLS/bin/$1" ]] && "$TOOLS/bin/$1" --version 2>/dev/null | grep -q " $2"
}

setup_build() {
  command -v cargo >/dev/null || die "cargo not found: install Rust with rustup first"
  command -v npm >/dev/null || die "npm not found: install Node.js 20 or newer first"
  if ! rustup target list --installed | grep -qx "$WASM_TARGET"; then
    say "adding the Rust target $WASM_TARGET"
    rustup target add "$WASM_TARGET"
  fi
  [[ -f Cargo.lock ]] || cargo generate-lockfile
  local wbv
  wbv="$(wasm_bindgen_version)"
  if ! have_version wasm-bindgen "$wbv"; then
    say "installing wasm-bindgen-cli $wbv (a few minutes, once)"
    cargo install --quiet --root "$TOOLS" wasm-bindgen-cli --version "$wbv"
  fi
  if [[ ! -x "$BIN/wasm-opt" || ! -x "$BIN/web-ext" || package-lock.json -nt node_modules/.package-lock.json ]]; then
    say "installing npm tools (npm ci)"
    npm ci --no-audit --no-fund --loglevel=error
  fi
}

setup_test() {
  local missing=()
  [[ -x /usr/bin/chromium ]] || missing+=(chromium)
  [[ -x /usr/bin/chromedriver ]] || missing+=(chromium-driver)
  [[ -x /usr/bin/firefox-esr ]] || missing+=(firefox-esr)
  command -v zip >/dev/null || missing+=(zip)
  if ((${#missing[@]})); then
    say "installing ${missing[*]} from Debian"
    local sudo=""
    [[ $(id -u) -eq 0 ]] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
  if ! have_version geckodriver "$GECKODRIVER_VERSION"; then
    say "installing geckodriver $GECKODRIVER_VERSION (a few minutes, once)"
    cargo install --quiet --root "$TOOLS" geckodriver --version "$GECKODRIVER_VERSION"
  fi
}

# wasm-opt: `-Oz` repeated until the module stops shrinking (`--converge`, 1.2 KB less
# gzipped than one round), without the producers and target-features custom sections
# that no browser reads.
WASM_OPT_FLAGS=(-Oz --converge --strip-producers --strip-target-features)

# Compiles the core to WebAssembly with the `wasm` profile (Cargo.toml: optimised for
# size). The JavaScript half of the DOM snapshot (src/page/from_dom.js) is appended to
# every glue file, where the core imports it.
#
# `cargo rustc --crate-type cdylib` builds the wasm module alone: compiled in the same
# rustc run as the rlib (Cargo.toml's crate types), it came out 40 KB larger (19 KB
# gzipped) from the same code.
build_wasm() {
  local out="$DIST/wasm" raw="target/$WASM_TARGET/wasm/lede.wasm"
  mkdir -p "$out"
  say "compiling the core to WebAssembly"
  cargo rustc --quiet --profile wasm --lib --no-default-features --target "$WASM_TARGET" \
    --crate-type cdylib
  "$TOOLS/bin/wasm-bindgen" --target no-modules --no-typescript --out-dir "$out/extension" "$raw"
  "$TOOLS/bin/wasm-bindgen" --target web --no-typescript --out-dir "$out/web" "$raw"
  for dir in extension web; do
    "$BIN/wasm-opt" "${WASM_OPT_FLAGS[@]}" "$out/$dir/lede_bg.wasm" -o "$out/$dir/lede_bg.wasm"
    append_snapshot_walk "$out/$dir/lede.js"
  done
}

# The core's files each browser's package ships (from dist/wasm): the same in both. Where
# a page's CSP forbids WebAssembly in content scripts (Chrome applies it there, Firefox
# does not), Chrome runs the same core in the extension's reader page (reader.html) on
# the page's snapshot.
CHROME_CORE=(extension/lede.js extension/lede_bg.wasm)
FIREFOX_CORE=(extension/lede.js extension/lede_bg.wasm)

# assemble_extension BROWSER DIR ZIP CORE_FILES...: the extension's sources, the manifest
# for that browser (manifest_for) and the core's files in DIR, zipped into ZIP.
assemble_extension() {
  local browser="$1" dir="$2" zip="$3"
  shift 3
  rm -rf "$dir" "$zip"
  mkdir -p "$dir"
  cp -R extension/. "$dir/"
  manifest_for "$browser" extension/manifest.json >"$dir/manifest.json"
  local file
  for file in "$@"; do cp "$DIST/wasm/$file" "$dir/"; done
  (cd "$dir" && zip -q -r -X "$zip" .)
}

# manifest_for BROWSER FILE: the manifest as that browser reads it without a warning.
# Chrome runs the background as a service worker and does not know Firefox's settings;
# Firefox runs it as an event page (which loads settings.js itself first).
manifest_for() {
  node -e '
    const [browser, file] = process.argv.slice(1);
    const m = JSON.parse(require("fs").readFileSync(file, "utf8"));
    const script = m.background.service_worker;
    if (browser === "chrome") {
      m.background = { service_worker: script };
      delete m.browser_specific_settings;
    } else {
      m.background = { scripts: ["settings.js", script] };
    }
    process.stdout.write(JSON.stringify(m, null, 2) + "\n");
  ' "$1" "$2"
}

append_snapshot_walk() { # append_snapshot_walk GLUE.js
  printf '\n' >>"$1"
  cat src/page/from_dom.js >>"$1"
}

build_extension() {
  say "assembling the extension (dist/extension for Chrome, dist/firefox for Firefox)"
  assemble_extension chrome "$DIST/extension" "$DIST/lede-chrome.zip" "${CHROME_CORE[@]}"
  assemble_extension firefox "$DIST/firefox" "$DIST/lede-firefox.zip" "${FIREFOX_CORE[@]}"
}

build_www() {
  say "assembling the demo site"
  local www="$DIST/www"
  rm -rf "$www"
  mkdir -p "$www/pkg"
  cp -R www/. "$www/"
  cp "$DIST/wasm/web/lede.js" "$DIST/wasm/web/lede_bg.wasm" "$www/pkg/"
  mkdir -p "$www/store"
  cp docs/store/*.png "$www/store/"
  local seed="$SHARED/fixtures/seed-article/page.html"
  if [[ -f "$seed" ]]; then
    cp "$seed" "$www/samples/seed-article.html"
  fi
}

build_cli() {
  say "building the native CLI"
  cargo build --quiet --release --bin lede
}

build_all() {
  setup_build
  build_wasm
  build_extension
  build_www
  build_cli
  say "built: dist/extension (Chrome), dist/firefox, dist/lede-chrome.zip, dist/lede-firefox.zip, dist/www, target/release/lede"
}

# Mozilla's add-on linter on the Firefox build: prints its findings, fails on errors
# and on warnings.
lint_extension() {
  "$BIN/web-ext" lint --source-dir "$DIST/firefox" --self-hosted --output json >"$DIST/web-ext-lint.json" || true
  node -e '
    const report = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    for (const kind of ["errors", "warnings", "notices"]) {
      for (const m of report[kind] ?? []) console.log(`${kind.slice(0, -1)}: ${m.code} ${m.file ?? ""} ${m.message}`);
    }
    const s = report.summary;
    console.log(`web-ext lint: ${s.errors} errors, ${s.warnings} warnings, ${s.notices} notices`);
    process.exit(s.errors === 0 && s.warnings === 0 ? 0 : 1);
  ' "$DIST/web-ext-lint.json" || die "web-ext lint found errors or warnings (see dist/web-ext-lint.json)"
}

run_tests() {
  setup_build
  setup_test
  say "format"
  cargo fmt --all -- --check
  say "lints"
  cargo clippy --quiet --all-targets -- -D warnings
  cargo clippy --quiet --lib --no-default-features --target "$WASM_TARGET" -- -D warnings
  build_all
  say "Rust tests"
  cargo test --quiet
  say "CLI checks"
  tests/cli.sh target/release/lede
  say "fuzzing (a minute, fixed seed)"
  run_fuzzers 35 20 "$ROOT/fuzz/target/corpus-test" short
  say "extension lint (web-ext)"
  lint_extension
  say "end-to-end tests in Chromium and Firefox"
  GECKODRIVER="$TOOLS/bin/geckodriver" node --test --test-concurrency=1 tests/e2e/
}

# cargo-fuzz drives libFuzzer. With `--sanitizer none` it passes only stable rustc flags
# (coverage instrumentation through -Cpasses=sancov-module and -Cllvm-args), so the
# stable toolchain builds the targets; libFuzzer itself is C++, built by libfuzzer-sys.
setup_fuzz() {
  if ! command -v c++ >/dev/null; then
    say "installing g++ from Debian (libFuzzer is C++)"
    local sudo=""
    [[ $(id -u) -eq 0 ]] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq g++ >/dev/null
  fi
  if ! have_version cargo-fuzz "$CARGO_FUZZ_VERSION"; then
    say "installing cargo-fuzz $CARGO_FUZZ_VERSION (a few minutes, once)"
    cargo install --quiet --root "$TOOLS" cargo-fuzz --version "$CARGO_FUZZ_VERSION"
  fi
}

# run_fuzzers HTML_SECONDS TEXT_SECONDS CORPUS_DIR short|long: builds the targets of
# fuzz/ and runs each for its time with a fixed seed, from seeds assembled now out of
# the fixtures, the demo's samples and the injection vectors, plus the shared corpora's
# pages for long runs (fuzz/seeds.mjs; nothing is copied into the repository). New
# inputs go to CORPUS_DIR/TARGET, emptied first for short runs. A crash, panic or
# timeout fails the run and names the input that caused it.
run_fuzzers() {
  local html_seconds="$1" text_seconds="$2" corpus="$3" mode="$4" wide=""
  [[ $mode == long ]] && wide=1
  setup_fuzz
  [[ -x target/release/lede ]] || build_cli
  local seeds="$ROOT/fuzz/target/seeds" logs="$ROOT/fuzz/target/logs"
  node fuzz/seeds.mjs "$seeds" "$SHARED" target/release/lede ${wide:+--corpus}
  PATH="$TOOLS/bin:$PATH" cargo fuzz build --sanitizer none >/dev/null 2>"$ROOT/fuzz/target/build.log" \
    || { cat "$ROOT/fuzz/target/build.log"; die "building the fuzz targets failed"; }
  mkdir -p "$logs"
  local target seconds max_len
  for target in html text; do
    if [[ $target == html ]]; then seconds="$html_seconds" max_len=65536; else seconds="$text_seconds" max_len=16384; fi
    [[ $mode == short ]] && rm -rf "${corpus:?}/$target"
    mkdir -p "$corpus/$target"
    if ! PATH="$TOOLS/bin:$PATH" cargo fuzz run --sanitizer none "$target" "$corpus/$target" "$seeds/$target" -- \
      -seed=1 -max_total_time="$seconds" -max_len="$max_len" -timeout=20 -rss_limit_mb=2048 \
      -print_final_stats=1 >"$logs/$target.log" 2>&1; then
      tail -n 60 "$logs/$target.log"
      local input
      input="$(grep -oE 'fuzz/artifacts/[a-z]+/[a-z-]+-[0-9a-f]+' "$logs/$target.log" | tail -n 1)"
      die "fuzz target '$target' failed on the input ${input:-(none saved; see $logs/$target.log)}"
    fi
    grep -E '^#[0-9]+[[:space:]]+DONE' "$logs/$target.log" | sed "s/^/$target: /"
    grep -E '^stat::(number_of_executed_units|average_exec_per_sec)' "$logs/$target.log" | sed "s/^/$target: /"
  done
}

# Benchmarks: figures, not tests (`./build.sh test` never runs them); see
# docs/BENCHMARKS.md. Natively, lede against rs-trafilatura and dom_smoothie (bench/,
# a Cargo package of its own with its own target dir) on the shared corpora and on
# synthetic pages up to 200k nodes; in headless Chromium, Lede's wasm against
# Readability.js on the same pages; and the shipped sizes. Prints the tables, keeps
# them with their JSON in bench/results/, and draws docs/benchmark-scaling.png.
run_bench() {
  build_all
  if [[ ! -x /usr/bin/chromium ]]; then
    say "installing chromium from Debian"
    local sudo=""
    [[ $(id -u) -eq 0 ]] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
  fi
  local out="$ROOT/bench/results" bin="$ROOT/bench/target/release/lede-bench"
  mkdir -p "$out"
  say "building the native benchmark (bench/: rs-trafilatura takes a few minutes, once)"
  CARGO_TARGET_DIR="$ROOT/bench/target" cargo build --quiet --release --manifest-path bench/Cargo.toml
  say "native: lede, rs-trafilatura and dom_smoothie on the shared corpora"
  "$bin" corpus --rounds "${BENCH_ROUNDS:-3}" --json "$out/native-corpus.json" | tee "$out/native-corpus.md"
  say "native: synthetic pages from 1k to 200k nodes"
  "$bin" scale --json "$out/native-scale.json" | tee "$out/native-scale.md"
  say "Chromium: Lede and Readability.js on the same pages"
  node bench/browser.mjs --out "$out" | tee "$out/browser.md"
  say "plot"
  node bench/plot.mjs --native "$out/native-scale.json" --browser "$out/browser-scale.json" \
    --out "$ROOT/docs/benchmark-scaling.png"
  say "sizes"
  node bench/size.mjs --json "$out/size.json" | tee "$out/size.md"
  say "done: the tables are in bench/results/*.md, the plot in docs/benchmark-scaling.png"
}

case "${1:-build}" in
  build) build_all ;;
  demo)
    build_all
    say "serving the demo (Ctrl-C to stop)"
    exec node scripts/serve.mjs --root "$DIST/www" --port "${PORT:-8080}"
    ;;
  test) run_tests ;;
  bench) run_bench ;;
  fuzz)
    command -v node >/dev/null || die "node not found: install Node.js 20 or newer first"
    build_cli
    run_fuzzers "${2:-600}" "${2:-600}" "$ROOT/fuzz/corpus" long
    ;;
  setup) setup_build; setup_test ;;
  -h|--help|help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//' ;;
  *) die "unknown command '$1' (try: ./build.sh, ./build.sh demo, ./build.sh test)" ;;
esac
