import { formatDate, formatMeetingTime, formatNoticeLongTime, formatNoticeTime } from '../domain/norwegian-time';
import type { InnkallingModel, ReferatItem, ReferatModel } from '../domain/referat';
import { docWords, documentLang, languageOf } from './document-texts';
import {
  attendeeName,
  cleanText,
  decisionLabel,
  documentLinks,
  emphasisSpans,
  entryMarkers,
  followUpColumns,
  followUpHeading,
  followUpRows,
  followUpSuffix,
  mayHaveSpans,
  oneLine,
  textBlocks,
} from './writer-text';

/**
 * One standalone, print-friendly HTML file per document: no scripts, no external resources, inline
 * CSS, so it opens the same from a Teams download, an e-mail attachment or a browser's "Print".
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes user text for element content and attribute values. */
export function escapeHtml(s: string): string {
  return escapeClean(cleanText(s));
}

/** For text textBlocks/oneLine already cleaned (cleaning twice costs with 1,000 long inputs). */
function escapeClean(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

const esc = (s: string): string => escapeClean(oneLine(s));

const CSS = `
@page { size: A4; margin: 2cm; }
body { font-family: Calibri, Carlito, Arial, "Liberation Sans", sans-serif; font-size: 11pt; line-height: 1.4; color: #000; background: #fff; margin: 0; }
main { max-width: 48rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 18pt; margin: 0 0 1rem; }
h2 { font-size: 14pt; margin: 1.5rem 0 0.5rem; }
h3 { font-size: 12pt; margin: 1rem 0 0.25rem; }
h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
p { margin: 0 0 0.6rem; }
ul { margin: 0 0 0.6rem; padding-left: 1.5rem; }
table { border-collapse: collapse; width: 100%; margin: 0 0 1rem; }
th, td { border: 1px solid #666; padding: 0.2rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #eee; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
.label { font-weight: bold; }
.marker { font-style: italic; color: #444; }
.signature { margin-top: 1.5rem; }
@media print { main { margin: 0; max-width: none; padding: 0; } th { background: #eee !important; -webkit-print-color-adjust: exact; print-color-adjust: exact; } }
`;

function page(title: string, body: string[], lang: string): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(title)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    '<main>',
    ...body,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** Escaped user text with the member's **fet** / *kursiv* as <strong> / <em> and links as <a href> (#17 §1.4). */
function emphasis(escaped: string): string {
  if (!mayHaveSpans(escaped)) return escaped;
  return emphasisSpans(escaped)
    .map((s) => {
      const text = s.bold ? `<strong>${s.text}</strong>` : s.italic ? `<em>${s.text}</em>` : s.text;
      // The href is the escaped text itself: its quotes and < > & are entities, and only http(s)/mailto match.
      return s.href ? `<a href="${s.href}">${text}</a>` : text;
    })
    .join('');
}

/** User text as paragraphs (line breaks kept) and real lists; an optional bold label leads it. */
function blocks(text: string, label?: string): string {
  const out: string[] = [];
  let pending = label === undefined ? '' : `<strong>${esc(label)}</strong> `;
  for (const block of textBlocks(text, escapeClean)) {
    if (block.kind === 'paragraph') {
      out.push(`<p>${pending}${block.lines.map(emphasis).join('<br>\n')}</p>`);
    } else {
      if (pending) out.push(`<p>${pending.trim()}</p>`);
      out.push(list(block.items.map((i) => ({ ...i, text: emphasis(i.text) }))));
    }
    pending = '';
  }
  if (pending) out.push(`<p>${pending.trim()}</p>`);
  return out.join('\n');
}

/** Two levels: level-1 items nest inside the preceding level-0 item. Texts are escaped already. */
function list(items: { text: string; level: 0 | 1 }[]): string {
  let html = '<ul>';
  let open = false; // a nested <ul> is open
  let inItem = false;
  for (const it of items) {
    if (it.level === 1 && inItem) {
      if (!open) html += '<ul>';
      open = true;
      html += `<li>${it.text}</li>`;
      continue;
    }
    if (open) html += '</ul>';
    if (inItem) html += '</li>';
    open = false;
    html += `<li>${it.text}`;
    inItem = true;
  }
  if (open) html += '</ul>';
  if (inItem) html += '</li>';
  return `${html}</ul>`;
}

function table(header: string[], rows: string[][], cls: string): string {
  const head = `<thead><tr>${header.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead>`;
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('\n');
  return `<table class="${cls}">\n${head}\n<tbody>\n${body}\n</tbody>\n</table>`;
}

function item(it: ReferatItem, model: ReferatModel): string {
  const d = docWords(model);
  // A part of a meeting in parts starts with its heading and time (#17 §1.8).
  const part = it.part
    ? [`<h2 class="part">${esc(it.part.title)}</h2>`, `<p class="part-time"><strong>${esc(d.partTime(it.part.start, it.part.end))}</strong></p>`]
    : [];
  const out: string[] = [...part, `<section class="item">`, `<h2>${d.item} ${it.number}. ${esc(it.title)}</h2>`];
  if (it.subPoints.length > 0) out.push(`<ul class="subpoints">${it.subPoints.map((p) => `<li>${emphasis(esc(p))}</li>`).join('')}</ul>`);
  for (const note of it.notes) out.push(blocks(note));
  for (const section of it.roundTable ?? []) {
    out.push(`<section class="organization">`, `<h3>${esc(section.heading ?? section.organization)}</h3>`);
    for (const entry of section.entries) {
      out.push(blocks(entry.text));
      const markers = entryMarkers(entry, model);
      if (markers.length > 0) out.push(`<p class="marker">${esc(markers.join(' '))}</p>`);
    }
    out.push('</section>');
  }
  if (it.decision) {
    const label = decisionLabel(it, model).trim();
    out.push(`<div class="decision">${label ? blocks(it.decision, label) : blocks(it.decision)}</div>`);
  }
  for (const f of it.followUps) out.push(`<div class="follow-up">${blocks(`${cleanText(f.text).trim()}${followUpSuffix(f, model)}`, d.followUp)}</div>`);
  out.push('</section>');
  return out.join('\n');
}

export function referatToHtml(model: ReferatModel): string {
  const d = docWords(model);
  const title = d.referatTitle(oneLine(model.groupName));
  const body: string[] = [
    `<p class="meta"><strong>${d.date}</strong> ${formatDate(model.madeDate ?? model.date)}</p>`,
    `<h1>${esc(title)}</h1>`,
    `<p class="meta"><strong>${d.time}</strong> ${esc(formatMeetingTime(model.date, model.start, model.end, languageOf(model)))}<br>\n<strong>${d.place}</strong> ${esc(model.place)}</p>`,
    ...linkParagraphs(model),
    `<p class="label">${d.attendees}</p>`,
    table(
      [d.nameHeader, d.orgHeader],
      model.attendees.map((a) => [attendeeName(a, model), a.organization]),
      'attendance',
    ),
  ];
  if (model.secretariat.length > 0) {
    body.push(`<p class="label">${d.secretariat}</p>`, `<p class="secretariat">${model.secretariat.map(esc).join(', ')}</p>`);
  }
  if (model.apologies.length > 0) {
    const names = model.apologies.map((a) => (a.organization.trim() ? `${esc(a.name)} (${esc(a.organization)})` : esc(a.name)));
    body.push(`<p class="label">${d.apologies}</p>`, `<p class="apologies">${names.join(', ')}</p>`);
  }
  body.push(`<p class="label">${d.agenda}</p>`, ...model.items.map((it) => item(it, model)));
  const followUps = followUpRows(model);
  if (followUps.length > 0) body.push(`<h2>${esc(followUpHeading(model))}</h2>`, table(followUpColumns(model), followUps, 'follow-ups'));
  return page(`${title}, ${formatDate(model.date)}`, body, documentLang(model));
}

export function innkallingToHtml(model: InnkallingModel): string {
  const d = docWords(model);
  const l = languageOf(model);
  const line = (label: string, value: string) => `<strong>${esc(label)}</strong> ${esc(value)}`.trimEnd();
  const saksbehandler = [line(d.saksbehandler, model.saksbehandler.name)];
  if (model.saksbehandler.phone?.trim()) saksbehandler.push(`${d.phone} ${esc(model.saksbehandler.phone)}`);
  const body: string[] = [
    `<p class="meta">${[line(d.date, formatDate(model.noticeDate)), line(d.deresRef, model.deresRef), line(d.varRef, model.varRef)].join('<br>\n')}</p>`,
    `<p class="meta">${saksbehandler.join('<br>\n')}</p>`,
    ...(model.archiveCode === undefined ? [] : [`<p class="meta">${line(d.archiveCode, model.archiveCode)}</p>`]),
    `<p class="to">${esc(model.to)}</p>`,
    `<p class="meta">${line(d.time, formatNoticeTime(model.date, model.start, model.end, l))}<br>\n${line(d.place, model.place)}</p>`,
    ...linkParagraphs(model),
  ];
  if (model.prepare.length > 0) {
    body.push(`<p class="label">${d.prepare}</p>`);
    for (const p of model.prepare) body.push(blocks(p.text, `${d.item} ${p.itemNumber}.`));
  }
  body.push(`<p class="signature">${d.regards}<br>\n${esc(model.signature.name)}<br>\n${esc(model.signature.organization)}</p>`);
  // The one h1, as the DOCX's Heading 1: the letter above it is the notice's header, not a section.
  body.push(`<h1>${esc(d.agendaTitle(model.groupName, formatDate(model.date)))}</h1>`);
  body.push(`<p>${line(d.timeAndPlace, `${formatNoticeLongTime(model.date, model.start, model.end, l)}, ${oneLine(model.place)}`)}</p>`);
  for (const a of model.agenda) {
    if (a.part)
      body.push(`<h2 class="part">${esc(a.part.title)}</h2>`, `<p class="part-time"><strong>${esc(d.partTime(a.part.start, a.part.end))}</strong></p>`);
    body.push(`<p class="agenda-item"><strong>${a.number}. ${esc(a.title)}</strong></p>`);
    if (a.subPoints.length > 0) body.push(`<ul class="subpoints">${a.subPoints.map((p) => `<li>${emphasis(esc(p))}</li>`).join('')}</ul>`);
  }
  body.push(`<h2>${d.invited}</h2>`);
  body.push(
    table(
      [d.firstName, d.lastName, d.organization],
      model.invited.map((i) => [i.firstName, i.lastName, i.organization]),
      'invited',
    ),
  );
  return page(d.innkallingTitle(oneLine(model.groupName), formatDate(model.date)), body, documentLang(model));
}

/** The meeting's links (#17 §1.4), one paragraph each. */
function linkParagraphs(model: ReferatModel | InnkallingModel): string[] {
  return documentLinks(model).map((l) => `<p class="link"><a href="${esc(l.url)}">${esc(l.label)}</a></p>`);
}
