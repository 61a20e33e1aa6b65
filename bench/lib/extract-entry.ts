// Child process for the extraction benchmark: extracts every page of one PDF in process with the core's
// extractPages (pdf.js through unpdf), as the quiz pipeline does, after a warm-up on its first page (which
// loads pdf.js, as a running server has), and prints one JSON line: pages, time, characters, peak memory;
// with --text <file>, writes the text too (pages separated by form feeds).
import { readFile, writeFile } from 'node:fs/promises';
import { extractPages } from '@quizstream/core';

const [file, ...rest] = process.argv.slice(2);
if (!file) throw new Error('usage: extract-entry.ts <file.pdf> [--text out.txt]');
const textOut = rest.includes('--text') ? rest[rest.indexOf('--text') + 1] : undefined;
const bytes = new Uint8Array(await readFile(file));
// The server has pdf.js loaded long before a document comes: load it here too (and time that) before timing.
const warmStart = performance.now();
for await (const _page of extractPages(bytes, { to: 1 })) {
  // the first page only
}
const warmUpMs = performance.now() - warmStart;
const rssBefore = process.memoryUsage().rss;
const texts: string[] = [];
let chars = 0;
let firstPageMs = Number.NaN;
const started = performance.now();
for await (const page of extractPages(bytes)) {
  if (Number.isNaN(firstPageMs)) firstPageMs = performance.now() - started;
  chars += page.text.length;
  if (textOut) texts.push(page.text);
  else texts.push('');
}
const ms = performance.now() - started;
if (textOut) await writeFile(textOut, texts.join('\f'));
console.log(
  JSON.stringify({
    pages: texts.length,
    ms,
    firstPageMs,
    warmUpMs,
    chars,
    rssBefore,
    // Peak resident memory of the whole process (Node and tsx included; rssBefore shows that share).
    maxRss: process.resourceUsage().maxRSS * 1024,
  }),
);
