#!/usr/bin/env node
// What is big inside a wasm file: its sections, its largest functions (by the bytes of
// their bodies, named from the `name` section when the file has one) and its largest
// data segments, plus the functions' bytes grouped by crate.
//
//   node bench/wasm-top.mjs FILE.wasm [--top N]
//
// The unoptimised build (target/wasm32-unknown-unknown/<profile>/lede.wasm) keeps its
// names; the shipped one (after wasm-opt) does not.

import fs from 'node:fs';

const file = process.argv[2];
if (!file) {
  console.error('usage: node bench/wasm-top.mjs FILE.wasm [--top N]');
  process.exit(2);
}
const topAt = process.argv.indexOf('--top');
const TOP = topAt > 0 ? Number(process.argv[topAt + 1]) : 30;
const buf = fs.readFileSync(file);

let pos = 8;
function leb() {
  let result = 0;
  let shift = 0;
  for (;;) {
    const b = buf[pos++];
    result += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if (!(b & 0x80)) return result;
  }
}
function name() {
  const n = leb();
  const s = buf.toString('utf8', pos, pos + n);
  pos += n;
  return s;
}

const SECTION = ['custom', 'type', 'import', 'function', 'table', 'memory', 'global', 'export', 'start', 'element', 'code', 'data', 'datacount'];
const sections = [];
let importedFuncs = 0;
const bodies = [];
const segments = [];
const names = new Map();
while (pos < buf.length) {
  const id = buf[pos++];
  const size = leb();
  const start = pos;
  const end = pos + size;
  let label = SECTION[id] ?? `#${id}`;
  if (id === 0) {
    const n = name();
    label = `custom "${n}"`;
    if (n === 'name') {
      while (pos < end) {
        const sub = buf[pos++];
        const subSize = leb();
        const subEnd = pos + subSize;
        if (sub === 1) {
          const count = leb();
          for (let i = 0; i < count; i++) {
            const idx = leb();
            names.set(idx, name());
          }
        }
        pos = subEnd;
      }
    }
  } else if (id === 2) {
    const count = leb();
    for (let i = 0; i < count; i++) {
      name();
      name();
      const kind = buf[pos++];
      if (kind === 0) {
        leb();
        importedFuncs++;
      } else if (kind === 1) {
        pos++;
        const flags = leb();
        leb();
        if (flags & 1) leb();
      } else if (kind === 2) {
        const flags = leb();
        leb();
        if (flags & 1) leb();
      } else if (kind === 3) {
        pos += 2;
      } else break;
    }
  } else if (id === 10) {
    const count = leb();
    for (let i = 0; i < count; i++) {
      const n = leb();
      bodies.push({ index: importedFuncs + i, bytes: n });
      pos += n;
    }
  } else if (id === 11) {
    const count = leb();
    for (let i = 0; i < count; i++) {
      const flags = leb();
      if (flags === 2) leb();
      if (flags !== 1) {
        while (buf[pos] !== 0x0b) pos++;
        pos++;
      }
      const n = leb();
      segments.push({ i, bytes: n });
      pos += n;
    }
  }
  sections.push({ label, bytes: end - start });
  pos = end;
}

/** The crate a (mangled) function name belongs to, or `lede::<module>` for Lede's own. */
function owner(n) {
  let path = [];
  if (n.startsWith('_ZN')) {
    // Legacy mangling: _ZN<len><segment>...E; a `<T as Trait>` impl starts with `_$LT$`.
    let i = 3;
    while (i < n.length && /[0-9]/.test(n[i])) {
      const m = n.slice(i).match(/^(\d+)/);
      const len = Number(m[1]);
      i += m[1].length;
      path.push(n.slice(i, i + len));
      i += len;
    }
    if (path[0]?.startsWith('_$LT$')) path = [path[0].slice(5).split('..')[0], ...(path[0].slice(5).split('..')[1] ? [path[0].slice(5).split('..')[1]] : [])];
  } else if (n.startsWith('_R')) {
    // v0 mangling: the first crate root is `C<disambiguator>_<len><name>`.
    const m = n.match(/C[sa-zA-Z0-9]*?_(\d+)([A-Za-z_][A-Za-z0-9_]*)/);
    if (m) path = [m[2].slice(0, Number(m[1]))];
  } else {
    path = [n.startsWith('__') ? 'runtime' : n.split(/[:(<]/)[0] || 'other'];
  }
  if (path[0] === 'lede' && path[1]) return `lede::${path[1]}`;
  return path[0] ?? 'other';
}

const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
console.log(`${file}: ${buf.length} bytes (${kb(buf.length)})\n`);
console.log('sections:');
for (const s of sections.sort((a, b) => b.bytes - a.bytes)) console.log(`  ${String(s.bytes).padStart(9)}  ${s.label}`);
const code = bodies.reduce((a, b) => a + b.bytes, 0);
console.log(`\n${bodies.length} function bodies, ${code} bytes; largest ${TOP}:`);
for (const b of [...bodies].sort((a, b) => b.bytes - a.bytes).slice(0, TOP)) {
  console.log(`  ${String(b.bytes).padStart(9)}  ${names.get(b.index) ?? `func ${b.index}`}`);
}
if (names.size) {
  const groups = new Map();
  for (const b of bodies) {
    const key = owner(names.get(b.index) ?? '?');
    groups.set(key, (groups.get(key) ?? 0) + b.bytes);
  }
  console.log('\nfunction bytes by crate (by module for lede):');
  for (const [k, v] of [...groups].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`  ${String(v).padStart(9)}  ${k}`);
}
const data = segments.reduce((a, b) => a + b.bytes, 0);
console.log(`\n${segments.length} data segments, ${data} bytes; largest: ${segments.sort((a, b) => b.bytes - a.bytes).slice(0, 5).map((s) => s.bytes).join(', ')}`);
