// Where the PDF of the questions on screen can be read, for the source viewer: a page provides it (the generate
// page and the quiz pages from the document's id, a shared quiz from its link), the cards and the feedback that
// show a question's page read it. Null where there is none: the page's number is shown without a button.
import type { InjectionKey, Ref } from 'vue';

const SOURCE_PDF: InjectionKey<Readonly<Ref<string | null>>> = Symbol('source-pdf');

/** Makes the document's PDF reachable to the components below: its owner's route, or a share link's. */
export function provideSourcePdf(from: () => { documentId?: string | null; shareToken?: string | null }): void {
  const apiBase = useApiBase();
  provide(
    SOURCE_PDF,
    computed(() => {
      const { documentId, shareToken } = from();
      if (shareToken) return `${apiBase}/api/shared/${encodeURIComponent(shareToken)}/file`;
      if (documentId) return `${apiBase}/api/documents/${encodeURIComponent(documentId)}/file`;
      return null;
    }),
  );
}

export function useSourcePdf(): Readonly<Ref<string | null>> {
  return inject(SOURCE_PDF, ref(null));
}
