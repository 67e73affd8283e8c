// A copy of the built extension, in a temp dir, whose core fails on purpose: two of the
// glue's DOM imports in lede.js are wrapped (the wasm itself is untouched), so that
//
//  - on a page titled "... [throw mid-hide]", the second inline-style read while hiding
//    boilerplate throws: an exception out of the core with the hiding half applied;
//  - on a page titled "... [panic in reader]", opening the reader view calls back into
//    the core while it holds its state mutably borrowed: a genuine Rust panic
//    ("already mutably borrowed"), a trap, from inside the sidebar's button handler.
//
//  - on a page titled "... [no core]", the WebAssembly core does not load: the content
//    script's loading promise rejects.
//
// Never part of the shipped extension: robust-failure.test.mjs writes it and removes it.

import fs from 'node:fs';
import path from 'node:path';
import { EXTENSION_DIR, makeTempDir } from './shared.mjs';

export const THROW_MID_HIDE = '[throw mid-hide]';
export const PANIC_IN_READER = '[panic in reader]';
export const NO_CORE = '[no core]';

/** Replaces `pattern` in `text` once, failing loudly when the glue has changed shape. */
function patch(text, pattern, replace, what) {
  if (!pattern.test(text)) throw new Error(`broken-extension: cannot find ${what} in lede.js (has the glue changed?)`);
  return text.replace(pattern, replace);
}

/** Writes the failing copy of `dir` (default: the built extension); returns its dir. */
export function writeBrokenExtension(dir = EXTENSION_DIR) {
  const out = makeTempDir('lede-e2e-broken-');
  fs.cpSync(dir, out, { recursive: true });
  const glue = path.join(out, 'lede.js');
  let text = fs.readFileSync(glue, 'utf8');
  text = patch(
    text,
    /(__wbg_style_[0-9a-f]+: function\(arg0\) \{)/,
    `$1
                if (document.title.includes(${JSON.stringify(THROW_MID_HIDE)})) {
                    globalThis.__ledeStyleReads = (globalThis.__ledeStyleReads || 0) + 1;
                    if (globalThis.__ledeStyleReads === 2) throw new Error('forced failure while hiding');
                }`,
    'the inline-style import',
  );
  text = patch(
    text,
    /(__wbg_set_id_[0-9a-f]+: function\(arg0, arg1, arg2\) \{)/,
    `$1
                if (document.title.includes(${JSON.stringify(PANIC_IN_READER)}) && getStringFromWasm0(arg1, arg2) === 'lede-reader') {
                    wasm_bindgen.is_active();
                }`,
    'the id setter import',
  );
  text = patch(
    text,
    /(async function __wbg_init\(module_or_path\) \{)/,
    `$1
        if (document.title.includes(${JSON.stringify(NO_CORE)})) throw new Error('forced: the WebAssembly core does not load');`,
    'the init function',
  );
  fs.writeFileSync(glue, text);
  return out;
}
