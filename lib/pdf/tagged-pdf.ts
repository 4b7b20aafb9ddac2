import type { PDFDict } from 'pdf-lib';
import {
  PDFName,
  PDFNumber,
  PDFOperator,
  PDFOperatorNames,
  type PDFDocument,
  type PDFFont,
  type PDFPage,
  type PDFRef,
  type RGB,
} from 'pdf-lib';

/**
 * A tagged PDF, built by hand because pdf-lib has no API for it: every piece of text is marked
 * content (BDC … EMC with an MCID) owned by an element of a structure tree (Document, H1, P,
 * Table…), decoration is an artifact, and the catalog says the document is marked, its language
 * and that readers show its title. Screen readers then read the elements in the tree's order.
 *
 * Not PDF/UA: that needs embedded fonts, and pdf-lib embeds a font file only through fontkit,
 * which this app does not ship. The standard fonts here (Helvetica) are WinAnsi text that every
 * reader extracts and reads aloud.
 */

export type StructType = 'Document' | 'H1' | 'H2' | 'P' | 'Table' | 'TR' | 'TH' | 'TD';

interface MarkedContent {
  page: number;
  mcid: number;
}

export interface StructNode {
  type: StructType;
  kids: Array<StructNode | MarkedContent>;
}

export interface TextStyle {
  font: PDFFont;
  size: number;
  color: RGB;
}

const isNode = (kid: StructNode | MarkedContent): kid is StructNode => 'type' in kid;

export class TaggedPdf {
  readonly root: StructNode = { type: 'Document', kids: [] };
  // Per page, the element owning each MCID: the parent tree a reader walks back up.
  private readonly pages: Array<{ page: PDFPage; owners: StructNode[] }> = [];

  constructor(
    readonly doc: PDFDocument,
    private readonly size: [number, number],
  ) {}

  get page(): PDFPage {
    return this.pages.at(-1)?.page ?? this.addPage();
  }

  addPage(): PDFPage {
    const page = this.doc.addPage(this.size);
    this.pages.push({ page, owners: [] });
    return page;
  }

  /** A child element of `parent` (the document by default), in reading order. */
  element(type: StructType, parent: StructNode = this.root): StructNode {
    const node: StructNode = { type, kids: [] };
    parent.kids.push(node);
    return node;
  }

  /** One line of text on the current page, owned by `owner`. */
  text(owner: StructNode, text: string, x: number, y: number, style: TextStyle): void {
    const page = this.page;
    const index = this.pages.length - 1;
    const { owners } = this.pages[index]!;
    const mcid = owners.length;
    owners.push(owner);
    owner.kids.push({ page: index, mcid });
    // An inline property list: pdf-lib's types omit dictionaries as operands, its writer does not.
    const properties = this.doc.context.obj({ MCID: mcid }) as unknown as PDFName;
    page.pushOperators(
      PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [
        PDFName.of(owner.type),
        properties,
      ]),
    );
    page.drawText(text, { x, y, ...style });
    page.pushOperators(PDFOperator.of(PDFOperatorNames.EndMarkedContent));
  }

  /** Decoration no reader should announce (rules, backgrounds). */
  artifact(draw: (page: PDFPage) => void): void {
    const page = this.page;
    page.pushOperators(
      PDFOperator.of(PDFOperatorNames.BeginMarkedContent, [PDFName.of('Artifact')]),
    );
    draw(page);
    page.pushOperators(PDFOperator.of(PDFOperatorNames.EndMarkedContent));
  }

  /** Writes the structure tree, the parent tree, the language and the marked flag. */
  finish({ title, lang }: { title: string; lang: string }): void {
    const { doc } = this;
    const ctx = doc.context;
    doc.setTitle(title, { showInWindowTitleBar: true });
    doc.setLanguage(lang);
    const rootRef = ctx.nextRef();
    const refs = new Map<StructNode, PDFRef>();
    const build = (node: StructNode, parent: PDFRef): PDFRef => {
      const ref = ctx.nextRef();
      refs.set(node, ref);
      const kids = node.kids.map((kid) =>
        isNode(kid)
          ? build(kid, ref)
          : ctx.obj({ Type: 'MCR', Pg: this.pages[kid.page]!.page.ref, MCID: kid.mcid }),
      );
      const entries: Record<string, unknown> = { Type: 'StructElem', S: node.type, P: parent };
      if (node.type === 'TH') entries.A = { O: 'Table', Scope: 'Column' };
      const dict = ctx.obj(entries as Parameters<typeof ctx.obj>[0]) as unknown as PDFDict;
      dict.set(PDFName.of('K'), ctx.obj(kids));
      ctx.assign(ref, dict);
      return ref;
    };
    const documentRef = build(this.root, rootRef);
    const nums: Array<PDFNumber | ReturnType<typeof ctx.obj>> = [];
    this.pages.forEach(({ page, owners }, index) => {
      page.node.set(PDFName.of('StructParents'), PDFNumber.of(index));
      // Tab order follows the structure, as PDF/UA asks of pages with annotations.
      page.node.set(PDFName.of('Tabs'), PDFName.of('S'));
      nums.push(PDFNumber.of(index), ctx.obj(owners.map((o) => refs.get(o)!)));
    });
    ctx.assign(
      rootRef,
      ctx.obj({
        Type: 'StructTreeRoot',
        K: documentRef,
        ParentTree: ctx.obj({ Nums: ctx.obj(nums) }),
        ParentTreeNextKey: this.pages.length,
      }),
    );
    doc.catalog.set(PDFName.of('StructTreeRoot'), rootRef);
    doc.catalog.set(PDFName.of('MarkInfo'), ctx.obj({ Marked: true }));
    // The title and language again as XMP, where accessibility checkers look for them.
    const xmp = ctx.stream(new TextEncoder().encode(xmpMetadata(title, lang)), {
      Type: 'Metadata',
      Subtype: 'XML',
    });
    doc.catalog.set(PDFName.of('Metadata'), ctx.register(xmp));
  }
}

const xml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function xmpMetadata(title: string, lang: string): string {
  return [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    `<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xml(title)}</rdf:li></rdf:Alt></dc:title>`,
    `<dc:language><rdf:Bag><rdf:li>${xml(lang)}</rdf:li></rdf:Bag></dc:language>`,
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="w"?>',
  ].join('\n');
}

/**
 * Breaks `text` into lines no wider than `width`: at spaces, and inside a word only when the word
 * alone is wider (a long reference). No-break spaces hold amounts such as `999 999 999 FCFA`.
 */
export function wrapText(text: string, font: PDFFont, size: number, width: number): string[] {
  const fits = (s: string) => font.widthOfTextAtSize(s, size) <= width;
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    const candidate = current === '' ? word : `${current} ${word}`;
    if (fits(candidate)) {
      current = candidate;
      continue;
    }
    if (current !== '') lines.push(current);
    current = '';
    let rest = word;
    while (!fits(rest)) {
      let cut = rest.length - 1;
      while (cut > 1 && !fits(rest.slice(0, cut))) cut -= 1;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    current = rest;
  }
  if (current !== '' || lines.length === 0) lines.push(current);
  return lines;
}
