import { PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';
import { formatDateTime, formatXof } from '@/lib/format';
import type { ReceiptView } from './receipt';

/** The receipt's texts in the reader's language, given by the route. */
export interface ReceiptPdfText {
  title: string;
  status: string;
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
  footer: string;
}

const NAVY = rgb(0.04, 0.24, 0.38);
const GREY = rgb(0.28, 0.33, 0.41);

// The standard fonts speak WinAnsi: a no-break space is fine, a narrow one is not.
const winAnsi = (text: string) => text.replace(/\u202f/g, '\u00a0');

function writer(page: PDFPage, font: PDFFont, bold: PDFFont) {
  let y = page.getHeight() - 56;
  const line = (
    text: string,
    opts: { size?: number; bold?: boolean; x?: number; color?: typeof NAVY; gap?: number } = {},
  ) => {
    page.drawText(winAnsi(text), {
      x: opts.x ?? 56,
      y,
      size: opts.size ?? 11,
      font: opts.bold ? bold : font,
      color: opts.color ?? rgb(0.06, 0.09, 0.16),
    });
    if (opts.gap !== 0) y -= opts.gap ?? (opts.size ?? 11) + 7;
  };
  return { line, skip: (n: number) => (y -= n) };
}

/** A one-page A4 receipt: what was paid, how, on which invoices, and where it stands. */
export async function receiptPdf(receipt: ReceiptView, text: ReceiptPdfText): Promise<Uint8Array> {
  // A PDF receipt is forwarded as proof of payment: never one for money that was not taken.
  if (!receipt.moneyTaken) throw new Error(`no receipt for a ${receipt.state} payment`);
  const doc = await PDFDocument.create();
  doc.setTitle(`${text.title} ${receipt.reference}`);
  doc.setAuthor('LA LOYALE VIE');
  const page = doc.addPage([595.28, 841.89]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const { line, skip } = writer(page, font, bold);

  line('LA LOYALE VIE', { size: 18, bold: true, color: NAVY });
  line(text.title, { size: 14, bold: true });
  line(text.status, { color: GREY });
  skip(8);
  const rows: Array<[string, string]> = [
    [text.labels.reference, receipt.reference],
    [text.labels.contract, receipt.contractId],
    [text.labels.date, formatDateTime(new Date(receipt.createdAt))],
    [text.labels.method, `${text.methodName} · ${receipt.methodDetail}`],
    [text.labels.amount, formatXof(receipt.amount)],
  ];
  if (receipt.refundedAmount > 0)
    rows.push([text.labels.refunded, formatXof(receipt.refundedAmount)]);
  for (const [label, value] of rows) {
    line(label, { color: GREY, gap: 0 });
    line(value, { x: 220, bold: true });
  }
  skip(10);
  line(text.invoices, { size: 13, bold: true });
  line(text.columns.invoice, { color: GREY, gap: 0 });
  line(text.columns.paid, { x: 300, color: GREY, gap: 0 });
  line(text.columns.remainingAfter, { x: 420, color: GREY });
  for (const invoice of receipt.invoices) {
    line(invoice.reference, { gap: 0 });
    line(formatXof(invoice.amount), { x: 300, gap: 0 });
    line(formatXof(invoice.remainingAfter), { x: 420 });
    line(text.invoiceStatus(invoice.status), { size: 9, color: GREY });
  }
  skip(16);
  line(text.footer, { size: 9, color: GREY });
  return doc.save();
}
