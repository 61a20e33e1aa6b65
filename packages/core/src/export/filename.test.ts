import { describe, expect, it } from 'vitest';
import { baseFilename } from './filename.js';

describe('baseFilename', () => {
  it('keeps letters of every script and drops path separators and reserved characters', () => {
    expect(baseFilename('Cells: 1/2 <draft> "v2" a\\b|c?d*e')).toBe('Cells 1 2 draft v2 a b c d e');
    expect(baseFilename('日本語のクイズ 🧬 עברית')).toBe('日本語のクイズ 🧬 עברית');
    expect(baseFilename('../../etc/passwd')).toBe('etc passwd');
  });

  it('removes control and bidi characters that could hide the real name', () => {
    expect(baseFilename('invoice\u202Etxt.exe')).toBe('invoice txt.exe');
    expect(baseFilename('a\nb\tc\u0000d')).toBe('a b c d');
  });

  it('falls back to "quiz" and avoids Windows device names, leading dots and trailing dots', () => {
    expect(baseFilename('')).toBe('quiz');
    expect(baseFilename(' ... ')).toBe('quiz');
    expect(baseFilename('CON')).toBe('CON_');
    expect(baseFilename('.hidden.')).toBe('hidden');
  });

  it('cuts long titles by characters, never inside an emoji', () => {
    const name = baseFilename('🧪'.repeat(100));
    expect(Array.from(name)).toHaveLength(80);
    expect(name).toBe('🧪'.repeat(80));
  });
});
