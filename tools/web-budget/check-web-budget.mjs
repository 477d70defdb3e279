#!/usr/bin/env node
// Checks the JavaScript budget of the web app's first page: the entry module plus every module
// index.html asks the browser to preload, gzipped at level 9. Chunks that routes load later on
// are not counted. Run after `nx run web:build`; writes dist/apps/web/budget.json.
// Sizes are in kB of 1,000 bytes, the unit Vite's own build report uses.
//
//   WEB_JS_BUDGET_KB=120 node tools/web-budget/check-web-budget.mjs
import { readFile, writeFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { gzipSync, constants } from 'node:zlib';

const workspaceRoot = join(import.meta.dirname, '../..');
const distDir = join(workspaceRoot, 'dist/apps/web');
const budgetKb = Number(process.env.WEB_JS_BUDGET_KB ?? 150);

if (!Number.isFinite(budgetKb) || budgetKb <= 0) {
  console.error(
    `WEB_JS_BUDGET_KB must be a positive number, got "${process.env.WEB_JS_BUDGET_KB}"`,
  );
  process.exit(2);
}

let html;
try {
  html = await readFile(join(distDir, 'index.html'), 'utf8');
} catch {
  console.error(
    `No ${posix.join('dist/apps/web', 'index.html')}: run \`npx nx run web:build\` first.`,
  );
  process.exit(2);
}

/** The value of `name` in a tag's attribute text, with or without quotes. */
function attribute(attributes, name) {
  const match = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(
    attributes,
  );
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

/** A same-origin asset URL ("/assets/x.js", "./assets/x.js") as a path inside dist. */
function localPath(url) {
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url)) {
    throw new Error(
      `index.html loads JavaScript from another origin, which this check cannot size: ${url}`,
    );
  }
  return posix.normalize(url.split(/[?#]/)[0].replace(/^\.?\//, ''));
}

const urls = new Set();
for (const [, attributes] of html.matchAll(/<script\b([^>]*)>/gi)) {
  const src = attribute(attributes, 'src');
  if (src && attribute(attributes, 'type') === 'module') urls.add(localPath(src));
}
for (const [, attributes] of html.matchAll(/<link\b([^>]*)>/gi)) {
  const rel = attribute(attributes, 'rel')?.toLowerCase().split(/\s+/) ?? [];
  const href = attribute(attributes, 'href');
  if (href && rel.includes('modulepreload')) urls.add(localPath(href));
}

if (urls.size === 0) {
  console.error('index.html has no <script type="module" src> entry: is this a Vite build?');
  process.exit(2);
}

const toKb = (bytes) => Math.round(bytes / 10) / 100;

const files = [];
for (const file of urls) {
  const source = await readFile(join(distDir, file));
  const gzip = gzipSync(source, { level: constants.Z_BEST_COMPRESSION });
  files.push({
    file,
    bytes: source.length,
    gzip_bytes: gzip.length,
    gzip_kb: toKb(gzip.length),
  });
}
files.sort((a, b) => b.gzip_bytes - a.gzip_bytes);

const totalBytes = files.reduce((sum, file) => sum + file.gzip_bytes, 0);
const initialKb = toKb(totalBytes);
const withinBudget = initialKb <= budgetKb;

await writeFile(
  join(distDir, 'budget.json'),
  `${JSON.stringify({ initial_js_gzip_kb: initialKb, budget_kb: budgetKb, files }, null, 2)}\n`,
);

console.log(
  `web first-page JavaScript: ${initialKb.toFixed(1)} kB gzipped in ${files.length} file(s), ` +
    `budget ${budgetKb} kB: ${withinBudget ? 'OK' : 'OVER BUDGET'}`,
);
if (!withinBudget) {
  for (const file of files)
    console.log(`  ${file.gzip_kb.toFixed(1).padStart(7)} kB  ${file.file}`);
  process.exit(1);
}
