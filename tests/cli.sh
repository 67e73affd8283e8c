#!/usr/bin/env bash
# Checks the `lede` CLI's contract from the outside: the JSON on the seed page, stdin,
# and one-line errors with a non-zero exit.
#   usage: tests/cli.sh path/to/lede
set -uo pipefail
LEDE="${1:?usage: tests/cli.sh path/to/lede}"
SHARED="${LEDE_SHARED:-$(cd "$(dirname "$0")/.." && pwd)/../shared}"
SEED="$SHARED/fixtures/seed-article/page.html"
passed=0 failed=0
check() { # check NAME COMMAND...
  local name="$1"; shift
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL: $name" >&2; fi
}

seed_json="$("$LEDE" analyze "$SEED")"
check "seed: one JSON object with the contract's fields" python3 - "$seed_json" <<'PY'
import json, sys
a = json.loads(sys.argv[1])
for key in ["is_article", "article_score", "page_kind", "metadata", "text", "html",
            "boilerplate", "people", "organizations", "places", "quotes"]:
    assert key in a, key
for key in ["title", "byline", "site_name", "published", "lang", "section", "excerpt", "lead_image"]:
    assert key in a["metadata"], key
PY

check "seed: metadata, body inclusions and exclusions" python3 - "$seed_json" "$SHARED/fixtures/seed-article/expected.json" <<'PY'
import json, sys
a = json.loads(sys.argv[1]); e = json.load(open(sys.argv[2]))
norm = lambda s: " ".join(s.split())
text = norm(a["text"])
bad = [k for k, v in e["metadata"].items() if a["metadata"].get(k) != v]
bad += ["missing: " + s for s in e["body_must_include"] if norm(s) not in text]
bad += ["boilerplate: " + s for s in e["body_must_exclude"] if norm(s) in text]
assert a["is_article"] is e["is_article"], "is_article"
assert not bad, bad
PY

stdin_json="$("$LEDE" analyze - < "$SEED")"
check "stdin gives the same analysis as the file" test "$stdin_json" = "$seed_json"

url_json="$("$LEDE" analyze "$SEED" --url https://news.example/world/story.html)"
check "--url makes image sources absolute" python3 -c '
import json, sys
h = json.loads(sys.argv[1])["html"]
assert "src=\"https://news.example/wp-content/uploads/" in h, h[:500]' "$url_json"

err="$("$LEDE" analyze /nonexistent/page.html 2>&1 >/dev/null)"; code=$?
check "missing file: non-zero exit" test "$code" -ne 0
check "missing file: one-line error naming the file" bash -c '[[ "$1" == "lede: cannot read /nonexistent/page.html"* && $(printf "%s\n" "$1" | wc -l) -eq 1 ]]' _ "$err"

"$LEDE" analyze >/dev/null 2>&1; code=$?
check "no input: non-zero exit" test "$code" -ne 0
"$LEDE" frobnicate >/dev/null 2>&1; code=$?
check "unknown command: non-zero exit" test "$code" -ne 0

empty_json="$(printf '' | "$LEDE" analyze -)"
check "empty page: not an article, no invented fields" python3 -c '
import json, sys
a = json.loads(sys.argv[1])
assert a["is_article"] is False and a["metadata"]["title"] is None and a["text"] == ""' "$empty_json"

echo "cli: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
