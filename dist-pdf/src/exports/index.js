"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.innkallingToPdf = exports.referatToPdf = exports.innkallingToDocx = exports.referatToDocx = exports.innkallingToHtml = exports.referatToHtml = exports.innkallingToMarkdown = exports.referatToMarkdown = exports.EXPORT_FORMATS = void 0;
exports.isExportFormat = isExportFormat;
exports.renderReferat = renderReferat;
exports.renderInnkalling = renderInnkalling;
exports.exportFileName = exportFileName;
const norwegian_time_1 = require("../domain/norwegian-time");
const docx_1 = require("./docx");
const html_1 = require("./html");
const markdown_1 = require("./markdown");
const pdf_1 = require("./pdf");
exports.EXPORT_FORMATS = ['md', 'html', 'docx', 'pdf'];
function isExportFormat(value) {
    return exports.EXPORT_FORMATS.includes(value);
}
const CONTENT_TYPES = {
    md: 'text/markdown; charset=utf-8',
    html: 'text/html; charset=utf-8',
    docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    pdf: 'application/pdf',
};
async function render(model, format, writers) {
    // The format usually comes from a typed command; refuse anything else instead of guessing.
    if (!isExportFormat(format))
        throw new RangeError(`unknown export format: ${JSON.stringify(format)}`);
    const body = format === 'docx' || format === 'pdf' ? await writers[format](model) : Buffer.from(writers[format](model), 'utf8');
    return { body, contentType: CONTENT_TYPES[format], extension: format };
}
function renderReferat(model, format) {
    return render(model, format, { md: markdown_1.referatToMarkdown, html: html_1.referatToHtml, docx: docx_1.referatToDocx, pdf: (m) => (0, pdf_1.referatToPdf)(m) });
}
function renderInnkalling(model, format) {
    return render(model, format, { md: markdown_1.innkallingToMarkdown, html: html_1.innkallingToHtml, docx: docx_1.innkallingToDocx, pdf: (m) => (0, pdf_1.innkallingToPdf)(m) });
}
/**
 * A download name such as "referat-2023-01-19.docx": ASCII only, because Content-Disposition
 * and some mail clients still mangle non-ASCII file names.
 */
function exportFileName(kind, date, format) {
    (0, norwegian_time_1.formatDate)(date); // validates yyyy-mm-dd; throws RangeError otherwise
    return `${kind}-${date}.${format}`;
}
var markdown_2 = require("./markdown");
Object.defineProperty(exports, "referatToMarkdown", { enumerable: true, get: function () { return markdown_2.referatToMarkdown; } });
Object.defineProperty(exports, "innkallingToMarkdown", { enumerable: true, get: function () { return markdown_2.innkallingToMarkdown; } });
var html_2 = require("./html");
Object.defineProperty(exports, "referatToHtml", { enumerable: true, get: function () { return html_2.referatToHtml; } });
Object.defineProperty(exports, "innkallingToHtml", { enumerable: true, get: function () { return html_2.innkallingToHtml; } });
var docx_2 = require("./docx");
Object.defineProperty(exports, "referatToDocx", { enumerable: true, get: function () { return docx_2.referatToDocx; } });
Object.defineProperty(exports, "innkallingToDocx", { enumerable: true, get: function () { return docx_2.innkallingToDocx; } });
var pdf_2 = require("./pdf");
Object.defineProperty(exports, "referatToPdf", { enumerable: true, get: function () { return pdf_2.referatToPdf; } });
Object.defineProperty(exports, "innkallingToPdf", { enumerable: true, get: function () { return pdf_2.innkallingToPdf; } });
//# sourceMappingURL=index.js.map