// Assembles the fuzzers' seed corpora at run time, outside the repository's sources:
//   node fuzz/seeds.mjs OUT_DIR SHARED_DIR LEDE_BIN [--corpus]
// OUT_DIR/html: the shared fixtures' pages, the demo's sample pages, and every
// injection vector of tests/xss/vectors.json both alone and inside a small article.
// OUT_DIR/text: the plain text `lede analyze` finds in those pages, each behind the
// byte that gives the text target its language hint, plus a few PolNeAR texts when
// the shared corpus is there. With --corpus (longer runs), also the pages of the shared
// Readability corpus and more PolNeAR texts.
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from "node:fs";
import { join, dirname, basename } from "node:path";
import { fileURLToPath } from "node:url";

const [out, shared, lede, more] = process.argv.slice(2);
const wide = more === "--corpus";
if (!out || !shared || !lede) {
  console.error("usage: node fuzz/seeds.mjs OUT_DIR SHARED_DIR LEDE_BIN");
  process.exit(2);
}
const root = dirname(dirname(fileURLToPath(import.meta.url)));
const htmlDir = join(out, "html");
const textDir = join(out, "text");
rmSync(out, { recursive: true, force: true });
mkdirSync(htmlDir, { recursive: true });
mkdirSync(textDir, { recursive: true });

function htmlFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith(".html") ? [path] : [];
  });
}

const pages = [...htmlFiles(join(shared, "fixtures")), ...htmlFiles(join(root, "www", "samples"))];
if (wide) {
  pages.push(...htmlFiles(join(shared, "corpus", "readability")).filter((p) => p.endsWith("source.html")));
}
pages.forEach((path, i) => {
  writeFileSync(join(htmlDir, `page-${i}-${basename(path)}`), readFileSync(path));
});

const vectors = JSON.parse(readFileSync(join(root, "tests", "xss", "vectors.json"), "utf8"));
const story =
  "<p>The council voted on Tuesday to close the old bridge, officials said, after engineers " +
  "found cracks in two of its piers.</p>" +
  "<p>“We cannot take the risk,” said Maria Lopez, the mayor. Repairs will take a year.</p>";
vectors.forEach((vector, i) => {
  const payload = vector.replaceAll("{HIT}", `https://hit.example/${i}`);
  writeFileSync(join(htmlDir, `xss-${i}`), payload);
  writeFileSync(
    join(htmlDir, `xss-article-${i}`),
    `<!doctype html><html lang="en"><head><title>Bridge closed</title></head><body>` +
      `<article><h1>Bridge closed</h1>${story}${payload}${story}</article></body></html>`,
  );
});

const langByte = { en: 1, de: 2, fr: 3, es: 4 };
pages.forEach((path, i) => {
  const analysis = JSON.parse(execFileSync(lede, ["analyze", path], { maxBuffer: 1 << 26 }));
  if (!analysis.text) return;
  const hint = langByte[analysis.metadata.lang] ?? 0;
  const title = analysis.metadata.title ?? "";
  writeFileSync(join(textDir, `page-${i}`), Buffer.concat([Buffer.from([hint]), Buffer.from(`${title}\n\n${analysis.text}`)]));
});

const polnear = join(shared, "corpus", "polnear", "dev", "text");
if (existsSync(polnear)) {
  readdirSync(polnear).sort().slice(0, wide ? 84 : 12).forEach((name, i) => {
    writeFileSync(join(textDir, `polnear-${i}`), Buffer.concat([Buffer.from([1]), readFileSync(join(polnear, name))]));
  });
}
console.log(`seeds: ${readdirSync(htmlDir).length} html, ${readdirSync(textDir).length} text in ${out}`);
