import { PDFDocument, rgb, StandardFonts, type PDFFont, type RGB } from 'pdf-lib';
import { formatDateTime, formatXof } from '@/lib/format';
import { TaggedPdf, wrapText, type StructNode } from '@/lib/pdf/tagged-pdf';
import type { ReceiptView } from './receipt';

/** The receipt's texts in the reader's language, given by the route. */
export interface ReceiptPdfText {
  /** The reader's language (BCP 47), the document's /Lang. */
  lang: string;
  title: string;
  status: string;
  /** What the state means for the customer, under the state. */
  statusBody: string;
  labels: {
    reference: string;
    contract: string;
    date: string;
    method: string;
    amount: string;
    refunded: string;
  };
  invoices: string;
  columns: { invoice: string; paid: string; remainingAfter: string };
  methodName: string;
  invoiceStatus: (status: ReceiptView['invoices'][number]['status']) => string;
  /** How to reach the insurer: label and value rows (a value's lines split on "\n"). */
  contact: { title: string; rows: Array<[string, string]>; note: string | null };
  footer: string;
}

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;
const RIGHT = A4[0] - MARGIN;
const VALUE_X = 206;
const INK = rgb(0.06, 0.09, 0.16);
const NAVY = rgb(0.04, 0.24, 0.38);
const GREY = rgb(0.28, 0.33, 0.41);

// The standard fonts speak WinAnsi: a no-break space is fine, a narrow one is not.
const winAnsi = (text: string) => text.replace(/\u202f/g, '\u00a0');

interface Segment {
  text: string;
  size: number;
  bold?: boolean;
  color?: RGB;
}

/** Text in a column: wrapped to its width, right-aligned for amounts. */
interface Cell {
  owner: StructNode;
  x: number;
  width: number;
  right?: boolean;
  segments: Segment[];
}

/** Lays rows of cells down the page, wrapping each cell and starting a page when one is full. */
function flow(pdf: TaggedPdf, fonts: { regular: PDFFont; bold: PDFFont }) {
  let y = A4[1] - MARGIN;
  const fontOf = (s: Segment) => (s.bold ? fonts.bold : fonts.regular);
  const row = (cells: Cell[], after = 6) => {
    const laid = cells.map((cell) =>
      cell.segments.flatMap((segment) =>
        winAnsi(segment.text)
          .split('\n')
          .flatMap((piece) => wrapText(piece, fontOf(segment), segment.size, cell.width))
          .map((line) => ({ line, segment })),
      ),
    );
    const height = Math.max(
      ...laid.map((lines) => lines.reduce((h, { segment }) => h + segment.size * 1.3, 0)),
    );
    if (y - height < MARGIN) {
      pdf.addPage();
      y = A4[1] - MARGIN;
    }
    cells.forEach((cell, i) => {
      let top = y;
      for (const { line, segment } of laid[i]!) {
        const font = fontOf(segment);
        const width = font.widthOfTextAtSize(line, segment.size);
        const x = cell.right ? cell.x + cell.width - width : cell.x;
        const style = { font, size: segment.size, color: segment.color ?? INK };
        pdf.text(cell.owner, line, x, top - segment.size, style);
        top -= segment.size * 1.3;
      }
    });
    y -= height + after;
  };
  const paragraph = (owner: StructNode, segment: Segment, after = 6) =>
    row([{ owner, x: MARGIN, width: RIGHT - MARGIN, segments: [segment] }], after);
  const labelled = (owner: StructNode, label: string, value: Segment) =>
    row([
      {
        owner,
        x: MARGIN,
        width: VALUE_X - MARGIN - 10,
        segments: [{ text: label, size: 10, color: GREY }],
      },
      { owner, x: VALUE_X, width: RIGHT - VALUE_X, segments: [value] },
    ]);
  const rule = () => {
    pdf.artifact((page) =>
      page.drawLine({
        start: { x: MARGIN, y: y + 2 },
        end: { x: RIGHT, y: y + 2 },
        thickness: 0.75,
        color: GREY,
      }),
    );
    y -= 10;
  };
  return { row, paragraph, labelled, rule };
}

