"use strict";
/**
 * Body text for the PDF without pdfkit's text(): pdfkit lays out and measures every word of
 * every line through fontkit and its LineWrapper, and re-encodes each line when it writes it —
 * about 2.5 s of CPU for 1,000 inputs of 1,000 characters, 15 s for 8,000. Here each distinct word
 * is encoded once per document with pdfkit's own font (so the subset, widths and ToUnicode map stay
 * pdfkit's), lines are broken greedily at spaces, and a line is one TJ operator.
 *
 * Limits, on purpose: left-aligned text; no line breaks inside a word except when a word alone is
 * wider than the line (then it is cut where it must); glyph offsets of combining marks are not
 * applied (text is NFC-normalized first, which leaves almost none in Norwegian text).
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.TextSetter = void 0;
const num = (n) => (Math.round(n * 100) / 100).toString();
class TextSetter {
    doc;
    fonts;
    size;
    lineGap;
    bottom;
    cache = { R: new Map(), B: new Map(), I: new Map() };
    chars = { R: new Map(), B: new Map(), I: new Map() };
    constructor(doc, fonts, 
    /** The body size; write() takes another for headings and footers. */
    size, 
    /** Extra space between lines, as pdfkit's lineGap option. */
    lineGap, bottom) {
        this.doc = doc;
        this.fonts = fonts;
        this.size = size;
        this.lineGap = lineGap;
        this.bottom = bottom;
    }
    lineHeight(size = this.size) {
        return this.fonts.R.lineHeight(size, true) + this.lineGap;
    }
    /** Writes the runs from the current y as wrapped lines ("\n" breaks a line); moves y below them. */
    write(runs, x, width, options = {}) {
        const size = options.size ?? this.size;
        const lines = this.layout(runs, width, size);
        const lh = this.lineHeight(size);
        const ascent = (this.fonts.R.ascender / 1000) * size;
        let open = false;
        let out = [];
        let current;
        const close = () => {
            if (!open)
                return;
            out.push('ET Q\n');
            // As bytes: pdfkit turns a string into bytes one character at a time in JavaScript.
            this.doc.page.write(Buffer.from(out.join('\n'), 'latin1'));
            out = [];
            open = false;
        };
        for (const line of lines) {
            if (!options.noPageBreak && this.doc.y + lh > this.bottom() && this.doc.y > this.doc.page.margins.top) {
                close();
                // pdfkit closes the open marked content on this page and reopens it (new MCID) on the next.
                this.doc.continueOnNewPage();
            }
            if (!open) {
                // The page's CTM is flipped (pdfkit draws top-down); text needs the PDF's own orientation.
                out.push(`q 1 0 0 -1 0 ${num(this.doc.page.height)} cm BT`);
                open = true;
                current = undefined;
            }
            const baseline = this.doc.page.height - this.doc.y - ascent;
            const shift = options.align === 'right' ? width - (line.reduce((w, seg) => w + seg.width, 0) * size) / 1000 : 0;
            out.push(`1 0 0 1 ${num(x + shift)} ${num(baseline)} Tm`);
            for (const seg of line) {
                if (seg.font !== current) {
                    const font = this.fonts[seg.font];
                    this.doc.page.fonts[font.id] ??= font.ref();
                    out.push(`/${font.id} ${num(size)} Tf`);
                    current = seg.font;
                }
                out.push(`[${seg.tj}] TJ`);
            }
            this.doc.y += lh;
        }
        close();
    }
    /** The height write() would take, without writing. */
    height(runs, width) {
        return this.layout(runs, width, this.size).length * this.lineHeight();
    }
    /** Lines of segments (consecutive words of one font joined into one TJ array). */
    layout(runs, width, size) {
        const max = (width * 1000) / size;
        const lines = [];
        let line = [];
        let used = 0;
        let pendingSpace;
        const push = (font, enc) => {
            const last = line.at(-1);
            if (last?.font === font) {
                // One hex string per run of a font: "<0012><0003>" becomes "<00120003>".
                last.tj = last.tj.slice(0, -1) + enc.tj.slice(1);
                last.width += enc.width;
            }
            else
                line.push({ font, tj: enc.tj, width: enc.width });
        };
        const newLine = () => {
            lines.push(line);
            line = [];
            used = 0;
            pendingSpace = undefined;
        };
        for (const run of runs) {
            const text = run.text.normalize('NFC').replace(/\t/g, ' ');
            text.split('\n').forEach((part, p) => {
                if (p > 0) {
                    // A space ends the broken line, so text read from the tags says "19.01.2023 Tid:", not "19.01.2023Tid:".
                    if (line.length > 0)
                        push(run.font, this.encode(run.font, ' '));
                    newLine();
                }
                part.split(' ').forEach((word, w) => {
                    if (w > 0) {
                        // The space before this word: kept at a line end (text extraction reads it), never wrapped onto a new line.
                        if (pendingSpace) {
                            push(pendingSpace.font, pendingSpace.enc);
                            used += pendingSpace.enc.width;
                        }
                        pendingSpace = { font: run.font, enc: this.encode(run.font, ' ') };
                    }
                    if (word === '')
                        return;
                    const enc = this.encode(run.font, word);
                    const before = pendingSpace ? pendingSpace.enc.width : 0;
                    if (used > 0 && used + before + enc.width > max) {
                        if (pendingSpace)
                            push(pendingSpace.font, pendingSpace.enc);
                        newLine();
                    }
                    else if (pendingSpace) {
                        push(pendingSpace.font, pendingSpace.enc);
                        used += before;
                    }
                    pendingSpace = undefined;
                    if (enc.width <= max) {
                        push(run.font, enc);
                        used += enc.width;
                        return;
                    }
                    // A word wider than the line (a long URL): cut it by characters.
                    for (const ch of Array.from(word)) {
                        const c = this.encode(run.font, ch);
                        if (used > 0 && used + c.width > max)
                            newLine();
                        push(run.font, c);
                        used += c.width;
                    }
                });
            });
        }
        if (line.length > 0 || lines.length === 0)
            lines.push(line);
        return lines.filter((l, i) => l.length > 0 || i < lines.length - 1);
    }
    /**
     * A word's glyphs, from its characters: each distinct character is encoded once through pdfkit
     * (which records the glyph in the subset, its width and its ToUnicode entry). fontkit's shaping of
     * every distinct word cost ~250 µs each, and a real referat has thousands of distinct words; the
     * price is no kerning, which the archive copy does not need.
     */
    encode(font, word) {
        const cache = this.cache[font];
        let enc = cache.get(word);
        if (enc)
            return enc;
        let hex = '';
        let width = 0;
        const chars = this.chars[font];
        for (const ch of word) {
            let c = chars.get(ch);
            if (!c) {
                const [glyphs, positions] = this.fonts[font].encode(ch);
                c = { hex: glyphs.join(''), width: positions.reduce((w, p) => w + p.xAdvance, 0) };
                chars.set(ch, c);
            }
            hex += c.hex;
            width += c.width;
        }
        enc = { tj: `<${hex}>`, width };
        cache.set(word, enc);
        return enc;
    }
}
exports.TextSetter = TextSetter;
//# sourceMappingURL=pdf-text.js.map