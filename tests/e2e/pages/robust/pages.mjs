// The robustness corpus: pages that are huge, deep, empty, not HTML at all, wrongly
// encoded, never still, or hostile to scripts and styles. Built at request time by the
// test server (robust.test.mjs), so the big ones never sit in the repo.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));

/** The story every HTML case carries, so that Lede has something to find. */
export const STORY_TITLE = 'Night buses return to the valley towns';
const STORY = [
  'The night bus service linking the valley towns returns on Monday after a two-year gap, the regional transport board confirmed on Thursday evening.',
  'Shift workers at the hospital and the food plant had campaigned for the route since it was cut, collecting more than four thousand signatures last spring.',
  'Buses will leave the central station every forty minutes between eleven at night and five in the morning, stopping at the hospital, the college and the market square.',
  'The board said the cost would be met from a rural mobility fund for the first three years, after which the route would be reviewed against the number of passengers.',
  'Drivers will be recruited locally, and the operator has promised heated shelters at the four busiest stops before the winter timetable begins in November.',
  'Councillors from both main parties welcomed the decision, although several warned that a single route could not replace the three that were withdrawn.',
  'A survey by the college found that one student in five had turned down evening work because there was no safe way home after the last daytime bus.',
  'The transport board will publish the full timetable next week and has asked passengers to report crowding or missed connections during the first month.',
];
export const STORY_FIRST = STORY[0];
export const STORY_LAST = STORY[STORY.length - 1];
export const FOOTER_TEXT = 'Valley Courier, all rights reserved';

/**
 * Every HTML case records what the page itself sees go wrong: uncaught errors and
 * unhandled rejections, in page order. Read back with pageErrorsSeen().
 */
const RECORDER =
  '<script>window.__pageErrors=[];' +
  "addEventListener('error',function(e){__pageErrors.push('error: '+e.message)});" +
  "addEventListener('unhandledrejection',function(e){__pageErrors.push('rejection: '+e.reason)});</script>";

/** An article page: `head` and `body` add to the head and wrap the story. */
export function articlePage({ head = '', before = '', after = '', story = STORY, charset = 'utf-8', title = STORY_TITLE } = {}) {
  const paragraphs = story.map((p) => `<p>${p}</p>`).join('\n');
  return (
    `<!doctype html>\n<html lang="en"><head><meta charset="${charset}">` +
    `<title>${title} - Valley Courier</title>` +
    '<meta property="og:type" content="article"><meta property="og:site_name" content="Valley Courier">' +
    RECORDER +
    head +
    '</head><body>\n<nav class="site-nav"><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>\n' +
    before +
    `<article><h1>${STORY_TITLE}</h1>\n<p class="byline">By Ana Ruiz</p>\n${paragraphs}\n</article>\n` +
    after +
    `<footer class="site-footer">${FOOTER_TEXT}</footer>\n</body></html>\n`
  );
}

/**
 * About 200,000 DOM nodes: a long read of 25,000 paragraphs (eight nodes each, with a
 * link and an emphasis) between the story's first and last paragraphs.
 */
function hugePage() {
  const words = 'board drivers shelters route hospital college market buses timetable passengers winter council'.split(' ');
  const middle = [];
  for (let i = 0; i < 25_000; i++) {
    const w = (k) => words[(i * 7 + k * 3) % words.length];
    middle.push(
      `Part ${i} of the hearing: the ${w(1)} and the ${w(2)} were discussed <em>at length</em>, ` +
        `with the ${w(3)} raised by <a href="/people/${i % 97}">a witness</a>, and the ${w(4)} noted for the record.`,
    );
  }
  return articlePage({ story: [...STORY.slice(0, -1), ...middle, STORY_LAST] });
}

/**
 * About 200,000 DOM nodes the other way: a short story under 22,500 comments (nine
 * nodes each). Lede's detection calls such a page a forum, not an article.
 */
function commentsPage() {
  const items = [];
  for (let i = 0; i < 22_500; i++) {
    items.push(
      `<li class="comment"><div class="meta"><b>Reader ${i}</b> <time>${(i % 23) + 1} h ago</time></div>` +
        `<p>Comment ${i}: the last bus home matters more than people think.</p></li>`,
    );
  }
  return articlePage({ after: `<section class="comments"><h2>Comments</h2><ol>${items.join('')}</ol></section>\n` });
}

/**
 * The story 10,000 elements deep. HTML parsers cap nesting (Chromium at 512), so the
 * page builds the depth itself with DOM calls before load ends. The nested elements are
 * `display: contents`: Chromium's renderer crashes on its own (without any extension) at
 * about 3,000 nested block boxes, while a DOM this deep with a flat layout is fine.
 */
function deepPage() {
  const build =
    '<script>(function(){var box=document.getElementById("deep");var a=document.querySelector("article");' +
    'var p=box;for(var i=0;i<10000;i++){var d=document.createElement(i%2?"div":"section");p.appendChild(d);p=d;}' +
    'p.appendChild(a);document.documentElement.setAttribute("data-depth","10000");})();</script>';
  return articlePage({
    head: '<style>#deep div,#deep section{display:contents}</style>',
    before: '<div id="deep"></div>',
    after: build,
  });
}

