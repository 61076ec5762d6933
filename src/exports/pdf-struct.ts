/*
 * The structure tree of the tagged PDF, written by Referent instead of pdfkit's PDFStructureElement.
 * pdfkit keeps an object graph per element (a PDFReference with its data dictionary, a children array,
 * the parent tree's references to it) until the file ends, and converts each element through
 * PDFObject.convert: for the biggest referat (~250,000 elements) a quarter of the CPU went to garbage
 * collection and a tenth to that conversion. Here an element is an object number and its children as
 * PDF syntax; it is written as one string when it ends and dropped, and the parent tree keeps numbers.
 * The objects are the ones pdfkit wrote (S, P, K, Pg, A; MCR for content on another page; OBJR for a
 * link's annotation), in pdfkit's object numbering and byte offsets, so its xref table stays right.
 */

/** A structure element being written. */
export interface StructEl {
  readonly id: number;
  readonly tag: string;
  readonly parent: number;
  /** Attributes as a PDF dictionary, e.g. the table scope of a TH. */
  readonly attrs?: string;
  /** The K entries as PDF syntax: child references, MCIDs, MCR and OBJR dictionaries. */
  kids: string[];
  /** The page of the element's first marked content (its Pg). */
  pg?: number;
}

/** The parts of pdfkit's document this module uses. */
interface PdfkitRef {
  id: number;
  offset?: number;
  data: Record<string, unknown>;
}

interface Internals {
  _offsets: (number | null)[];
  _offset: number;
  _write(data: string): void;
  _refEnd(ref: PdfkitRef): void;
  ref(data?: object): PdfkitRef;
  addContent(data: string): unknown;
  page: { dictionary: PdfkitRef; structParentTreeKey: number; mcids?: number[] };
  createStructParentTreeNextKey(): number;
  getStructTreeRoot(): PdfkitRef;
}

export class StructTree {
  /** The Document element, parent of every block. */
  readonly root: StructEl;
  private readonly doc: Internals;
  /** The parent tree: per page (StructParents key) the element of each MCID; per annotation (StructParent key) its element. */
  private readonly parents: { key: number; ids: number[] | number }[] = [];
  private open = 0;

  constructor(doc: PDFKit.PDFDocument) {
    this.doc = doc as unknown as Internals;
    this.root = { id: this.alloc(), tag: 'Document', parent: this.doc.getStructTreeRoot().id, kids: [] };
    this.open++;
  }

  /** A new element, the last child of `parent`; end() writes it. */
  element(tag: string, parent: StructEl, attrs?: string): StructEl {
    const id = this.alloc();
    parent.kids.push(`${id} 0 R`);
    this.open++;
    return attrs === undefined ? { id, tag, parent: parent.id, kids: [] } : { id, tag, parent: parent.id, attrs, kids: [] };
  }

  /** Begins marked content on the current page that belongs to `el` (a new MCID); the caller writes EMC. */
  mark(el: StructEl, tag = el.tag): void {
    const page = this.doc.page;
    let ids = page.mcids;
    if (!ids) {
      ids = page.mcids = [];
      this.parents.push({ key: page.structParentTreeKey, ids });
    }
    const mcid = ids.length;
    ids.push(el.id);
    const pg = page.dictionary.id;
    el.pg ??= pg;
    el.kids.push(el.pg === pg ? `${mcid}` : `<< /Type /MCR /Pg ${pg} 0 R /MCID ${mcid} >>`);
    this.doc.addContent(`/${tag} << /MCID ${mcid} >> BDC`);
  }

  /**
   * What pdfkit's annotate() calls as `structParent.add(…)` before it writes the annotation: the
   * annotation gets a StructParent key pointing at `el`, and `el` an OBJR for the annotation.
   */
  annotationParent(el: StructEl): { add(child: { annotationRef: PdfkitRef }): void } {
    return {
      add: ({ annotationRef }) => {
        const key = this.doc.createStructParentTreeNextKey();
        annotationRef.data.StructParent = key;
        this.parents.push({ key, ids: el.id });
        el.kids.push(`<< /Type /OBJR /Obj ${annotationRef.id} 0 R /Pg ${this.doc.page.dictionary.id} 0 R >>`);
      },
    };
  }

  /** Writes the element; nothing more may be added to it. */
  end(el: StructEl): void {
    const pg = el.pg === undefined ? '' : ` /Pg ${el.pg} 0 R`;
    const attrs = el.attrs === undefined ? '' : ` /A ${el.attrs}`;
    this.write(el.id, `<< /S /${el.tag} /P ${el.parent} 0 R /K [${el.kids.join(' ')}]${pg}${attrs} >>`);
    el.kids = [];
    this.open--;
  }

  /** Ends the Document element and writes the parent tree; call before pdfkit's doc.end(), which writes the StructTreeRoot. */
  finish(): void {
    this.end(this.root);
    if (this.open !== 0) throw new Error(`${this.open} structure elements were not ended`);
    const treeRoot = this.doc.getStructTreeRoot();
    const nums = this.parents
      .sort((a, b) => a.key - b.key)
      .map(({ key, ids }) => (typeof ids === 'number' ? `${key} ${ids} 0 R` : `${key} [${ids.map((id) => `${id} 0 R`).join(' ')}]`));
    const parentTree = this.doc.ref();
    parentTree.offset = this.doc._offset;
    this.doc._write(`${parentTree.id} 0 obj\n<< /Nums [\n${nums.join('\n')}\n] >>\nendobj`);
    this.doc._refEnd(parentTree);
    // References pdfkit's PDFObject.convert writes as "n 0 R": objects with a PDFReference's prototype.
    const proto = Object.getPrototypeOf(treeRoot) as object;
    const refTo = (id: number): object => Object.assign(Object.create(proto) as object, { id, gen: 0 });
    treeRoot.data.K = [refTo(this.root.id)];
    treeRoot.data.ParentTree = refTo(parentTree.id);
  }

  /** An object number in pdfkit's numbering, written by this module (not counted in pdfkit's _waiting). */
  private alloc(): number {
    return this.doc._offsets.push(null);
  }

  private write(id: number, dictionary: string): void {
    this.doc._offsets[id - 1] = this.doc._offset;
    this.doc._write(`${id} 0 obj\n${dictionary}\nendobj`);
  }
}
