// The library listings' shapes (GET /api/documents, GET /api/quizzes). They are not in @quizstream/core/schemas
// yet, so they are written out here, as the API's store returns them; move them there when core has them.
import type { DocumentInfo } from '@quizstream/core/schemas';

export interface LibraryDocument extends DocumentInfo {
  /** How many quizzes were made from it. */
  quizzes: number;
}

export interface LibraryQuiz {
  id: string;
  title: string;
  documentId: string;
  createdAt: string;
  updatedAt: string;
  questionCount: number;
  generator: string;
  shared: boolean;
}

export interface ShareLink {
  token: string;
  /** e.g. "/take/<token>", on the web app's origin. */
  path: string;
}

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

export const ShareLinkShape = {
  safeParse(value: unknown): { success: true; data: ShareLink } | { success: false } {
    return isObject(value) && typeof value.token === 'string' && typeof value.path === 'string'
      ? { success: true, data: { token: value.token, path: value.path } }
      : { success: false };
  },
};
