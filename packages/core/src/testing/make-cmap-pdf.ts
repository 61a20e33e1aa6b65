// A Japanese PDF whose text can only be decoded with Adobe's predefined CMaps: the font is not embedded, has no
// ToUnicode map, and uses the UniJIS-UCS2-H encoding, as PDFs from Japanese publishing and office software
// often do. pdf.js must load UniJIS-UCS2-H.bcmap and Adobe-Japan1-UCS2.bcmap to turn its bytes back into text;
// without them every character is lost. It proves the CMap wiring end to end.
import { PDFDocument, PDFHexString, PDFName, PDFNumber, PDFOperator, PDFOperatorNames, PDFString } from 'pdf-lib';

/** One page with `lines` (characters of the Basic Multilingual Plane) in a non-embedded Japanese font. */
export async function makeCmapPdf(
  lines: readonly string[] = ['こんにちは世界', '光合成は葉緑体で行われる'],
): Promise<Uint8Array<ArrayBuffer>> {
  const doc = await PDFDocument.create();
  const { context } = doc;
  const descriptor = context.register(
    context.obj({
      Type: 'FontDescriptor',
      FontName: 'KozMinPr6N-Regular',
      Flags: 4,
      FontBBox: [-437, -340, 1147, 1317],
      ItalicAngle: 0,
      Ascent: 1317,
      Descent: -349,
      CapHeight: 742,
      StemV: 80,
    }),
  );
  const cidFont = context.register(
    context.obj({
      Type: 'Font',
      Subtype: 'CIDFontType0',
      BaseFont: 'KozMinPr6N-Regular',
      CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('Japan1'), Supplement: 6 },
      FontDescriptor: descriptor,
      DW: 1000,
    }),
  );
  const font = context.register(
    context.obj({
      Type: 'Font',
      Subtype: 'Type0',
      BaseFont: 'KozMinPr6N-Regular-UniJIS-UCS2-H',
      Encoding: 'UniJIS-UCS2-H',
      DescendantFonts: [cidFont],
    }),
  );
  const page = doc.addPage([595.28, 841.89]);
  page.node.setFontDictionary(PDFName.of('F1'), font);
  for (const [i, line] of lines.entries()) {
    page.pushOperators(
      PDFOperator.of(PDFOperatorNames.BeginText),
      PDFOperator.of(PDFOperatorNames.SetFontAndSize, [PDFName.of('F1'), PDFNumber.of(20)]),
      PDFOperator.of(PDFOperatorNames.MoveText, [PDFNumber.of(56), PDFNumber.of(760 - i * 32)]),
      // The string's bytes are UCS-2 code units; only the UniJIS-UCS2-H CMap says so.
      PDFOperator.of(PDFOperatorNames.ShowText, [PDFHexString.of(ucs2Hex(line))]),
      PDFOperator.of(PDFOperatorNames.EndText),
    );
  }
  return (await doc.save()) as Uint8Array<ArrayBuffer>;
}

function ucs2Hex(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code > 0xffff) throw new RangeError(`makeCmapPdf: "${char}" is outside the Basic Multilingual Plane.`);
    out += code.toString(16).padStart(4, '0');
  }
  return out;
}