/** The page's own DOM never rests: a timer and a MutationObserver keep changing it. */
function mutatingPage() {
  const loop =
    '<script>(function(){var t=document.getElementById("ticker");var n=0;' +
    'window.__ticks=0;setInterval(function(){n++;t.textContent="Live: "+n;var s=document.createElement("span");' +
    's.textContent=" update "+n;t.appendChild(s);},5);' +
    'var c=document.getElementById("counter");' +
    'new MutationObserver(function(list){window.__ticks+=list.length;c.setAttribute("data-seen",String(window.__ticks%7));})' +
    '.observe(document.body,{subtree:true,childList:true,attributes:true,characterData:true,attributeFilter:["class","style","hidden"]});' +
    '})();</script>';
  return articlePage({ before: '<aside id="counter" data-seen="0"></aside>', after: '<div id="ticker"></div>' + loop });
}

/**
 * A page that replaces built-ins its own scripts would never need replaced: Array and
 * JSON methods, DOM methods, window.chrome. Each override breaks the call outright.
 * window.__hostile.off()/on() put them back and take them away again, so the test can
 * read the page without tripping over them.
 */
function hostileGlobalsPage() {
  const script = `<script>(function(){
  var targets=[[Array.prototype,["map","forEach","filter","push","join","slice","indexOf","includes","reduce"]],
    [JSON,["parse","stringify"]],
    [Element.prototype,["querySelector","querySelectorAll","getAttribute","setAttribute","removeAttribute","attachShadow","closest","matches","append","remove"]],
    [Node.prototype,["appendChild","removeChild","insertBefore","contains","cloneNode"]],
    [Document.prototype,["createElement","getElementById","querySelector","createTreeWalker"]],
    [Object,["keys","assign","defineProperty"]],[Promise.prototype,["then"]],[Function.prototype,["call","apply","bind"]]];
  var saved=[];
  for(var i=0;i<targets.length;i++){var o=targets[i][0],names=targets[i][1];for(var j=0;j<names.length;j++){
    saved.push([o,names[j],Object.getOwnPropertyDescriptor(o,names[j])]);}}
  var chromeWas=Object.getOwnPropertyDescriptor(window,"chrome");
  function broken(){throw new Error("this page broke built-ins on purpose");}
  function on(){for(var k=0;k<saved.length;k++){Reflect.defineProperty(saved[k][0],saved[k][1],{value:broken,writable:true,configurable:true});}
    Reflect.defineProperty(window,"chrome",{value:{runtime:{sendMessage:broken,onMessage:{addListener:broken},getURL:broken}},configurable:true,writable:true});}
  function off(){for(var k=0;k<saved.length;k++){Reflect.defineProperty(saved[k][0],saved[k][1],saved[k][2]);}
    if(chromeWas)Reflect.defineProperty(window,"chrome",chromeWas);else Reflect.deleteProperty(window,"chrome");}
  window.__hostile={on:on,off:off};
  on();
})();</script>`;
  return articlePage({ head: script });
}

/** The story inside the page's own custom elements, some with shadow roots. */
function componentsPage() {
  const script = `<script>
customElements.define('site-header', class extends HTMLElement {
  constructor(){ super(); const r = this.attachShadow({mode:'open'});
    r.innerHTML = '<style>b{color:teal}</style><b>Valley Courier</b> <slot></slot>'; }
});
customElements.define('story-card', class extends HTMLElement {
  constructor(){ super(); const r = this.attachShadow({mode:'closed'});
    r.innerHTML = '<div class="frame"><slot></slot></div>'; }
});
customElements.define('share-bar', class extends HTMLElement {
  connectedCallback(){ if (!this.shadowRoot) { const r = this.attachShadow({mode:'open'}); r.textContent = 'Share this story'; } }
});
</script>`;
  const paragraphs = STORY.map((p) => `<p>${p}</p>`).join('\n');
  return articlePage({ head: script }).replace(
    /<article>[\s\S]*<\/article>/,
    `<site-header><a href="/">Home</a></site-header><story-card><article><h1>${STORY_TITLE}</h1>` +
      `<p class="byline">By Ana Ruiz</p>\n${paragraphs}\n<share-bar></share-bar></article></story-card>`,
  );
}

/** Global !important rules aimed at everything, including elements Lede adds. */
function importantCssPage() {
  const css =
    '<style>*{all:unset;display:block !important;color:red !important;position:static !important;' +
    'visibility:visible !important;opacity:1 !important;font-size:31px !important}' +
    'lede-sidebar,lede-reader,[id^="lede"]{display:none !important;width:0 !important;height:0 !important}' +
    'html>*:last-child{transform:scale(0) !important}head,script,style,title{display:none !important}</style>';
  return articlePage({ head: css });
}

