// Printing a quiz from the browser: a worksheet (the questions with room to answer, no answers) and its answer
// key, as print-ready pages. Chromium prints them to PDF here, and the PDF is read back with quizstream's own
// extraction: the questions are in it, the app's frame is not. Download PDF fetches the same sheets as PDFs the
// server makes.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { extractPages } from '@quizstream/core';
import type { Quiz } from '@quizstream/core/schemas';
import { makePdf, sampleCoursePages } from '@quizstream/core/testing';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from './support/accessibility.js';
import { artifacts, generateToEnd, openApp, uploadPdf } from './support/app-page.js';
import { offlineApp } from './support/offline-app.js';

const setup = offlineApp();
const server = () => setup.server();

/** The page printed to PDF, kept as a test artifact, and its text as quizstream extracts it. */
async function printed(page: Page, name: string): Promise<string> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  await page.emulateMedia({ media: 'screen' });
  await writeFile(path.join(artifacts, `${name}.pdf`), pdf);
  let text = '';
  for await (const p of extractPages(new Uint8Array(pdf))) text += `${p.text}\n`;
  return text.replace(/\s+/gu, ' ');
}

const squeeze = (text: string) => text.replace(/\s+/gu, ' ').trim();

/** A downloaded PDF, kept as a test artifact, and its text as quizstream extracts it. */
async function downloaded(download: Download, name: string): Promise<{ pdf: Buffer; text: string }> {
  const file = path.join(artifacts, `${name}.pdf`);
  await download.saveAs(file);
  const pdf = await readFile(file);
  let text = '';
  for await (const p of extractPages(new Uint8Array(pdf))) text += `${p.text}\n`;
  return { pdf, text: squeeze(text) };
}

describe('printing a quiz', () => {
  it('prints a worksheet without its answers, and the answer key, with nothing of the app around them', async () => {
    const { page, errors } = setup.app();
    await uploadPdf(page, await makePdf({ pages: sampleCoursePages(4), title: 'Course' }), 'course.pdf', 4);
    const { quizId } = await generateToEnd(page);
    const quiz = (await (await fetch(`${server().url}/api/quizzes/${quizId}`)).json()) as Quiz;

    await page.goto(`${server().url}/quizzes/${quizId}`);
    await page.getByTestId('print-link').click();
    const sheet = page.locator('[data-testid="print-sheet"][data-kind="worksheet"]');
    await sheet.getByTestId('print-question').first().waitFor();
    expect(await sheet.getByTestId('print-question').count()).toBe(quiz.questions.length);
    await expectAccessible(page, 'worksheet');
    // No answer is marked or written: a short answer's key is nowhere in its own question.
    for (const [i, q] of quiz.questions.entries()) {
      if (q.type !== 'short_answer') continue;
      const item = squeeze((await sheet.getByTestId('print-question').nth(i).textContent()) ?? '');
      for (const a of q.answer) expect(item.toLowerCase()).not.toContain(` ${a.toLowerCase()} `);
    }

    const worksheet = await printed(page, 'worksheet');
    expect(worksheet).toContain(quiz.title);
    expect(worksheet).toContain('Name');
    expect(worksheet).toContain(squeeze(quiz.questions[0]!.prompt).slice(0, 40));
    // The app's frame and the buttons stay on screen.
    for (const word of ['Generate', 'Library', 'Print', 'Answer key', 'quizstream'])
      expect(worksheet).not.toContain(word);

    await page.getByTestId('show-key').click();
    const key = page.locator('[data-testid="print-sheet"][data-kind="key"]');
    await key.getByTestId('print-key-item').first().waitFor();
    expect(await key.getByTestId('print-key-item').count()).toBe(quiz.questions.length);
    const answers = await printed(page, 'answer-key');
    expect(answers).toContain(`${quiz.title}: answer key`);
    for (const q of quiz.questions) {
      if (q.type === 'short_answer') expect(answers).toContain(q.answer[0]!);
      if (q.type === 'multiple_choice') {
        const letter = String.fromCharCode(65 + q.choices.indexOf(q.answer[0]!));
        expect(answers).toContain(`${letter}. ${q.answer[0]}`);
      }
    }
    expect(errors).toEqual([]);
  });

  it('downloads the worksheet and the answer key as PDFs the server makes', async () => {
    const { page, errors, context } = await openApp(setup.browser(), server().url, { acceptDownloads: true });
    await uploadPdf(page, await makePdf({ pages: sampleCoursePages(2), title: 'Course' }), 'course.pdf', 2);
    const { quizId } = await generateToEnd(page);
    const quiz = (await (await fetch(`${server().url}/api/quizzes/${quizId}`)).json()) as Quiz;

    await page.goto(`${server().url}/quizzes/${quizId}/print`);
    await page.getByTestId('print-question').first().waitFor();
    const [sheetDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-pdf').click(),
    ]);
    expect(sheetDownload.suggestedFilename()).toBe(`${quiz.title}.pdf`);
    const sheet = await downloaded(sheetDownload, 'server-worksheet-download');
    expect(sheet.pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(sheet.text).toContain(quiz.title);
    expect(sheet.text).toContain(squeeze(quiz.questions[0]!.prompt).slice(0, 40));

    await page.getByTestId('show-key').click();
    await page.getByTestId('print-key-item').first().waitFor();
    const [keyDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-pdf').click()]);
    const key = await downloaded(keyDownload, 'server-key-download');
    expect(key.text).toContain(`${quiz.title}: answer key`);
    const short = quiz.questions.find((q) => q.type === 'short_answer');
    if (short) {
      expect(key.text).toContain(short.answer[0]!);
      expect(sheet.text).not.toContain(` ${short.answer[0]!} `);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});
