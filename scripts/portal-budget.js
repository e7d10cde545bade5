#!/usr/bin/env node
// The first page's JavaScript budget: everything index.html loads before the page can render (entry script and
// module preloads), gzip-compressed. Institutions open it on phones inside WeChat, often on mobile data.
const { readFileSync } = require('node:fs');
const { gzipSync } = require('node:zlib');
const path = require('node:path');

const BUDGET_KB = 320;
const dist = path.resolve(__dirname, '..', 'dist', 'portal');
const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) {
  console.error('portal budget: index.html has an inline script (a strict CSP forbids it)');
  process.exit(1);
}
const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
const sizes = files.map((file) => ({ file, gzip: gzipSync(readFileSync(path.join(dist, file))).length }));
const totalKb = sizes.reduce((sum, s) => sum + s.gzip, 0) / 1024;
for (const s of sizes) console.log(`  ${s.file}: ${(s.gzip / 1024).toFixed(1)} KB gzip`);
console.log(`portal budget: first page JavaScript ${totalKb.toFixed(1)} KB gzip of ${BUDGET_KB} KB`);
if (totalKb > BUDGET_KB) process.exit(1);
