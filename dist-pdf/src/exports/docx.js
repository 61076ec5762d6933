"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.xmlText = xmlText;
exports.referatDocumentXml = referatDocumentXml;
exports.innkallingDocumentXml = innkallingDocumentXml;
exports.referatToDocx = referatToDocx;
exports.innkallingToDocx = innkallingToDocx;
const docx_1 = require("docx");
const norwegian_time_1 = require("../domain/norwegian-time");
const referat_assembly_1 = require("../domain/referat-assembly");
/**
 * Word documents: real heading styles (Word's navigation pane lists the items), a real table for
 * the attendance, real bulleted lists.
 *
 * The `docx` package writes the package: styles (Heading 1–3, List Paragraph, Calibri, nb-NO),
 * the bullet numbering (numId 1), fonts, properties and the zip. The body, word/document.xml, is
 * written here as WordprocessingML and handed to docx as an override, because docx's object model
 * costs about 90 µs per paragraph (measured: 2.5 s for 1,000 inputs of 1,000 characters, 7 s for
 * 1,000 of 8,000), far over the 1 s budget for the biggest referat. The markup used is small and
 * fixed (p, r, t, br, tbl); tests read the XML back and LibreOffice converts it.
 */
const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
/** docx always defines its default bullet list as numbering instance 1 (a unit test guards this). */
const BULLET_NUM_ID = 1;
// Calibri first (Word's default, has æøå); LibreOffice substitutes the metric-compatible Carlito.
const FONT = 'Calibri';
/** A4 with 2 cm margins: 11906 − 2 × 1134 twips of text width. */
const TEXT_WIDTH = 9638;
const XML_ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
/** Escapes text content; also drops characters XML 1.0 forbids, for text that skipped cleanText. */
function xmlText(s) {
    return s.replace(/[&<>\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, (c) => XML_ESCAPES[c] ?? '');
}
const T_OPEN = '<w:t xml:space="preserve">';
/** Line breaks inside one run: the lines of a paragraph as the member typed them. */
const BREAK = `</w:t><w:br/>${T_OPEN}`;
function run({ text, bold, italics, escaped }) {
    if (text === '\n')
        return '<w:r><w:br/></w:r>';
    const rPr = (bold ? '<w:b/><w:bCs/>' : '') + (italics ? '<w:i/><w:iCs/>' : '');
    return `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}${T_OPEN}${escaped ? text : xmlText(text)}</w:t></w:r>`;
}
function pPr({ style, keepNext, bullet, spacingBefore, spacingAfter }) {
    const spacing = (spacingBefore !== undefined ? ` w:before="${spacingBefore}"` : '') + (spacingAfter !== undefined ? ` w:after="${spacingAfter}"` : '');
    // Children in the order CT_PPr requires: pStyle, keepNext, numPr, spacing.
    const inner = (style ? `<w:pStyle w:val="${style}"/>` : bullet !== undefined ? '<w:pStyle w:val="ListParagraph"/>' : '') +
        (keepNext ? '<w:keepNext/>' : '') +
        (bullet !== undefined ? `<w:numPr><w:ilvl w:val="${bullet}"/><w:numId w:val="${BULLET_NUM_ID}"/></w:numPr>` : '') +
        (spacing ? `<w:spacing${spacing}/>` : '');
    return inner ? `<w:pPr>${inner}</w:pPr>` : '';
}
function para(runs, options = {}) {
    return `<w:p>${pPr(options)}${runs.map(run).join('')}</w:p>`;
}
const heading = (level, text) => para([{ text: (0, referat_assembly_1.oneLine)(text) }], { style: `Heading${level}` });
const label = (text) => para([{ text, bold: true }], { keepNext: true });
const pair = (l, value) => [{ text: `${l} `, bold: true }, { text: (0, referat_assembly_1.oneLine)(value) }];
const br = { text: '\n' };
const bullets = (items, level = 0) => items.map((text) => para([{ text: (0, referat_assembly_1.oneLine)(text) }], { bullet: level }));
/** User text as paragraphs and bulleted lists; an optional bold label leads the first paragraph. */
function blocks(text, lead) {
    const out = [];
    let leadRun = lead === undefined ? [] : [{ text: `${lead} `, bold: true }];
    for (const block of (0, referat_assembly_1.textBlocks)(text, xmlText)) {
        if (block.kind === 'paragraph') {
            out.push(para([...leadRun, { text: block.lines.join(BREAK), escaped: true }]));
        }
        else {
            if (leadRun.length > 0)
                out.push(para(leadRun));
            for (const it of block.items)
                out.push(para([{ text: it.text, escaped: true }], { bullet: it.level }));
        }
        leadRun = [];
    }
    if (leadRun.length > 0)
        out.push(para(leadRun));
    return out;
}
function table(header, rows, widths) {
    const cell = (text, width, bold = false) => `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${bold ? '<w:shd w:val="clear" w:color="auto" w:fill="E7E6E6"/>' : ''}</w:tcPr>` +
        `${para([{ text: (0, referat_assembly_1.oneLine)(text), bold }], { spacingAfter: 0 })}</w:tc>`;
    const border = (side) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="808080"/>`;
    return ('<w:tbl><w:tblPr>' +
        `<w:tblW w:w="${TEXT_WIDTH}" w:type="dxa"/>` +
        `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders>` +
        '<w:tblLayout w:type="fixed"/>' +
        '<w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar>' +
        '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>' +
        `</w:tblPr><w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>` +
        // tblHeader repeats the header row on every page of a long list.
        `<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${header.map((h, i) => cell(h, widths[i], true)).join('')}</w:tr>` +
        rows.map((r) => `<w:tr><w:trPr><w:cantSplit/></w:trPr>${r.map((c, i) => cell(c, widths[i])).join('')}</w:tr>`).join('') +
        // Word requires a paragraph between a table and whatever follows it; an empty one keeps it simple.
        '</w:tbl><w:p/>');
}
function item(it) {
    const out = [heading(2, `Sak ${it.number}. ${it.title}`), ...bullets(it.subPoints)];
    for (const note of it.notes)
        out.push(...blocks(note));
    for (const section of it.roundTable ?? []) {
        out.push(heading(3, section.organization));
        for (const entry of section.entries) {
            out.push(...blocks(entry.text));
            const markers = (0, referat_assembly_1.entryMarkers)(entry);
            if (markers.length > 0)
                out.push(para([{ text: markers.join(' '), italics: true }]));
        }
    }
    if (it.decision) {
        const l = (0, referat_assembly_1.decisionLabel)(it).trim();
        out.push(...(l ? blocks(it.decision, l) : blocks(it.decision)));
    }
    for (const f of it.followUps)
        out.push(...blocks(`${(0, referat_assembly_1.cleanText)(f.text).trim()}${(0, referat_assembly_1.followUpSuffix)(f)}`, 'Oppfølging:'));
    return out;
}
function referatDocumentXml(model) {
    const body = [
        heading(1, `Referat fra møte i ${model.groupName}`),
        para([...pair('Dato:', (0, norwegian_time_1.formatDate)(model.date)), br, ...pair('Tid:', (0, norwegian_time_1.formatMeetingTime)(model.date, model.start, model.end)), br, ...pair('Sted:', model.place)]),
        label('Frammøtte:'),
        table(['NAVN', 'KOMMUNE / REGION'], model.attendees.map((a) => [a.name, a.organization]), [TEXT_WIDTH / 2, TEXT_WIDTH / 2]),
    ];
    if (model.secretariat.length > 0)
        body.push(label('Fra sekretariatet møtte:'), para([{ text: model.secretariat.map(referat_assembly_1.oneLine).join(', ') }]));
    if (model.apologies.length > 0) {
        const names = model.apologies.map((a) => (a.organization.trim() ? `${(0, referat_assembly_1.oneLine)(a.name)} (${(0, referat_assembly_1.oneLine)(a.organization)})` : (0, referat_assembly_1.oneLine)(a.name)));
        body.push(label('Forfall:'), para([{ text: names.join(', ') }]));
    }
    body.push(label('Saksliste:'));
    for (const it of model.items)
        body.push(...item(it));
    return documentXml(body);
}
function innkallingDocumentXml(model) {
    const saksbehandler = pair('Saksbehandler:', model.saksbehandler.name);
    if (model.saksbehandler.phone?.trim())
        saksbehandler.push(br, { text: `Tlf ${(0, referat_assembly_1.oneLine)(model.saksbehandler.phone)}` });
    const body = [
        para([...pair('Dato:', (0, norwegian_time_1.formatDate)(model.noticeDate)), br, ...pair('Deres ref:', model.deresRef), br, ...pair('Vår ref:', model.varRef)]),
        para(saksbehandler),
        para([{ text: (0, referat_assembly_1.oneLine)(model.to) }]),
        para([...pair('Tid:', (0, norwegian_time_1.formatNoticeTime)(model.date, model.start, model.end)), br, ...pair('Sted:', model.place)]),
    ];
    if (model.prepare.length > 0) {
        body.push(label('Vi ber deltakere i møtet forberede følgende:'));
        for (const p of model.prepare)
            body.push(...blocks(p.text, `Sak ${p.itemNumber}.`));
    }
    body.push(para([{ text: 'Med vennlig hilsen' }, br, { text: (0, referat_assembly_1.oneLine)(model.signature.name) }, br, { text: (0, referat_assembly_1.oneLine)(model.signature.organization) }], { spacingBefore: 240 }), heading(1, `Sakskart til møte i ${model.groupName}, ${(0, norwegian_time_1.formatDate)(model.date)}`), para(pair('Tid og sted:', `${(0, norwegian_time_1.formatNoticeLongTime)(model.date, model.start, model.end)}, ${model.place}`)));
    for (const a of model.agenda) {
        body.push(para([{ text: `${a.number}. ${(0, referat_assembly_1.oneLine)(a.title)}`, bold: true }], { keepNext: a.subPoints.length > 0 }), ...bullets(a.subPoints));
    }
    body.push(heading(2, 'Inviterte'));
    body.push(table(['Fornavn', 'Etternavn', 'Organisasjon'], model.invited.map((i) => [i.firstName, i.lastName, i.organization]), [2600, 2600, TEXT_WIDTH - 5200]));
    return documentXml(body);
}
function documentXml(body) {
    const sectPr = '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>' +
        '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="708" w:footer="708" w:gutter="0"/>' +
        '<w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr>';
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:body>${body.join('')}${sectPr}</w:body></w:document>`;
}
const headingStyle = (size, before) => ({
    run: { font: FONT, size, bold: true, color: '000000' },
    paragraph: { spacing: { before, after: 120 }, keepNext: true, keepLines: true },
});
/** The package around the body: docx writes styles, numbering, properties and zips it. */
async function pack(title, documentXmlData) {
    const doc = new docx_1.Document({
        title: (0, referat_assembly_1.oneLine)(title),
        creator: 'Referent',
        styles: {
            default: {
                document: { run: { font: FONT, size: 22, language: { value: 'nb-NO' } }, paragraph: { spacing: { after: 120 } } },
                heading1: headingStyle(32, 0),
                heading2: headingStyle(26, 280),
                heading3: headingStyle(23, 200),
            },
        },
        // docx's own body is replaced by the override below.
        sections: [{ children: [new docx_1.Paragraph('')] }],
    });
    return docx_1.Packer.toBuffer(doc, false, [{ path: 'word/document.xml', data: documentXmlData }]);
}
function referatToDocx(model) {
    return pack(`Referat fra møte i ${model.groupName}, ${(0, norwegian_time_1.formatDate)(model.date)}`, referatDocumentXml(model));
}
function innkallingToDocx(model) {
    return pack(`Innkalling til møte i ${model.groupName}, ${(0, norwegian_time_1.formatDate)(model.date)}`, innkallingDocumentXml(model));
}
//# sourceMappingURL=docx.js.map