import { describe, expect, it } from 'vitest';
import { extractPages } from '../pdf/extract-pages.js';
import { openPdf } from '../pdf/open-pdf.js';
import { makeEncryptedPdf } from './make-encrypted-pdf.js';

describe('makeEncryptedPdf', () => {
  it('makes a PDF that pdf.js refuses without the password and reads with it', async () => {
    const bytes = makeEncryptedPdf({ text: 'Unit 4: (Protected) notes\nSecond line', userPassword: 'letmein' });
    await expect(openPdf(bytes)).rejects.toMatchObject({ code: 'encrypted' });
    const doc = await openPdf(bytes, { password: 'letmein' });
    const pages = [];
    for await (const page of extractPages(doc)) pages.push(page.text);
    await doc.close();
    expect(pages).toEqual(['Unit 4: (Protected) notes Second line']);
  });

  it('opens with the owner password too, as the standard security handler defines', async () => {
    const doc = await openPdf(makeEncryptedPdf({ ownerPassword: 'admin' }), { password: 'admin' });
    expect(doc.numPages).toBe(1);
    await doc.close();
  });
});
