// Turns wasm2js output (an ES module) into a classic script that a content script can
// load, plus the wasm-bindgen glue generated for the same module.
//
// wasm2js emits `import * as X from './lede_bg.js'`, an `asmFunc(imports)` function
// and `export var name = retasmFunc.name` lines. The bundle keeps `asmFunc` and
// defines `globalThis.ledeFallbackInit()`, which initialises the glue with a stand-in
// for WebAssembly.instantiate that returns asmFunc's exports instead of compiling.
//
// usage: node scripts/bundle-wasm2js.mjs GLUE.js ASM.js OUT.js
import { readFileSync, writeFileSync } from 'node:fs';

const [gluePath, asmPath, outPath] = process.argv.slice(2);
if (!outPath) {
  console.error('usage: node scripts/bundle-wasm2js.mjs GLUE.js ASM.js OUT.js');
  process.exit(2);
}
const glue = readFileSync(gluePath, 'utf8');
const asm = readFileSync(asmPath, 'utf8');

const body = asm
  .split('\n')
  .filter((line) => !/^import \* as /.test(line) && !/^export var /.test(line))
  // wasm2js indents every line; the indentation is a fifth of the file, and the
  // generated code holds no multi-line strings, so it goes.
  .map((line) => line.trimStart())
  .join('\n')
  .replace(/var retasmFunc = asmFunc\(\{[\s\S]*?\}\);\s*$/, '');
if (!body.includes('function asmFunc(')) {
  console.error(`${asmPath}: no asmFunc found; is it wasm2js output?`);
  process.exit(1);
}

// Real WebAssembly detaches the old buffer when memory grows, and wasm-bindgen's glue
// relies on that (a zero byteLength) to refresh its cached views. wasm2js copies into a
// new buffer and leaves the old one intact, so the glue would keep writing to stale
// memory. Detach the old buffer the same way.
const GROW_ASSIGN = '\nbuffer = newBuffer;';
const growCount = body.split(GROW_ASSIGN).length - 1;
if (growCount !== 1) {
  console.error(`${asmPath}: expected one memory-grow buffer swap, found ${growCount}`);
  process.exit(1);
}
const patched = body.replace(
  GROW_ASSIGN,
  '\nvar oldBuffer = buffer;\n' +
    'buffer = newBuffer;\n' +
    'if (oldBuffer.transfer) oldBuffer.transfer(0);\n' +
    'else structuredClone(oldBuffer, { transfer: [oldBuffer] });',
);

const loader = `
globalThis.ledeFallbackInit = async function ledeFallbackInit() {
  const compiled = {};
  const instantiate = WebAssembly.instantiate;
  WebAssembly.instantiate = async (module, imports) => {
    if (module !== compiled) return instantiate(module, imports);
    return { instance: { exports: asmFunc(imports) }, module };
  };
  try {
    await ledeFallback({ module_or_path: compiled });
  } finally {
    WebAssembly.instantiate = instantiate;
  }
  return ledeFallback;
};
`;

writeFileSync(outPath, `${glue}\n;(function () {\n${patched}\n${loader}\n})();\n`);
