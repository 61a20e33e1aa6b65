// The accessibility check every screen passes in the browser tests: axe-core's WCAG 2.2 A and AA rules (and those
// of 2.0 and 2.1 they build on), through @axe-core/playwright, with no serious or critical violation left.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** Scans the page as it stands; a failure names each rule broken, its impact and the first elements found. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  // Colours are judged as they end: a card fading in is pale for a moment (endless animations aside: a pulse).
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Number.POSITIVE_INFINITY),
  );
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const serious = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}, ${v.nodes.length}): ${v.nodes
          .slice(0, 3)
          .map((n) => `${n.target.join(' ')} ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`)
          .join(' | ')}`,
    );
  expect(serious, `accessibility of ${screen}`).toEqual([]);
}
