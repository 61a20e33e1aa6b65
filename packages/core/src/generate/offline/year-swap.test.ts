import { describe, expect, it } from 'vitest';
import { seededRandom } from './seeded-random.js';
import { movedYear, swapsYear } from './year-swap.js';

describe('a swapped year', () => {
  it('is three to six years off, never in the future', () => {
    // Debian 0.91 came out in 1994: 1997 is plainly false, 2007 another era, 1995 a gotcha.
    expect(swapsYear(1994, 1997)).toBe(true);
    expect(swapsYear(1994, 1991)).toBe(true);
    expect(swapsYear(1994, 2007)).toBe(false);
    expect(swapsYear(1994, 1995)).toBe(false);
    const thisYear = new Date().getFullYear();
    expect(swapsYear(thisYear - 1, thisYear + 3)).toBe(false);
  });

  it('is moved three to five years, and back when forward would be in the future', () => {
    const random = seededRandom(11);
    for (let i = 0; i < 50; i++) {
      const moved = movedYear(2000, random);
      expect(Math.abs(moved - 2000)).toBeGreaterThanOrEqual(3);
      expect(Math.abs(moved - 2000)).toBeLessThanOrEqual(5);
    }
    const thisYear = new Date().getFullYear();
    for (let i = 0; i < 20; i++) expect(movedYear(thisYear - 1, random)).toBeLessThan(thisYear);
  });
});
