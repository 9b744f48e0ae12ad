#!/usr/bin/env node
// Checks a generated public dashboard folder as a browser sees it.
//
//   node tests/dashboard/check.mjs DIR [--forbid FILE.json] [--screens OUTDIR] [--phone]
//
// Fails (exit 1, one line per problem naming the file) when:
//  - a file is not .html or .css, or is a link;
//  - a file refers to the network or to anything active: http(s)://,
//    @import, url(, @font-face, <script, <iframe, <object, <embed, <frame,
//    <base, <form, <meta http-equiv="refresh">, on* attributes, a URL with
//    a scheme (data:, mailto:, javascript:...) or a protocol-relative or
//    root-absolute (/x) address in any link or source attribute;
//  - a local link or source does not exist, leaves DIR, names a folder, or
//    its #fragment names no element of the target page; a page no other
//    page links to (DIR/index.html aside);
//  - <html> lacks lang or dir (rtl for ar, fa, he, ur; ltr otherwise), lang
//    differs from the page's language folder (a folder named like a
//    language code), <title> is empty, or the page
//    has no h1 or more than one;
//  - loading a page requests anything but files inside DIR;
//  - axe-core (WCAG 2.0/2.1 A and AA) finds a serious or critical
//    violation (moderate and minor ones are listed, not counted);
//  - at 320 CSS pixels wide something other than a data table sticks out
//    sideways (WCAG 1.4.10 reflow);
//  - printed (print media emulated), the h1 is hidden or a nav still shows;
//  - a --forbid entry occurs in a file: raw text, and for pages the text and
//    attribute values after entity decoding, whitespace collapsed, NFC. An
//    entry is a string (any occurrence; one of 8 words or more also fails on
//    any run of 8 of its words in a row, so a cut excerpt is caught) or
//    {"text": "...", "word": true} (only as a whole word, for short codes
//    such as participant codes). The forbidden text itself is never printed.
// Every page is screenshotted full-page at 1280 px wide into OUTDIR
// (default target/dashboard-screenshots under the repo root) as
// <lang>-<page>.png (index.png for DIR/index.html); with --phone also at
// 390 px wide as <lang>-<page>-phone.png.
//
// Debian's Chromium is used, never a downloaded browser: CHROMIUM overrides
// /usr/bin/chromium.

import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '..', '..');
const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const RTL = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);
const URL_ATTRS = new Set(['href', 'xlink:href', 'src', 'srcset', 'action', 'formaction', 'data', 'poster',
  'background', 'cite', 'longdesc', 'ping', 'manifest', 'codebase', 'archive', 'lowsrc', 'dynsrc', 'usemap',
  'profile', 'icon', 'imagesrcset']);
const WINDOW = 8; // words in a row that betray a forbidden passage

function usage(msg) {
  if (msg) console.error(`check.mjs: ${msg}`);
  console.error('usage: node tests/dashboard/check.mjs DIR [--forbid FILE.json] [--screens OUTDIR] [--phone]');
  process.exit(2);
}

// ---- arguments
const argv = process.argv.slice(2);
let dirArg, forbidFile, phone = false, screens = join(repoRoot, 'target', 'dashboard-screenshots');
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (a === '--forbid') forbidFile = argv[++i] ?? usage('--forbid needs a file');
  else if (a === '--screens') screens = resolve(argv[++i] ?? usage('--screens needs a folder'));
  else if (a === '--phone') phone = true;
  else if (a === '-h' || a === '--help') usage();
  else if (a.startsWith('-')) usage(`unknown option ${a}`);
  else if (dirArg) usage('only one DIR');
  else dirArg = a;
}
if (!dirArg) usage();
const DIR = resolve(dirArg);
if (!existsSync(DIR) || !statSync(DIR).isDirectory()) usage(`${dirArg} is not a folder`);

const norm = (s) => s.normalize('NFC').replace(/\s+/gu, ' ');
let forbid = [];
if (forbidFile) {
  let raw;
  try { raw = JSON.parse(readFileSync(forbidFile, 'utf8')); } catch (e) { usage(`cannot read ${forbidFile}: ${e.message}`); }
  if (!Array.isArray(raw)) usage(`${forbidFile} must hold a JSON array`);
  forbid = raw.map((e, i) => {
    const o = typeof e === 'string' ? { text: e } : e;
    if (!o || typeof o.text !== 'string') usage(`${forbidFile}: entry ${i} is neither a string nor {"text": ...}`);
    const text = norm(o.text).trim();
    const words = text.split(' ');
    const windows = !o.word && words.length >= WINDOW
      ? [...new Set(words.slice(0, words.length - WINDOW + 1).map((_, j) => words.slice(j, j + WINDOW).join(' ')))]
      : [];
    const word = o.word ? new RegExp(`(?<![\\p{L}\\p{N}_])${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}_])`, 'u') : null;
    return { i, text, word, windows };
  }).filter((f) => f.text.length > 0);
}

