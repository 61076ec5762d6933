"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.PdfWriter = void 0;
const node_fs_1 = require("node:fs");
const node_zlib_1 = require("node:zlib");
const pdfkit_1 = __importDefault(require("pdfkit"));
const pdf_text_1 = require("./pdf-text");
const FONT_FILES = { R: 'DejaVuSans.ttf', B: 'DejaVuSans-Bold.ttf', I: 'DejaVuSans-Oblique.ttf' };
let fontData;
/** Read once per process: the three files are 1.8 MB and every export needs them. */
function fonts() {
    fontData ??= {
        R: (0, node_fs_1.readFileSync)(require.resolve(`dejavu-fonts-ttf/ttf/${FONT_FILES.R}`)),
        B: (0, node_fs_1.readFileSync)(require.resolve(`dejavu-fonts-ttf/ttf/${FONT_FILES.B}`)),
        I: (0, node_fs_1.readFileSync)(require.resolve(`dejavu-fonts-ttf/ttf/${FONT_FILES.I}`)),
    };
    return fontData;
}
const MARGIN = 56.69; // 2 cm
const BODY = 10;
const HEADING_SIZE = { 1: 16, 2: 13, 3: 11 };
const LINE_GAP = 2;
const PARA_AFTER = 6;
const CELL_PAD = 4;
const XML_ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const xmlEscape = (s) => s.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]);
class PdfWriter {
    doc;
    root;
    chunks = [];
    done;
    outlineParents;
    supported = new Map();
    faces = [];
    setter;
    constructor(meta) {
        const info = { Title: meta.title, Author: meta.author, Subject: meta.subject, Creator: 'Referent', Producer: 'Referent (pdfkit)' };
        this.doc = new pdfkit_1.default({
            pdfVersion: '1.7',
            subset: 'PDF/A-2a',
            tagged: true,
            lang: meta.lang,
            displayTitle: true,
            bufferPages: true,
            size: 'A4',
            margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
            info,
        });
        escapeXmpInfo(this.doc);
        const f = fonts();
        const embedded = {};
        for (const key of Object.keys(f)) {
            this.doc.registerFont(key, f[key]);
            // pdfkit's embedded font: the text setter encodes with it; its fontkit font says which glyphs exist.
            embedded[key] = this.doc.font(key)._font;
            this.faces.push(embedded[key].font);
        }
        this.setter = new pdf_text_1.TextSetter(this.doc, embedded, BODY, LINE_GAP, () => this.bottom);
        this.doc.font('R').fontSize(BODY);
        // pdfkit writes the file as ~40,000 small chunks through its Readable stream (15 % of the time
        // for 1,000 inputs); they are collected directly instead. push(null) is pdfkit's end of file.
        // The constructor already pushed the header ("%PDF-1.7"): take it from the stream's buffer first.
        for (let c; (c = this.doc.read()) !== null;)
            this.chunks.push(c);
        this.done = new Promise((resolve) => {
            this.doc.push = (chunk) => {
                if (chunk === null)
                    resolve();
                else
                    this.chunks.push(chunk);
                return true;
            };
        });
        this.doc.on('pageAdded', () => this.seal(this.pages.at(-2)));
        this.root = this.doc.struct('Document');
        this.doc.addStructure(this.root);
        this.outlineParents = [this.doc.outline];
    }
    get width() {
        return this.doc.page.width - MARGIN * 2;
    }
    get bottom() {
        return this.doc.page.height - MARGIN;
    }
    /** Starts a new page unless `height` points still fit (keeps a heading with what follows). */
    room(height) {
        if (this.doc.y + height > this.bottom)
            this.doc.addPage();
    }
    /** A heading: structure element H1–H3 and a bookmark at the same level. */
    heading(level, text) {
        const size = HEADING_SIZE[level];
        this.doc.y += level === 1 ? 0 : size * 0.8;
        this.room(size * 5);
        this.outlineParents.length = level;
        const parent = this.outlineParents[level - 1] ?? this.outlineParents.at(-1);
        // pdfkit computes XYZ's left as page width − left: passing the width gives left = 0.
        this.outlineParents[level] = parent.addItem(this.clean(text), { top: this.doc.y, left: this.doc.page.width });
        this.block(`H${level}`, () => this.setter.write([{ text: this.clean(text), font: 'B' }], MARGIN, this.width, { size }));
        this.doc.y += 3;
    }
    /** One paragraph of spans (bold/italic runs, "\n" for line breaks). */
    paragraph(spans, options = {}) {
        this.doc.y += options.spaceBefore ?? 0;
        if (options.keepNext)
            this.room(BODY * 4);
        this.block('P', () => this.spans(spans, MARGIN, this.width));
        this.doc.y += PARA_AFTER;
    }
    /** A bulleted list; a level-1 item nests (L inside LBody) in the level-0 item before it. */
    list(items) {
        const list = this.doc.struct('L');
        this.root.add(list);
        // Ending an element ends its children, so the open level-0 item stays open while nested items follow.
        let open;
        for (const it of items) {
            const level = it.level === 1 && open ? 1 : 0;
            if (level === 0)
                open?.li.end();
            let parent = list;
            if (level === 1) {
                if (!open.nested)
                    open.body.add((open.nested = this.doc.struct('L')));
                parent = open.nested;
            }
            const li = this.doc.struct('LI');
            parent.add(li);
            const indent = MARGIN + 14 + level * 14;
            if (this.doc.y + BODY * 1.5 > this.bottom)
                this.doc.addPage();
            const lbl = this.doc.struct('Lbl');
            li.add(lbl);
            lbl.add(this.doc.markStructureContent('Lbl'));
            const top = this.doc.y;
            this.setter.write([{ text: level === 0 ? '•' : '–', font: 'R' }], indent - 10, 10, { noPageBreak: true });
            this.doc.y = top;
            this.doc.endMarkedContent();
            lbl.end();
            const body = this.doc.struct('LBody');
            li.add(body);
            body.add(this.doc.markStructureContent('LBody'));
            this.spans([{ text: it.text }], indent, this.width - (indent - MARGIN));
            this.doc.endMarkedContent();
            if (level === 0)
                open = { li, body };
            else
                li.end();
            this.doc.y += 2;
        }
        open?.li.end();
        list.end();
        this.doc.y += PARA_AFTER - 2;
    }
    /** A table with a header row (TH, scope Column), repeated as an artifact on each new page. */
    table(header, rows, fractions) {
        const widths = fractions.map((f) => f * this.width);
        const table = this.doc.struct('Table');
        this.root.add(table);
        const drawRow = (cells, kind) => {
            const font = kind === 'TD' ? 'R' : 'B';
            const runs = cells.map((c) => [{ text: this.clean(c), font }]);
            const height = Math.max(...runs.map((r, i) => this.setter.height(r, widths[i] - CELL_PAD * 2))) + CELL_PAD * 2;
            if (this.doc.y + height > this.bottom) {
                this.doc.addPage();
                if (kind === 'TD')
                    drawRow(header, 'artifact');
            }
            const top = this.doc.y;
            const tr = kind === 'artifact' ? undefined : this.doc.struct('TR');
            if (tr)
                table.add(tr);
            let x = MARGIN;
            this.artifact(() => {
                if (kind !== 'TD')
                    this.doc.rect(MARGIN, top, this.width, height).fill('#E7E6E6').fillColor('black');
            });
            runs.forEach((run, i) => {
                const draw = () => {
                    this.doc.y = top + CELL_PAD;
                    this.setter.write(run, x + CELL_PAD, widths[i] - CELL_PAD * 2);
                };
                if (tr) {
                    const cell = this.doc.struct(kind, (kind === 'TH' ? { scope: 'Column' } : {}));
                    tr.add(cell);
                    cell.add(this.doc.markStructureContent(kind));
                    draw();
                    this.doc.endMarkedContent();
                    cell.end();
                }
                else {
                    this.artifact(draw);
                }
                x += widths[i];
            });
            tr?.end();
            this.artifact(() => {
                this.doc.lineWidth(0.5).strokeColor('#808080');
                let cx = MARGIN;
                for (const w of widths) {
                    this.doc.rect(cx, top, w, height).stroke();
                    cx += w;
                }
            });
            this.doc.y = top + height;
        };
        drawRow(header, 'TH');
        for (const r of rows)
            drawRow(r, 'TD');
        table.end();
        this.doc.font('R');
        this.doc.y += PARA_AFTER * 2;
    }
    get pages() {
        return this.doc._pageBuffer;
    }
    /**
     * A full page's content goes out at once as its own compressed stream (the page's Contents becomes
     * [that stream, pdfkit's stream], which a reader treats as one): with bufferPages pdfkit would keep
     * every page's bytes to the end (60 MB for 8,000-character inputs) and deflate them at level 6.
     * Level 1 is ~3x faster for ~15 % more bytes. The footer written at the end lands in pdfkit's
     * stream. Every marked-content sequence is closed when a page ends, so none spans the two.
     */
    seal(page) {
        if (!page || page.sealed || page.content.buffer.length === 0)
            return;
        const body = (0, node_zlib_1.deflateSync)(Buffer.concat(page.content.buffer), { level: 1 });
        page.content.buffer = [];
        page.content.data.Length = 0;
        // A Filter set up front tells pdfkit the bytes are compressed already.
        const ref = this.doc.ref({ Filter: 'FlateDecode' });
        ref.end(body);
        page.dictionary.data.Contents = [ref, page.content];
        page.sealed = true;
    }
    /** Writes the footers and returns the finished file. */
    async finish() {
        this.seal(this.pages.at(-1));
        const { start, count } = this.doc.bufferedPageRange();
        for (let i = start; i < start + count; i++) {
            this.doc.switchToPage(i);
            this.artifact(() => {
                this.doc.fillColor('#404040');
                this.doc.y = this.doc.page.height - MARGIN / 2 - 6;
                this.setter.write([{ text: `Side ${i + 1} av ${count}`, font: 'R' }], MARGIN, this.width, { size: 8.5, align: 'right', noPageBreak: true });
                this.doc.fillColor('black');
            }, 'Pagination');
        }
        this.root.end();
        this.doc.end();
        await this.done;
        return Buffer.concat(this.chunks);
    }
    block(tag, draw) {
        const el = this.doc.struct(tag);
        this.root.add(el);
        el.add(this.doc.markStructureContent(tag));
        draw();
        this.doc.endMarkedContent();
        el.end();
    }
    artifact(draw, type = 'Layout') {
        this.doc.markContent('Artifact', { type });
        draw();
        this.doc.endMarkedContent();
    }
    spans(spans, x, width) {
        this.setter.write(spans.map((s) => ({ text: this.clean(s.text), font: s.bold ? 'B' : s.italic ? 'I' : 'R' })), x, width);
    }
    /** Characters DejaVu Sans lacks (emoji, CJK) would reference .notdef, which PDF/A forbids. */
    clean(text) {
        if (!/[^\u0000-\u024F\u2000-\u206F]/.test(text))
            return text;
        return Array.from(text, (ch) => (this.has(ch.codePointAt(0)) ? ch : '?')).join('');
    }
    has(cp) {
        let ok = this.supported.get(cp);
        if (ok === undefined) {
            ok = this.faces.every((f) => f.hasGlyphForCodePoint(cp));
            this.supported.set(cp, ok);
        }
        return ok;
    }
}
exports.PdfWriter = PdfWriter;
/**
 * pdfkit writes Title/Author/Subject into the XMP packet without escaping them, so a group named
 * «A & B <x>» would make the metadata invalid XML. The Info dictionary is written first, from the
 * raw values; the XMP is written from escaped copies.
 */
function escapeXmpInfo(doc) {
    const d = doc;
    const addInfo = d._addInfo;
    d._addInfo = function () {
        const raw = this.info;
        const escaped = { ...raw };
        for (const key of ['Title', 'Author', 'Subject', 'Creator', 'Producer', 'Keywords']) {
            if (typeof raw[key] === 'string')
                escaped[key] = xmlEscape(raw[key]);
        }
        this.info = escaped;
        try {
            addInfo.call(this);
        }
        finally {
            this.info = raw;
        }
    };
}
//# sourceMappingURL=pdf-layout.js.map