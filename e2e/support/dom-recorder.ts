// Records, inside the page, how the live view changed over time, so a test can assert on states that may last
// only a moment: every text the connection indicator and the activity line showed, and what the page looked like
// when the first question card appeared. A MutationObserver sees every DOM update the app makes; polling could miss some.
import type { Page } from 'playwright-core';

export interface Recording {
  connectionTexts: string[];
  /** Every line the live panel's activity line showed ("Reading with OCR: page 1 of 2… · 0 questions so far"). */
  activityTexts: string[];
  /** What the polite live region said, and when (ms since the page loaded). */
  announcements: { text: string; at: number }[];
  firstCard: { summaryShown: boolean; pagesDone: number; totalPages: number } | null;
}

declare global {
  interface Window {
    __quizstreamRecording?: Recording;
  }
}

function install(): void {
  const rec: Recording = { connectionTexts: [], activityTexts: [], announcements: [], firstCard: null };
  window.__quizstreamRecording = rec;
  const sample = () => {
    const text = document.querySelector('[data-testid="connection-status"]')?.textContent?.trim();
    if (text && rec.connectionTexts.at(-1) !== text) rec.connectionTexts.push(text);
    const activity = document.querySelector('[data-testid="stream-activity"]')?.textContent?.trim();
    if (activity && rec.activityTexts.at(-1) !== activity) rec.activityTexts.push(activity);
    const said = document.querySelector('[data-testid="announcer"]')?.textContent?.trim();
    if (said && rec.announcements.at(-1)?.text !== said) rec.announcements.push({ text: said, at: performance.now() });
    if (!rec.firstCard && document.querySelector('[data-testid="question-card"]')) {
      const bar = document.querySelector('[data-testid="page-progress"]');
      rec.firstCard = {
        summaryShown: document.querySelector('[data-testid="quiz-summary"]') !== null,
        pagesDone: Number(bar?.getAttribute('aria-valuenow')),
        totalPages: Number(bar?.getAttribute('aria-valuemax')),
      };
    }
  };
  new MutationObserver(sample).observe(document, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
  });
}

/** Starts recording on every document the page loads from now on. */
export async function recordLiveView(page: Page): Promise<void> {
  await page.addInitScript(install);
}

export async function recording(page: Page): Promise<Recording> {
  const rec = await page.evaluate(() => window.__quizstreamRecording);
  if (!rec) throw new Error('the live-view recorder is not installed in this page');
  return rec;
}

/** Waits until the connection indicator has shown `text`, however briefly. */
export async function waitForConnectionText(page: Page, text: string, timeout = 60_000): Promise<void> {
  await page.waitForFunction(
    (expected) => window.__quizstreamRecording?.connectionTexts.includes(expected) ?? false,
    text,
    { timeout },
  );
}

/** Waits for the first question card and returns the page's state at the moment it appeared. */
export async function waitForFirstCard(page: Page, timeout = 60_000): Promise<NonNullable<Recording['firstCard']>> {
  await page.waitForFunction(() => window.__quizstreamRecording?.firstCard != null, undefined, { timeout });
  return (await recording(page)).firstCard!;
}
