#!/usr/bin/env node
// What Lede ships, by size: the wasm (raw and gzipped), its JavaScript glue and the
// extension packages. Reads the outputs of ./build.sh.
//
//   node bench/size.mjs [--json FILE]

import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(REPO, 'dist');

const FILES = [
  ['wasm, extension build (dist/extension/lede_bg.wasm)', 'extension/lede_bg.wasm'],
  ['wasm, web build (dist/www/pkg/lede_bg.wasm)', 'www/pkg/lede_bg.wasm'],
  ['wasm-bindgen glue, extension (lede.js)', 'extension/lede.js'],
  ['extension package (dist/lede-chrome.zip)', 'lede-chrome.zip'],
  ['extension package (dist/lede-firefox.zip)', 'lede-firefox.zip'],
];

function dirSize(dir) {
  let total = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    total += e.isDirectory() ? dirSize(p) : fs.statSync(p).size;
  }
  return total;
}

const kb = (n) => (n / 1024).toFixed(1);

const rows = [];
for (const [label, rel] of FILES) {
  const file = path.join(DIST, rel);
  if (!fs.existsSync(file)) {
    rows.push({ label, file: rel, missing: true });
    continue;
  }
  const data = fs.readFileSync(file);
  const zipped = rel.endsWith('.zip');
  rows.push({ label, file: rel, bytes: data.length, gzip_bytes: zipped ? null : zlib.gzipSync(data, { level: 9 }).length });
}
const unpacked = fs.existsSync(path.join(DIST, 'extension')) ? dirSize(path.join(DIST, 'extension')) : null;

console.log('\n## Size\n');
console.log('| what | bytes | KiB | KiB gzip -9 |');
console.log('| --- | ---: | ---: | ---: |');
for (const r of rows) {
  if (r.missing) console.log(`| ${r.label} | missing: run ./build.sh | | |`);
  else console.log(`| ${r.label} | ${r.bytes} | ${kb(r.bytes)} | ${r.gzip_bytes === null ? '(a zip)' : kb(r.gzip_bytes)} |`);
}
if (unpacked !== null) console.log(`| the unpacked extension (dist/extension/) | ${unpacked} | ${kb(unpacked)} | |`);
console.log('\nKiB = 1024 bytes.');

const jsonAt = process.argv.indexOf('--json');
if (jsonAt > 0) {
  fs.writeFileSync(process.argv[jsonAt + 1], JSON.stringify({ files: rows, unpacked_extension_bytes: unpacked }, null, 1));
}