/**
 * The story bytes in windows-1252 (curly quotes, an e-acute) but the header says
 * UTF-8: every such byte decodes to U+FFFD.
 */
function cp1252AsUtf8() {
  const story = [
    'The mayor\u2019s office said the caf\u00e9 on the square would stay open \u2013 \u201cfor now\u201d, a spokesman added.',
    ...STORY,
  ];
  return latin1Bytes(articlePage({ story, charset: 'utf-8' }));
}

/** UTF-8 bytes, a windows-1252 header, a UTF-8 meta: the header wins, so mojibake. */
function metaContradictsHeader() {
  const story = ['Residents of S\u00e3o Jo\u00e3o said the route\u2019s return was \u201clong overdue\u201d.', ...STORY];
  return Buffer.from(articlePage({ story, charset: 'utf-8' }), 'utf8');
}

/** Both encodings in one page: UTF-8 text, then one windows-1252 paragraph. */
function mixedEncodings() {
  const utf8 = Buffer.from(articlePage({ story: ['Z\u00fcrich and M\u00e1laga \u2013 sister towns, the board said.', ...STORY] }), 'utf8');
  const marker = Buffer.from('<footer', 'latin1');
  const at = utf8.indexOf(marker);
  const extra = latin1Bytes('<p>Caf\u00e9 owners \u2018welcomed\u2019 the news.</p>\n');
  return Buffer.concat([utf8.subarray(0, at), extra, utf8.subarray(at)]);
}

/** Windows-1252 encoding of a string (only the characters used above). */
function latin1Bytes(text) {
  const cp1252 = { '\u2018': 0x91, '\u2019': 0x92, '\u201c': 0x93, '\u201d': 0x94, '\u2013': 0x96 };
  return Buffer.from([...text].map((ch) => cp1252[ch] ?? (ch.charCodeAt(0) < 256 ? ch.charCodeAt(0) : 0x3f)));
}

/** A frameset document: no body, two frames. */
const FRAMESET =
  '<!doctype html>\n<html><head><meta charset="utf-8"><title>Frames</title></head>' +
  '<frameset cols="50%,50%"><frame src="/robust/frame-a"><frame src="/robust/frame-b"></frameset></html>\n';

const frame = (name) => `<!doctype html><html><head><meta charset="utf-8"><title>${name}</title></head><body><p>Frame ${name}</p></body></html>`;

/** A page whose own custom element is named lede-sidebar and claims its shadow root. */
function nameClashPage() {
  const script = `<script>customElements.define('lede-sidebar', class extends HTMLElement {
  constructor(){ super(); this.attachShadow({mode:'closed'}); }
});</script>`;
  return articlePage({ head: script });
}

const TEXT_PLAIN =
  'Release notes\n\n' +
  '- The parser now accepts tabs in headers.\n- Fixed a crash on empty input.\n- Faster start-up on large folders.\n';

/**
 * The routes of the corpus, for scripts/serve.mjs: path -> {body, type, headers}.
 * Bodies are built once, when the server starts.
 */
export function robustRoutes() {
  const html = 'text/html; charset=utf-8';
  const png = fs.readFileSync(path.join(HERE, '../../../../extension/icons/lede-128.png'));
  return {
    '/robust/huge': { body: hugePage(), type: html },
    '/robust/comments': { body: commentsPage(), type: html },
    '/robust/deep': { body: deepPage(), type: html },
    '/robust/empty': { body: '<!doctype html><html><head><title>Empty</title></head><body></body></html>', type: html },
    '/robust/whitespace': {
      body: '<!doctype html><html><head><title>Blank</title></head><body>\n  \t\n   \n</body></html>',
      type: html,
    },
    '/robust/text': { body: TEXT_PLAIN, type: 'text/plain; charset=utf-8' },
    '/robust/image': { body: png, type: 'image/png' },
    '/robust/frameset': { body: FRAMESET, type: html },
    '/robust/frame-a': { body: frame('A'), type: html },
    '/robust/frame-b': { body: frame('B'), type: html },
    '/robust/svg': { file: path.join(HERE, 'drawing.svg'), type: 'image/svg+xml' },
    '/robust/cp1252-as-utf8': { body: cp1252AsUtf8(), type: html },
    '/robust/meta-contradicts-header': { body: metaContradictsHeader(), type: 'text/html; charset=windows-1252' },
    '/robust/mixed-encodings': { body: mixedEncodings(), type: html },
    '/robust/mutating': { body: mutatingPage(), type: html },
    '/robust/hostile-globals': { body: hostileGlobalsPage(), type: html },
    '/robust/components': { body: componentsPage(), type: html },
    '/robust/important-css': { body: importantCssPage(), type: html },
    '/robust/name-clash': { body: nameClashPage(), type: html },
    '/robust/style-csp': {
      body: articlePage(),
      type: html,
      headers: { 'Content-Security-Policy': "style-src 'self'" },
    },
  };
}
