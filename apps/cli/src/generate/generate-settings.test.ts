import { OCR_MODES } from '@quizstream/core';
import { DifficultyOption, GenerateOptions, maxQuestionsPerPage } from '@quizstream/core/schemas';
import { describe, expect, it } from 'vitest';
import { DIFFICULTY_CHOICES, OCR_CHOICES } from '../program.js';
import { generateSettings } from './generate-settings.js';

describe('generateSettings', () => {
  it('has the defaults `quizstream generate --help` states', () => {
    const settings = generateSettings({}, {});
    expect(settings.options).toEqual(GenerateOptions.parse({}));
    expect(maxQuestionsPerPage(settings.options)).toBe(2);
    expect(settings.options).toMatchObject({
      difficulty: 'mixed',
      types: ['multiple_choice', 'true_false', 'short_answer'],
    });
    expect(settings).toMatchObject({ format: 'json', generator: 'offline', server: undefined, color: true });
    expect(DIFFICULTY_CHOICES).toEqual(DifficultyOption.options);
  });

  it('takes a count for the whole document, which makes questions per page a maximum of 10 unless given', () => {
    const counted = generateSettings({ count: '40' }, {}).options;
    expect(counted.count).toBe(40);
    expect(maxQuestionsPerPage(counted)).toBe(10);
    expect(maxQuestionsPerPage(generateSettings({ count: '40', questionsPerPage: '3' }, {}).options)).toBe(3);
    expect(() => generateSettings({ count: '0' }, {})).toThrow(/--count/);
    expect(() => generateSettings({ count: 'many' }, {})).toThrow(/--count/);
  });

  it('reads scanned pages with English OCR by default, and takes other OCR settings', () => {
    expect(generateSettings({}, {}).ocr).toEqual({ mode: 'auto', langs: ['eng'] });
    expect(generateSettings({ ocr: 'force', ocrLangs: 'eng+jpn' }, {}).ocr).toEqual({
      mode: 'force',
      langs: ['eng', 'jpn'],
    });
    expect(() => generateSettings({ ocrLangs: 'english' }, {})).toThrow(/--ocr-langs: "english" is not a Tesseract/);
    expect(OCR_CHOICES).toEqual([...OCR_MODES]);
  });

  it('reads page ranges in every documented form', () => {
    const range = (pages: string) => {
      const { pageFrom, pageTo } = generateSettings({ pages }, {}).options;
      return [pageFrom, pageTo];
    };
    expect(range('5')).toEqual([5, 5]);
    expect(range('3-10')).toEqual([3, 10]);
    expect(range('12-')).toEqual([12, undefined]);
    expect(range('-4')).toEqual([undefined, 4]);
    expect(() => range('10-3')).toThrow(/--pages: pageFrom must not be after pageTo/);
    expect(() => range('x')).toThrow(/not a page range/);
  });

  it('accepts hyphenated and repeated question types', () => {
    const { options } = generateSettings({ types: ['Multiple-Choice', 'multi_select'] }, {});
    expect(options.types).toEqual(['multiple_choice', 'multi_select']);
    expect(() => generateSettings({ types: ['essay'] }, {})).toThrow(/^--types/);
  });

  it('takes the format from --format, else from the --out extension, else JSON', () => {
    expect(generateSettings({ format: 'csv', out: 'q.md' }, {}).format).toBe('csv-kahoot');
    expect(generateSettings({ out: 'q.md' }, {}).format).toBe('md');
    expect(generateSettings({ out: 'quizzes/' }, {}).format).toBe('json');
  });

  it('normalises --server and takes the API key from the flag or QUIZSTREAM_API_KEY', () => {
    const env = { QUIZSTREAM_API_KEY: 'env-key' };
    expect(generateSettings({ server: 'http://host:3000/' }, env)).toMatchObject({
      server: 'http://host:3000',
      apiKey: 'env-key',
    });
    expect(generateSettings({ server: 'https://q.example/app/', apiKey: 'flag' }, env)).toMatchObject({
      server: 'https://q.example/app',
      apiKey: 'flag',
    });
    expect(generateSettings({}, env).apiKey).toBeUndefined();
  });

  it('refuses flags that do not go together', () => {
    expect(() => generateSettings({ apiKey: 'k' }, {})).toThrow(/--api-key is only used with --server/);
    expect(() => generateSettings({ server: 'http://h', generator: 'llm' }, {})).toThrow(/--generator applies/);
    expect(() => generateSettings({}, { QUIZ_GENERATOR: 'magic' })).toThrow(/QUIZ_GENERATOR/);
  });
});
