// The library listings' shapes come from core (GET /api/documents, GET /api/quizzes, POST …/share).
import { ShareLink } from '@quizstream/core/schemas';

export type { LibraryDocument, LibraryQuiz, ShareLink } from '@quizstream/core/schemas';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** A minimal check that a listing has the array it promises; the items are trusted. */
export function listOf<K extends string, T>(key: K) {
  return {
    safeParse(value: unknown): { success: true; data: T[] } | { success: false } {
      const list = isObject(value) ? value[key] : undefined;
      return Array.isArray(list) && list.every(isObject) ? { success: true, data: list as T[] } : { success: false };
    },
  };
}

export const ShareLinkShape = ShareLink;
