// Where the document of the questions on screen can be read, for the source viewer: a page provides it (the
// generate page and the quiz pages from the document's id, a shared quiz from its link), the cards and the
// feedback that show a question's page read it. What is provided is the API route (without the API's origin)
// under which the document's PDF (`/file`) and the OCR words of its scanned pages (`/pages/<n>/words`) are
// served. Null where there is none: the page's number is shown without a button.
import type { InjectionKey, Ref } from 'vue';

const SOURCE_PDF: InjectionKey<Readonly<Ref<string | null>>> = Symbol('source-pdf');

/** The PDF of a document under a source route (see provideSourcePdf). */
export const sourceFile = (source: string) => `${source}/file`;
/** The words OCR reads on page `page` of a document under a source route, with their boxes. */
export const sourceWords = (source: string, page: number) => `${source}/pages/${page}/words`;

/** Makes the document reachable to the components below: under its owner's route, or a share link's. */
export function provideSourcePdf(from: () => { documentId?: string | null; shareToken?: string | null }): void {
  provide(
    SOURCE_PDF,
    computed(() => {
      const { documentId, shareToken } = from();
      if (shareToken) return `/api/shared/${encodeURIComponent(shareToken)}`;
      if (documentId) return `/api/documents/${encodeURIComponent(documentId)}`;
      return null;
    }),
  );
}

/** The source route of the document of the questions on screen, or null. */
export function useSourcePdf(): Readonly<Ref<string | null>> {
  return inject(SOURCE_PDF, ref(null));
}