// ---- problems
const problems = [];
const notes = [];
const rel = (p) => relative(DIR, p).split(sep).join('/') || '.';
const problem = (file, msg) => problems.push(`${file}: ${msg}`);

// ---- the files
const files = [];
(function walk(d) {
  for (const name of readdirSync(d).sort()) {
    const p = join(d, name);
    const st = lstatSync(p);
    if (st.isSymbolicLink()) problem(rel(p), 'is a symbolic link; only plain .html and .css files belong here');
    else if (st.isDirectory()) walk(p);
    else if (!st.isFile()) problem(rel(p), 'is not a plain file');
    else if (!['.html', '.css'].includes(extname(name).toLowerCase())) problem(rel(p), `is a ${extname(name) || 'extensionless'} file; only .html and .css belong here`);
    else files.push(p);
  }
})(DIR);
const pages = files.filter((f) => f.toLowerCase().endsWith('.html'));
if (pages.length === 0) problem('.', 'holds no .html page');

// ---- static text checks (every file, as written)
const RAW_RULES = [
  [/https?:\/\//i, 'names a web address (http:// or https://)'],
  [/\bftps?:\/\//i, 'names an ftp:// address'],
  [/@import/i, 'uses @import'],
  [/url\s*\(/i, 'uses url( (fonts, images or anything else fetched)'],
  [/@font-face/i, 'declares a @font-face'],
  [/<script/i, 'has a <script'],
  [/<iframe/i, 'has an <iframe'],
  [/<(object|embed|frame|frameset|applet|portal)\b/i, 'embeds an object, embed or frame'],
  [/<base\b/i, 'has a <base> element'],
  [/<form\b/i, 'has a <form>'],
  [/http-equiv\s*=\s*["']?\s*refresh/i, 'has a <meta http-equiv="refresh">'],
  [/expression\s*\(/i, 'has a CSS expression('],
];
const lineCol = (text, idx) => {
  const before = text.slice(0, idx).split('\n');
  return `line ${before.length}, column ${before.at(-1).length + 1}`;
};
const texts = new Map();
const decoder = new TextDecoder('utf-8', { fatal: true });
for (const f of files) {
  let text;
  try { text = decoder.decode(readFileSync(f)); } catch { problem(rel(f), 'is not valid UTF-8'); text = readFileSync(f, 'latin1'); }
  texts.set(f, text);
  for (const [re, msg] of RAW_RULES) {
    const m = re.exec(text);
    if (m) problem(rel(f), `${msg} at ${lineCol(text, m.index)}`);
  }
}

function forbidHits(file, hay, where) {
  const h = norm(hay);
  for (const f of forbid) {
    let how = null;
    if (f.word) { if (f.word.test(h)) how = 'as a word'; }
    else if (h.includes(f.text)) how = 'whole';
    else if (f.windows.some((w) => h.includes(w))) how = `${WINDOW} or more of its words in a row`;
    if (how) problem(file, `contains forbidden entry #${f.i} (${f.text.length} characters; ${how}) in its ${where}`);
  }
}
for (const f of files) forbidHits(rel(f), texts.get(f), 'source');

// ---- the browser
const profile = mkdtempSync(join(tmpdir(), 'hearken-dash-chromium-'));
mkdirSync(screens, { recursive: true });
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  viewport: { width: 1280, height: 800 },
  offline: true,
  serviceWorkers: 'block',
  javaScriptEnabled: true, // axe needs it; the pages themselves have none (checked above)
});

const inDir = (p) => p === DIR || p.startsWith(DIR + sep);
let current = '(browser)';
function allowedRequest(u) {
  if (!u.startsWith('file:')) return false;
  try { return inDir(fileURLToPath(u)); } catch { return false; }
}
const badRequests = new Set();
const noteRequest = (u) => {
  if (allowedRequest(u)) return;
  const key = `${current}\u0000${u}`;
  if (badRequests.has(key)) return;
  badRequests.add(key);
  problem(current, `requested ${u.length > 120 ? u.slice(0, 120) + '…' : u} (only files inside the dashboard folder may load)`);
};
await context.route('**/*', (route) => {
  const u = route.request().url();
  if (allowedRequest(u)) return route.continue();
  noteRequest(u);
  return route.abort('blockedbyclient');
});
context.on('request', (r) => noteRequest(r.url()));
context.on('weberror', (e) => problem(current, `script error: ${e.error().message}`));

const pageIds = new Map(); // file -> Set of ids
const wantedFragments = []; // [fromFile, targetFile, fragment]
const linkedTo = new Set();

const page = context.pages()[0] ?? await context.newPage();

for (const file of pages) {
  const name = rel(file);
  current = name;
  const segs = name.split('/');
  // A folder named like a language holds that language's pages; others
  // (the shared records) may be in any language.
  const folderLang = segs.length > 1 && /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(segs[0]) ? segs[0] : null;
  const shot = join(screens, `${name.replace(/\.html$/i, '').split('/').join('-')}.png`);

  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ media: 'screen' });
  try {
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load', timeout: 30000 });
  } catch (e) {
    problem(name, `did not load: ${e.message.split('\n')[0]}`);
    continue;
  }

  const info = await page.evaluate((urlAttrs) => {
    const html = document.documentElement;
    const attrs = [];
    const handlers = [];
    const links = [];
    const ids = [];
    for (const el of document.querySelectorAll('*')) {
      if (el.id) ids.push(el.id);
      for (const a of el.attributes) {
        attrs.push(a.value);
        const n = a.name.toLowerCase();
        if (n.startsWith('on')) handlers.push(`<${el.localName} ${n}>`);
        if (urlAttrs.includes(n)) links.push({ tag: el.localName, attr: n, value: a.value });
      }
    }
    const sheets = [...document.querySelectorAll('link[rel~="stylesheet"]')].map((l) => ({ href: l.getAttribute('href'), loaded: !!l.sheet }));
    return {
      lang: html.getAttribute('lang'), dir: html.getAttribute('dir'),
      title: document.title.trim(), h1: document.querySelectorAll('h1').length,
      text: html.textContent, attrs, handlers, links, ids, sheets,
      imgs: [...document.images].map((i) => i.getAttribute('src')),
    };
  }, [...URL_ATTRS]);

  // document basics
  if (!info.lang) problem(name, '<html> has no lang');
  if (!info.dir) problem(name, '<html> has no dir');
  if (info.lang) {
    const primary = info.lang.toLowerCase().split('-')[0];
    const want = RTL.has(primary) ? 'rtl' : 'ltr';
    if (info.dir && info.dir !== want) problem(name, `<html lang="${info.lang}"> should have dir="${want}", not "${info.dir}"`);
    if (folderLang && info.lang !== folderLang) problem(name, `<html lang="${info.lang}"> in the ${folderLang}/ folder`);
  }
  if (!info.title) problem(name, 'has no <title> text');
  if (info.h1 !== 1) problem(name, `has ${info.h1} h1 elements (one wanted)`);
  for (const h of info.handlers) problem(name, `has an event handler attribute ${h}`);
  for (const s of info.sheets) if (!s.loaded) problem(name, `stylesheet ${s.href} did not load`);
  if (info.sheets.length === 0) problem(name, 'links no stylesheet');
  const ids = new Set(info.ids);
  pageIds.set(file, ids);

  // links and sources
  for (const l of info.links) {
    const values = l.attr.endsWith('srcset') ? l.value.split(',').map((s) => s.trim().split(/\s+/)[0]) : [l.value];
    for (const raw of values) {
      const v = raw.trim();
      const what = `<${l.tag} ${l.attr}="${v.length > 80 ? v.slice(0, 80) + '…' : v}">`;
      if (v === '') { problem(name, `${what} is empty`); continue; }
      if (v.startsWith('//')) { problem(name, `${what} is a protocol-relative (network) address`); continue; }
      const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(v);
      if (scheme) { problem(name, `${what} uses ${scheme[1]}: (only relative file paths may be linked)`); continue; }
      if (v.startsWith('/')) { problem(name, `${what} is root-absolute: opened from disk it points at the file system root`); continue; }
      if (v.startsWith('#')) {
        const frag = decodeURIComponent(v.slice(1));
        if (frag && !ids.has(frag)) problem(name, `${what} points at no element with id "${frag}"`);
        continue;
      }
      const [pathPart, frag] = v.split('#', 2);
      let target;
      try { target = resolve(dirname(file), decodeURIComponent(pathPart.split('?')[0])); } catch { problem(name, `${what} is not a valid address`); continue; }
      if (!inDir(target)) { problem(name, `${what} leads outside the dashboard folder`); continue; }
      if (!existsSync(target)) { problem(name, `${what} is a broken link: ${rel(target)} does not exist`); continue; }
      if (statSync(target).isDirectory()) { problem(name, `${what} names a folder; opened from disk that shows a file listing, link the .html file`); continue; }
      if (target !== file) linkedTo.add(target);
      if (frag) wantedFragments.push([name, target, decodeURIComponent(frag), what]);
    }
  }

  // forbidden text after entity decoding
  if (forbid.length) forbidHits(name, `${info.text}\n${info.attrs.join('\n')}`, 'text or attributes');

  // axe-core
  await page.addScriptTag({ content: axeSource });
  const axe = await page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary })) }));
  });
  for (const v of axe) {
    const serious = v.impact === 'serious' || v.impact === 'critical';
    const head = `axe ${v.impact} ${v.id}: ${v.help}`;
    const list = serious ? problems : notes;
    list.push(`${name}: ${head}`);
    for (const n of v.nodes.slice(0, 8)) list.push(`    at ${n.target}${n.summary ? ` — ${n.summary.replace(/\s+/g, ' ').slice(0, 300)}` : ''}`);
    if (v.nodes.length > 8) list.push(`    … and ${v.nodes.length - 8} more`);
  }

  // screenshot, in the screen layout
  await page.screenshot({ path: shot, fullPage: true });

  // reflow at 320 CSS px: only data tables may scroll sideways
  await page.setViewportSize({ width: 320, height: 640 });
  const wide = await page.evaluate(() => {
    const vw = document.documentElement.clientWidth;
    const out = [];
    for (const el of document.body.querySelectorAll('*')) {
      if (el.closest('table')) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (getComputedStyle(el).position === 'absolute' && (r.bottom < 0 || r.right < 0)) continue; // parked skip link
      if (r.right > vw + 1 || r.left < -1) {
        const p = el.parentElement ? el.parentElement.localName : '';
        out.push(`${p} > ${el.localName}${el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : ''} (${Math.round(r.left)}…${Math.round(r.right)} px)`);
      }
    }
    const tiny = [...document.querySelectorAll('svg text')].map((t) => {
      const m = t.getScreenCTM();
      return m ? parseFloat(getComputedStyle(t).fontSize) * Math.hypot(m.a, m.b) : 99;
    }).filter((px) => px < 9);
    return { out, pageScrolls: document.documentElement.scrollWidth > vw + 1, tiny: tiny.length ? Math.min(...tiny) : 0 };
  });
  if (wide.tiny) notes.push(`${name}: at 320 px wide chart text renders ${wide.tiny.toFixed(1)} px high (hard to read on a phone)`);
  if (wide.pageScrolls && !wide.out.length) notes.push(`${name}: at 320 px wide a table makes the whole page scroll sideways`);
  if (phone) {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: shot.replace(/\.png$/, '-phone.png'), fullPage: true });
  }
  if (wide.out.length) problem(name, `at 320 px wide ${wide.out.length} element(s) stick out sideways, e.g. ${wide.out.slice(0, 3).join('; ')}`);
  await page.setViewportSize({ width: 1280, height: 800 });

  // print
  await page.emulateMedia({ media: 'print' });
  const printed = await page.evaluate(() => {
    const visible = (el) => !!el && el.checkVisibility({ visibilityProperty: true, opacityProperty: true }) && el.getBoundingClientRect().height > 0;
    return { h1: visible(document.querySelector('h1')), nav: [...document.querySelectorAll('nav')].filter(visible).length };
  });
  if (!printed.h1) problem(name, 'printed, the h1 is not visible');
  if (printed.nav) problem(name, `printed, ${printed.nav} nav element(s) still show`);
  await page.emulateMedia({ media: 'screen' });
}

current = '(after pages)';
await context.close();
rmSync(profile, { recursive: true, force: true });

for (const [from, target, frag, what] of wantedFragments) {
  const ids = pageIds.get(target);
  if (ids && !ids.has(frag)) problem(from, `${what} points at no element with id "${frag}" in ${rel(target)}`);
}
for (const p of pages) {
  if (rel(p) !== 'index.html' && !linkedTo.has(p)) problem(rel(p), 'no page links here');
}

for (const n of notes) console.log(`dashboard note: ${n}`);
for (const p of problems) console.error(p.startsWith('    ') ? p : `dashboard: ${p}`);
const counted = problems.filter((p) => !p.startsWith('    ')).length;
console.log(`dashboard: screenshots in ${screens}`);
console.log(`dashboard: ${pages.length} pages, ${counted} problems`);
process.exit(counted ? 1 : 0);
