import type { PDFRawStream } from 'pdf-lib';
import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  StandardFonts,
} from 'pdf-lib';

/**
 * Reads back what a PDF of ours shows, for tests: each line of text with its position, size,
 * font and the marked content (tag and MCID) around it, page by page. It understands the
 * operators pdf-lib writes, not every PDF.
 */
export interface TextRun {
  page: number;
  tag: string | null;
  mcid: number | null;
  text: string;
  x: number;
  y: number;
  size: number;
  bold: boolean;
  width: number;
}

const RUN =
  /(?:\/(\w+) <<\s*\/MCID (\d+)\s*>> BDC\s*)?q\s*BT[\s\S]*?\/(\S+) ([\d.]+) Tf[\s\S]*?1 0 0 1 ([\d.-]+) ([\d.-]+) Tm\s*<([0-9A-Fa-f]*)> Tj/g;

// WinAnsi is Latin-1 but for 0x80–0x9F (’, –, €…), which Node's decoder leaves as controls.
const WIN_ANSI_HIGH =
  '\u20ac\ufffd\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\ufffd\u017d\ufffd\ufffd\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\ufffd\u017e\u0178';
const winAnsi = (bytes: Buffer) =>
  [...bytes]
    .map((b) => (b >= 0x80 && b < 0xa0 ? WIN_ANSI_HIGH[b - 0x80] : String.fromCharCode(b)))
    .join('');

export async function readPdf(bytes: Uint8Array) {
  const doc = await PDFDocument.load(bytes);
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const runs: TextRun[] = [];
  doc.getPages().forEach((page, index) => {
    const contents = page.node.Contents();
    const streams =
      contents instanceof PDFArray
        ? contents.asArray().map((ref) => doc.context.lookup(ref))
        : [contents];
    const source = streams
      .map((s) => Buffer.from(decodePDFRawStream(s as PDFRawStream).decode()).toString('latin1'))
      .join('\n');
    for (const m of source.matchAll(RUN)) {
      const [, tag, mcid, fontName, size, x, y, hex] = m as unknown as string[];
      const text = winAnsi(Buffer.from(hex!, 'hex'));
      const isBold = fontName!.startsWith('Helvetica-Bold');
      runs.push({
        page: index,
        tag: tag ?? null,
        mcid: mcid === undefined ? null : Number(mcid),
        text,
        x: Number(x),
        y: Number(y),
        size: Number(size),
        bold: isBold,
        width: (isBold ? bold : regular).widthOfTextAtSize(text, Number(size)),
      });
    }
  });
  const catalog = doc.catalog;
  const lookupDict = (dict: PDFDict, key: string) => dict.lookup(PDFName.of(key), PDFDict);
  return { doc, runs, catalog, lookupDict };
}
