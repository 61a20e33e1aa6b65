import { describe, expect, it } from 'vitest';
import { textLayerStatus } from './text-layer.js';

describe('textLayerStatus', () => {
  it('accepts ordinary text in any script', () => {
    expect(textLayerStatus(['Photosynthesis takes place in the chloroplasts.'])).toBe('text');
    expect(
      textLayerStatus(['光合成は、植物が光のエネルギーを使って二酸化炭素と水からブドウ糖をつくる働きである。']),
    ).toBe('text');
    expect(textLayerStatus(['פוטוסינתזה היא התהליך שבו צמחים משתמשים באנרגיית האור'])).toBe('text');
  });

  it('calls a page with no text, or only a page number or running head, one without a text layer', () => {
    expect(textLayerStatus([])).toBe('none');
    expect(textLayerStatus(['', ' ', '12'])).toBe('none');
    expect(textLayerStatus(['Chapter 3', ' ', 'page 41'])).toBe('none');
  });

  it('recognises glyph ids read as characters: controls, private-use code points, U+FFFD', () => {
    // "The cell is the basic unit" through a font without a Unicode map (glyph id = code - 29, space = 3).
    expect(textLayerStatus(['7KH\u0003FHOO\u0003LV\u0003WKH\u0003EDVLF\u0003XQLW\u0003RI\u0003OLIH'])).toBe(
      'no_unicode_map',
    );
    // "Hello World" twice, two bytes per glyph id.
    const hello = '\u0000+\u0000H\u0000O\u0000O\u0000R\u0000\u0003\u0000:\u0000R\u0000U\u0000O\u0000G';
    expect(textLayerStatus([hello, hello])).toBe('no_unicode_map');
    expect(
      textLayerStatus([
        '\uE001\uE002\uE003\uE004\uE005 \uE006\uE007\uE008\uE009 \uE00A\uE00B\uE00C\uE00D\uE00E\uE00F\uE010\uE011\uE012\uE013\uE014',
      ]),
    ).toBe('no_unicode_map');
    expect(textLayerStatus(['\uFFFD'.repeat(30)])).toBe('no_unicode_map');
  });

  it('tolerates a stray undecodable symbol in real text', () => {
    expect(
      textLayerStatus(['The cell membrane \uF0B7 controls what enters and leaves the cell, as shown in Figure 2.']),
    ).toBe('text');
  });
});
