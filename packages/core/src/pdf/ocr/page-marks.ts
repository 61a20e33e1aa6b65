// Whether a page without a text layer shows anything OCR could read: an image (a scan, a photo of a page) or
// vector paths (text converted to outlines). A blank page is not worth a second of OCR. pdf.js caches the
// operator list it builds here, so rendering the page afterwards does not parse it again.
import type { PDFPageProxy } from 'unpdf/pdfjs';

let markOps: Promise<Set<number>> | undefined;

function paintingOps(): Promise<Set<number>> {
  markOps ??= import('unpdf').then(async ({ getResolvedPDFJS }) => {
    const { OPS } = await getResolvedPDFJS();
    return new Set([
      OPS.paintImageXObject,
      OPS.paintImageXObjectRepeat,
      OPS.paintInlineImageXObject,
      OPS.paintInlineImageXObjectGroup,
      OPS.paintImageMaskXObject,
      OPS.paintImageMaskXObjectGroup,
      OPS.paintImageMaskXObjectRepeat,
      OPS.paintSolidColorImageMask,
      OPS.constructPath,
      OPS.shadingFill,
    ]);
  });
  return markOps;
}

/** True when the page paints an image or a path anywhere. */
export async function hasVisibleMarks(page: PDFPageProxy): Promise<boolean> {
  const [ops, list] = await Promise.all([paintingOps(), page.getOperatorList()]);
  return list.fnArray.some((op) => ops.has(op));
}
