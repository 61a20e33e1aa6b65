// One page of an uploaded document as the API returns it (`GET /api/documents/:id/pages/:page`): its text and
// the role of each of its blocks, so a client can see what questions will be asked about (body prose only).
import { z } from 'zod';

/**
 * What a block of a page is, read from layout and statistics (not from words of one language). Only `body`
 * prose is asked about; `table` blocks may hold definitions worth a question.
 */
export const BLOCK_ROLES = [
  'body',
  'heading',
  'contents',
  'index',
  'references',
  'code',
  'table',
  'caption',
  'header_footer',
  'front_matter',
] as const;
export type BlockRole = (typeof BLOCK_ROLES)[number];

export const BlockRoleSchema = z.enum(BLOCK_ROLES);

export const DocumentPageBlock = z.object({
  role: BlockRoleSchema,
  /** Character offsets in the page's `text` (end exclusive). */
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  /** `text.slice(start, end)`. */
  text: z.string(),
});
export type DocumentPageBlock = z.infer<typeof DocumentPageBlock>;

export const DocumentPage = z.object({
  /** 1-based page number. */
  page: z.number().int().min(1),
  /** Pages in the document. */
  pages: z.number().int().min(1),
  /** The role covering most of the page's characters. */
  role: BlockRoleSchema,
  text: z.string(),
  /** In order, not overlapping; only the separators between blocks ("\n", a space) belong to none. */
  blocks: z.array(DocumentPageBlock),
});
export type DocumentPage = z.infer<typeof DocumentPage>;

/**
 * The words OCR reads on a page (`GET /api/documents/:id/pages/:page/words`), each with its box on the page as it
 * shows: `[left, top, right, bottom]` as fractions of its width and height, from the top left corner.
 */
export const PageWords = z.object({
  page: z.number().int().min(1),
  words: z.array(
    z.object({
      text: z.string(),
      box: z.tuple([z.number(), z.number(), z.number(), z.number()]),
    }),
  ),
});
export type PageWords = z.infer<typeof PageWords>;
