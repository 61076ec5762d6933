"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.referatToPdf = referatToPdf;
exports.innkallingToPdf = innkallingToPdf;
const norwegian_time_1 = require("../domain/norwegian-time");
const referat_assembly_1 = require("../domain/referat-assembly");
const pdf_layout_1 = require("./pdf-layout");
const pair = (label, value) => [{ text: `${label} `, bold: true }, { text: (0, referat_assembly_1.oneLine)(value) }];
const br = { text: '\n' };
/** User text as paragraphs and bulleted lists; an optional bold label leads the first paragraph. */
function blocks(w, text, lead) {
    let leadSpan = lead === undefined ? [] : [{ text: `${lead} `, bold: true }];
    for (const block of (0, referat_assembly_1.textBlocks)(text)) {
        if (block.kind === 'paragraph') {
            w.paragraph([...leadSpan, { text: block.lines.join('\n') }]);
        }
        else {
            if (leadSpan.length > 0)
                w.paragraph(leadSpan);
            w.list(block.items);
        }
        leadSpan = [];
    }
    if (leadSpan.length > 0)
        w.paragraph(leadSpan);
}
const label = (w, text) => w.paragraph([{ text, bold: true }], { keepNext: true });
const bullets = (w, items) => {
    if (items.length > 0)
        w.list(items.map((text) => ({ text: (0, referat_assembly_1.oneLine)(text), level: 0 })));
};
function item(w, it) {
    w.heading(2, (0, referat_assembly_1.oneLine)(`Sak ${it.number}. ${it.title}`));
    bullets(w, it.subPoints);
    for (const note of it.notes)
        blocks(w, note);
    for (const section of it.roundTable ?? []) {
        w.heading(3, (0, referat_assembly_1.oneLine)(section.organization));
        for (const entry of section.entries) {
            blocks(w, entry.text);
            const markers = (0, referat_assembly_1.entryMarkers)(entry);
            if (markers.length > 0)
                w.paragraph([{ text: markers.join(' '), italic: true }]);
        }
    }
    if (it.decision) {
        const l = (0, referat_assembly_1.decisionLabel)(it).trim();
        blocks(w, it.decision, l || undefined);
    }
    for (const f of it.followUps)
        blocks(w, `${(0, referat_assembly_1.cleanText)(f.text).trim()}${(0, referat_assembly_1.followUpSuffix)(f)}`, 'Oppfølging:');
}
function referatToPdf(model, options = {}) {
    const title = (0, referat_assembly_1.oneLine)(`Referat fra møte i ${model.groupName}`);
    const w = new pdf_layout_1.PdfWriter({
        title: `${title}, ${(0, norwegian_time_1.formatDate)(model.date)}`,
        author: options.author ?? (0, referat_assembly_1.oneLine)(`Sekretariatet for ${model.groupName}`),
        subject: (0, referat_assembly_1.oneLine)(`Referat, ${model.groupName}, ${(0, norwegian_time_1.formatDate)(model.date)}`),
        lang: options.lang ?? 'nb-NO',
    });
    w.heading(1, title);
    w.paragraph([...pair('Dato:', (0, norwegian_time_1.formatDate)(model.date)), br, ...pair('Tid:', (0, norwegian_time_1.formatMeetingTime)(model.date, model.start, model.end)), br, ...pair('Sted:', model.place)]);
    label(w, 'Frammøtte:');
    w.table(['NAVN', 'KOMMUNE / REGION'], model.attendees.map((a) => [(0, referat_assembly_1.oneLine)(a.name), (0, referat_assembly_1.oneLine)(a.organization)]), [0.5, 0.5]);
    if (model.secretariat.length > 0) {
        label(w, 'Fra sekretariatet møtte:');
        w.paragraph([{ text: model.secretariat.map(referat_assembly_1.oneLine).join(', ') }]);
    }
    if (model.apologies.length > 0) {
        label(w, 'Forfall:');
        w.paragraph([{ text: model.apologies.map((a) => (a.organization.trim() ? `${(0, referat_assembly_1.oneLine)(a.name)} (${(0, referat_assembly_1.oneLine)(a.organization)})` : (0, referat_assembly_1.oneLine)(a.name))).join(', ') }]);
    }
    label(w, 'Saksliste:');
    for (const it of model.items)
        item(w, it);
    return w.finish();
}
function innkallingToPdf(model, options = {}) {
    const w = new pdf_layout_1.PdfWriter({
        title: (0, referat_assembly_1.oneLine)(`Innkalling til møte i ${model.groupName}, ${(0, norwegian_time_1.formatDate)(model.date)}`),
        author: options.author ?? (0, referat_assembly_1.oneLine)(model.signature.organization),
        subject: (0, referat_assembly_1.oneLine)(`Innkalling og sakskart, ${model.groupName}, ${(0, norwegian_time_1.formatDate)(model.date)}`),
        lang: options.lang ?? 'nb-NO',
    });
    const saksbehandler = pair('Saksbehandler:', model.saksbehandler.name);
    if (model.saksbehandler.phone?.trim())
        saksbehandler.push(br, { text: `Tlf ${(0, referat_assembly_1.oneLine)(model.saksbehandler.phone)}` });
    w.paragraph([...pair('Dato:', (0, norwegian_time_1.formatDate)(model.noticeDate)), br, ...pair('Deres ref:', model.deresRef), br, ...pair('Vår ref:', model.varRef)]);
    w.paragraph(saksbehandler);
    w.paragraph([{ text: (0, referat_assembly_1.oneLine)(model.to) }]);
    w.paragraph([...pair('Tid:', (0, norwegian_time_1.formatNoticeTime)(model.date, model.start, model.end)), br, ...pair('Sted:', model.place)]);
    if (model.prepare.length > 0) {
        label(w, 'Vi ber deltakere i møtet forberede følgende:');
        for (const p of model.prepare)
            blocks(w, p.text, `Sak ${p.itemNumber}.`);
    }
    w.paragraph([{ text: 'Med vennlig hilsen' }, br, { text: (0, referat_assembly_1.oneLine)(model.signature.name) }, br, { text: (0, referat_assembly_1.oneLine)(model.signature.organization) }], { spaceBefore: 12 });
    w.heading(1, (0, referat_assembly_1.oneLine)(`Sakskart til møte i ${model.groupName}, ${(0, norwegian_time_1.formatDate)(model.date)}`));
    w.paragraph(pair('Tid og sted:', `${(0, norwegian_time_1.formatNoticeLongTime)(model.date, model.start, model.end)}, ${model.place}`));
    for (const a of model.agenda) {
        w.paragraph([{ text: `${a.number}. ${(0, referat_assembly_1.oneLine)(a.title)}`, bold: true }], { keepNext: a.subPoints.length > 0 });
        bullets(w, a.subPoints);
    }
    w.heading(2, 'Inviterte');
    w.table(['Fornavn', 'Etternavn', 'Organisasjon'], model.invited.map((i) => [(0, referat_assembly_1.oneLine)(i.firstName), (0, referat_assembly_1.oneLine)(i.lastName), (0, referat_assembly_1.oneLine)(i.organization)]), [0.27, 0.27, 0.46]);
    return w.finish();
}
//# sourceMappingURL=pdf.js.map