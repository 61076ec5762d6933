import type { StructEl, StructTree } from './pdf-struct';

/**
 * The tags in the page content: a structure element's marked content (BDC with its MCID … EMC), links
 * as Link elements with their annotations, and artifacts (page furniture). One structure element's
 * content is open at a time (blocks, list labels and bodies, cells and links do not nest); a page
 * break closes it and opens it again, with a new MCID, on the next page.
 */
export class Tagging {
  /** The element whose content is open and takes links as children (a block, a list item's body). */
  private context?: StructEl;
  /** The marked content open now. */
  private marked?: { el: StructEl; tag: string };
  /** The Link element being drawn. */
  private link?: StructEl;

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly tree: StructTree,
  ) {}

  /** Draws `el`'s content; with `links`, a link drawn in it becomes a Link element inside `el`. */
  content(el: StructEl, draw: () => void, links = false): void {
    this.mark(el);
    if (links) this.context = el;
    draw();
    this.context = undefined;
    this.endMarked();
  }

  artifact(draw: () => void, type: 'Pagination' | 'Layout' = 'Layout'): void {
    this.doc.markContent('Artifact', { type });
    draw();
    this.doc.endMarkedContent();
  }

  /** A line that does not fit: the open marked content ends on this page and goes on (a new MCID) on the next. */
  pageBreak(): void {
    const marked = this.marked;
    if (marked) this.endMarked();
    // pdfkit closes and reopens its own marked content (artifacts) around the new page.
    this.doc.continueOnNewPage();
    if (marked) this.mark(marked.el, marked.tag);
  }

  /**
   * A link's piece of text gets its own Link element, in order among the block's content: the block's
   * marked content ends here and starts again (a new MCID) after the link.
   */
  beginLink(): void {
    if (!this.context) return;
    this.endMarked();
    this.link = this.tree.element('Link', this.context);
    this.mark(this.link);
  }

  /** The underline (an artifact), then the annotation, tied to the Link element by an OBJR and StructParent. */
  endLink(url: string, box: { x: number; y: number; width: number; height: number; baseline: number }): void {
    const link = this.link;
    if (!this.context || !link) return;
    this.endMarked();
    this.artifact(() => {
      const y = box.baseline + 1.5;
      this.doc
        .save()
        .lineWidth(0.5)
        .strokeColor('#0563C1')
        .moveTo(box.x, y)
        .lineTo(box.x + box.width, y)
        .stroke()
        .restore();
    });
    // Contents: the annotation's description for assistive technology (PDF/UA asks for one).
    this.doc.link(box.x, box.y, box.width, box.height, url, { structParent: this.tree.annotationParent(link), Contents: new String(url) } as never);
    this.tree.end(link);
    this.link = undefined;
    this.mark(this.context);
  }

  private mark(el: StructEl, tag = el.tag): void {
    this.tree.mark(el, tag);
    this.marked = { el, tag };
  }

  private endMarked(): void {
    this.doc.addContent('EMC');
    this.marked = undefined;
  }
}