/**
 * An A4 receipt, tagged for screen readers: where the payment stands first and large, then what
 * was paid, how, on which invoices, and whom to call. Long values wrap within the page.
 */
export async function receiptPdf(receipt: ReceiptView, text: ReceiptPdfText): Promise<Uint8Array> {
  // A PDF receipt is forwarded as proof of payment: never one for money that was not taken.
  if (!receipt.moneyTaken) throw new Error(`no receipt for a ${receipt.state} payment`);
  const doc = await PDFDocument.create();
  doc.setAuthor('LA LOYALE VIE');
  const pdf = new TaggedPdf(doc, A4);
  const fonts = {
    regular: await doc.embedFont(StandardFonts.Helvetica),
    bold: await doc.embedFont(StandardFonts.HelveticaBold),
  };
  const { row, paragraph, labelled, rule } = flow(pdf, fonts);
  const el = (type: Parameters<TaggedPdf['element']>[0], parent?: StructNode) =>
    pdf.element(type, parent);

  paragraph(el('H1'), { text: text.status, size: 22, bold: true, color: NAVY }, 4);
  paragraph(el('P'), { text: text.statusBody, size: 11, color: GREY }, 10);
  paragraph(el('P'), { text: `LA LOYALE VIE · ${text.title}`, size: 13, bold: true }, 8);
  rule();

  const rows: Array<[string, string, Partial<Segment>?]> = [
    [text.labels.amount, formatXof(receipt.amount), { size: 14 }],
    [text.labels.reference, receipt.reference],
    [text.labels.contract, receipt.contractId],
    [text.labels.date, formatDateTime(new Date(receipt.createdAt))],
    [text.labels.method, `${text.methodName} · ${receipt.methodDetail}`],
  ];
  if (receipt.refundedAmount > 0)
    rows.push([text.labels.refunded, formatXof(receipt.refundedAmount)]);
  for (const [label, value, style] of rows)
    labelled(el('P'), label, { text: value, size: 11, bold: true, ...style });

  paragraph(el('H2'), { text: text.invoices, size: 13, bold: true }, 4);
  const table = el('Table');
  const columns = (type: 'TH' | 'TD', parent: StructNode, texts: [Segment[], Segment, Segment]) =>
    row(
      [
        { owner: el(type, parent), x: MARGIN, width: 234, segments: texts[0] },
        { owner: el(type, parent), x: 300, width: 110, right: true, segments: [texts[1]] },
        { owner: el(type, parent), x: 420, width: RIGHT - 420, right: true, segments: [texts[2]] },
      ],
      4,
    );
  const head = (t: string): Segment => ({ text: t, size: 10, color: GREY });
  columns('TH', el('TR', table), [
    [head(text.columns.invoice)],
    head(text.columns.paid),
    head(text.columns.remainingAfter),
  ]);
  for (const invoice of receipt.invoices) {
    columns('TD', el('TR', table), [
      [
        { text: invoice.reference, size: 11 },
        { text: text.invoiceStatus(invoice.status), size: 9, color: GREY },
      ],
      { text: formatXof(invoice.amount), size: 11 },
      { text: formatXof(invoice.remainingAfter), size: 11 },
    ]);
  }
  rule();

  paragraph(el('H2'), { text: text.contact.title, size: 13, bold: true }, 4);
  for (const [label, value] of text.contact.rows)
    labelled(el('P'), label, { text: value, size: 11, bold: true });
  if (text.contact.note) paragraph(el('P'), { text: text.contact.note, size: 9, color: GREY });
  paragraph(el('P'), { text: text.footer, size: 9, color: GREY });

  pdf.finish({ title: `${text.title} ${receipt.reference}`, lang: text.lang });
  return doc.save();
}
