// How close two English terms are in meaning, from word vectors (word-vectors.bin, see build-word-vectors.mjs):
// a term's vector is the mean of its words' vectors. Kinds of one thing ("pitot tubes", "AOA sensors") lie close;
// a term from another field ("factory farming" beside "superintelligence") lies far; a near-synonym lies very
// close. Loaded once, lazily, like the word frequencies.
import { readFile } from 'node:fs/promises';

export interface WordVectors {
  /** Cosine similarity of two terms' mean vectors, or undefined when either has no known word. */
  similarity(a: string, b: string): number | undefined;
}

let loading: Promise<WordVectors> | undefined;

export function loadWordVectors(): Promise<WordVectors> {
  loading ??= readFile(new URL('./word-vectors.bin', import.meta.url)).then(parse);
  return loading;
}

/** Parses the file: a JSON header line, one word a line, then the vectors as signed bytes. */
export function parse(file: Buffer): WordVectors {
  const headerEnd = file.indexOf(10);
  const header = JSON.parse(file.subarray(0, headerEnd).toString('utf8')) as { dimensions: number; words: number };
  const dims = header.dimensions;
  const index = new Map<string, number>();
  let at = headerEnd + 1;
  for (let i = 0; i < header.words; i++) {
    const end = file.indexOf(10, at);
    index.set(file.subarray(at, end).toString('utf8'), i);
    at = end + 1;
  }
  const data = new Int8Array(file.buffer, file.byteOffset + at, header.words * dims);
  const cache = new Map<string, Float32Array | null>();

  const vectorOf = (term: string): Float32Array | null => {
    const key = term.toLowerCase();
    const cached = cache.get(key);
    if (cached !== undefined) return cached;
    const sum = new Float32Array(dims);
    let found = 0;
    const add = (word: string): boolean => {
      const i = index.get(word) ?? index.get(word.replace(/s$/, ''));
      if (i === undefined) return false;
      found++;
      for (let d = 0; d < dims; d++) sum[d]! += data[i * dims + d]!;
      return true;
    };
    for (const word of key.split(/[^a-z'-]+/)) {
      if (word === '' || STOP.has(word)) continue;
      // "cross-border": the compound when the list has it, else its parts.
      if (!add(word) && word.includes('-')) for (const part of word.split('-')) if (part) add(part);
    }
    const vector = found === 0 ? null : sum;
    if (cache.size > 50_000) cache.clear();
    cache.set(key, vector);
    return vector;
  };

  return {
    similarity(a, b) {
      const x = vectorOf(a);
      const y = vectorOf(b);
      if (!x || !y) return undefined;
      let dot = 0;
      let nx = 0;
      let ny = 0;
      for (let d = 0; d < dims; d++) {
        dot += x[d]! * y[d]!;
        nx += x[d]! * x[d]!;
        ny += y[d]! * y[d]!;
      }
      return nx === 0 || ny === 0 ? undefined : dot / Math.sqrt(nx * ny);
    },
  };
}

const STOP = new Set(['the', 'a', 'an', 'of', 'and', 'or', 'to', 'in', 'on', 'for', 'with']);
