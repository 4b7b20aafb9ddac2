import type { PDFRawStream } from 'pdf-lib';
import { PDFArray, PDFBool, PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { readPdf } from '@/lib/pdf/read-pdf';
import type { ReceiptView } from './receipt';
import { receiptPdf } from './receipt-pdf';

const receipt: ReceiptView = {
  reference: 'PAY-7K2M9Q4XZ1',
  contractId: '2019004512',
  state: 'confirmed',
  stateReason: null,
  amount: 30_000,
  refundedAmount: 0,
  method: 'card',
  methodDetail: '4242-****-****-4242',
  createdAt: '2026-11-23T09:30:00.000Z',
  approvalExpiresAt: null,
  resumeUrl: null,
  insurer: 'confirmed',
  reported: true,
  moneyTaken: true,
  retryUrl: null,
  invoices: [
    { reference: 'FAC-2026-000101', amount: 25_000, remainingAfter: 0, status: 'confirmed' },
    { reference: 'FAC-2026-000102', amount: 5_000, remainingAfter: 10_000, status: 'confirmed' },
  ],
};

const text = {
  lang: 'fr',
  title: 'Reçu de paiement',
  status: 'Paiement confirmé',
  statusBody: 'LA LOYALE VIE a enregistré votre paiement. Merci !',
  labels: {
    reference: 'Référence',
    contract: 'Contrat',
    date: 'Date',
    method: 'Moyen',
    amount: 'Montant payé',
    refunded: 'Remboursé',
  },
  invoices: 'Factures réglées',
  columns: { invoice: 'Facture', paid: 'Payé', remainingAfter: 'Reste dû' },
  methodName: 'Carte bancaire',
  invoiceStatus: () => 'Confirmé par l’assureur',
  contact: {
    title: 'Besoin d’aide ? Contactez LA LOYALE VIE',
    rows: [
      ['Téléphone', '+225 27 20 25 97 00'],
      ['WhatsApp', '+225 07 07 07 07 07'],
      ['Horaires', 'Du lundi au vendredi, de 8:00 à 17:00\nSamedi, de 8:00 à 12:00'],
    ] as Array<[string, string]>,
    note: null,
  },
  footer: 'Montants en francs CFA (XOF).',
};

describe('receipt PDF', () => {
  it('is a one-page PDF titled with the payment reference, French accents included', async () => {
    const bytes = await receiptPdf(receipt, text);
    expect(Buffer.from(bytes.slice(0, 5)).toString()).toBe('%PDF-');
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBe(1);
    expect(doc.getTitle()).toBe('Reçu de paiement PAY-7K2M9Q4XZ1');
  });

  it('is never made for a payment that took no money', async () => {
    for (const state of ['declined', 'awaiting_approval', 'expired']) {
      await expect(
        receiptPdf({ ...receipt, state, moneyTaken: false, insurer: 'none' }, text),
      ).rejects.toThrow(/no receipt/);
    }
  });
});

describe('receipt PDF, readable by all (issue #17)', () => {
  const A4_WIDTH = 595.28;

  it('says where the payment stands first, and largest', async () => {
    const { runs } = await readPdf(await receiptPdf(receipt, text));
    const [first] = runs;
    expect(first).toMatchObject({ text: 'Paiement confirmé', tag: 'H1', mcid: 0, bold: true });
    expect(first!.size).toBeGreaterThanOrEqual(20);
    for (const run of runs.slice(1)) {
      expect(run.size).toBeLessThan(first!.size);
      expect(run.y).toBeLessThan(first!.y);
    }
    expect(runs[1]!.text).toBe('LA LOYALE VIE a enregistré votre paiement. Merci !');
  });

  it('is tagged: marked, in the reader’s language, titled, every line in the structure', async () => {
    const bytes = await receiptPdf(receipt, { ...text, lang: 'en' });
    const { doc, runs, catalog, lookupDict } = await readPdf(bytes);
    expect(String(catalog.get(PDFName.of('Lang')))).toBe('(en)');
    expect(lookupDict(catalog, 'MarkInfo').get(PDFName.of('Marked'))).toEqual(PDFBool.True);
    expect(lookupDict(catalog, 'ViewerPreferences').get(PDFName.of('DisplayDocTitle'))).toEqual(
      PDFBool.True,
    );
    const root = lookupDict(catalog, 'StructTreeRoot');
    const document = root.lookup(PDFName.of('K'), PDFDict);
    expect(String(document.get(PDFName.of('S')))).toBe('/Document');
    const kinds = document
      .lookup(PDFName.of('K'), PDFArray)
      .asArray()
      .map((ref) => String((doc.context.lookup(ref) as PDFDict).get(PDFName.of('S'))));
    expect(kinds[0]).toBe('/H1');
    expect(kinds).toContain('/Table');
    expect(kinds.filter((k) => k === '/H2')).toHaveLength(2);
    // Every line is marked content, numbered in order, and the parent tree names each owner.
    expect(runs.every((r) => r.tag !== null)).toBe(true);
    expect(runs.map((r) => r.mcid)).toEqual(runs.map((_, i) => i));
    const nums = root
      .lookup(PDFName.of('ParentTree'), PDFDict)
      .lookup(PDFName.of('Nums'), PDFArray);
    expect(nums.lookup(1, PDFArray).size()).toBe(runs.length);
    expect(String(doc.getPage(0).node.get(PDFName.of('StructParents')))).toBe('0');
    const xmp = catalog.lookup(PDFName.of('Metadata')) as PDFRawStream;
    const metadata = Buffer.from(xmp.getContents()).toString('utf8');
    expect(metadata).toContain(
      '<rdf:li xml:lang="x-default">Reçu de paiement PAY-7K2M9Q4XZ1</rdf:li>',
    );
    expect(metadata).toContain('<dc:language><rdf:Bag><rdf:li>en</rdf:li>');
  });

  it('wraps a long reference within the page and keeps a big amount on one line', async () => {
    const long = `PAY-${'7K2M9Q4XZ1'.repeat(12)}`;
    const invoice = `FAC-2026-${'0001019'.repeat(10)}`;
    const big: ReceiptView = {
      ...receipt,
      reference: long,
      amount: 999_999_999,
      methodDetail: `Orange Money ${'+225 07 00 00 00 01 '.repeat(6)}`,
      invoices: [
        { reference: invoice, amount: 999_999_999, remainingAfter: 999_999_999, status: 'waiting' },
      ],
    };
    const { runs } = await readPdf(await receiptPdf(big, text));
    for (const run of runs) {
      expect(run.x, run.text).toBeGreaterThanOrEqual(56 - 0.01);
      expect(run.x + run.width, run.text).toBeLessThanOrEqual(A4_WIDTH - 56 + 0.01);
    }
    const all = runs.map((r) => r.text).join('');
    expect(all).toContain(long);
    expect(all).toContain(invoice);
    // Broken inside the word, as it has no space: more than one line, none of them lost.
    expect(runs.filter((r) => r.text.length > 4 && long.includes(r.text)).length).toBeGreaterThan(
      1,
    );
    const amount = '999\u00a0999\u00a0999\u00a0FCFA';
    expect(runs.filter((r) => r.text === amount)).toHaveLength(3);
  });

  it('says how to reach the insurer', async () => {
    const { runs } = await readPdf(await receiptPdf(receipt, text));
    const lines = runs.map((r) => r.text);
    expect(lines).toContain('Besoin d’aide ? Contactez LA LOYALE VIE');
    expect(lines).toContain('+225 27 20 25 97 00');
    expect(lines).toContain('+225 07 07 07 07 07');
    expect(lines).toContain('Du lundi au vendredi, de 8:00 à 17:00');
    expect(lines).toContain('Samedi, de 8:00 à 12:00');
  });

  it('goes on to a new page when the invoices fill one, each page tagged', async () => {
    const many: ReceiptView = {
      ...receipt,
      invoices: Array.from({ length: 40 }, (_, i) => ({
        reference: `FAC-2026-${String(i).padStart(6, '0')}`,
        amount: 1_000,
        remainingAfter: 0,
        status: 'confirmed' as const,
      })),
    };
    const { doc, runs } = await readPdf(await receiptPdf(many, text));
    expect(doc.getPageCount()).toBeGreaterThan(1);
    for (const run of runs) expect(run.y).toBeGreaterThanOrEqual(56);
    expect(runs.filter((r) => r.text.startsWith('FAC-2026-'))).toHaveLength(40);
    doc.getPages().forEach((page, index) => {
      expect(String(page.node.get(PDFName.of('StructParents')))).toBe(String(index));
      const mcids = runs.filter((r) => r.page === index).map((r) => r.mcid);
      expect(mcids).toEqual(mcids.map((_, i) => i));
    });
  });
});
