import { formatDate, formatMeetingTime, formatNoticeLongTime, formatNoticeTime } from '../domain/norwegian-time';
import type { InnkallingModel, ReferatItem, ReferatModel } from '../domain/referat';
import {
  attendeeName,
  cleanText,
  decisionLabel,
  documentLinks,
  entryMarkers,
  followUpColumns,
  followUpHeading,
  followUpRows,
  followUpSuffix,
  oneLine,
  textBlocks,
} from './writer-text';
import { docWords, languageOf } from './document-texts';

/**
 * Markdown (CommonMark + GFM tables) of the minutes and the notice, in the layout of the seeds.
 * Every piece of user text goes through `inline` (or `lines` at the start of a line), so that text
 * a member typed can never open a heading, list, table, link, HTML tag or emphasis of its own.
 */

// Every character that can start Markdown structure inside a line. `&` too: "&lt;" would turn into "<".
const INLINE_SPECIAL = /[\\`*_[\]<>#|~&]/g;

/** Escapes user text for use inside a line (headings, table cells, after a label). */
export function inline(s: string): string {
  return oneLine(s).replace(INLINE_SPECIAL, '\\$&');
}

/** Bullet, setext underline or thematic break ("-", "+", "="), or an ordered-list number ("1.", "2)"). */
const LINE_START = /^(?:[-+=]|\d{1,9}[.)])/gm;

/**
 * Escapes user text whose lines will each stand at the start of a Markdown line. Works on a whole
 * block at once (m flag): per-line calls cost too much with 1,000 long inputs.
 */
function lines(s: string): string {
  return s.replace(INLINE_SPECIAL, '\\$&').replace(LINE_START, (m) => (m.length === 1 ? `\\${m}` : `${m.slice(0, -1)}\\${m.slice(-1)}`));
}

/**
 * A member's or the chair's text as Markdown blocks: lines of a paragraph stay separate lines
 * (hard break "\" at the end), their own bullets become real list items.
 */
function blocks(text: string, label?: string): string[] {
  const out: string[] = [];
  let lead = label === undefined ? '' : `**${label}** `;
  for (const block of textBlocks(text)) {
    if (block.kind === 'paragraph') {
      const text = lines(block.lines.join('\n'));
      out.push(lead + (block.lines.length > 1 ? text.replace(/\n/g, '\\\n') : text));
    } else {
      if (lead) out.push(lead.trimEnd());
      // Escape all item texts in one pass (each stands at a line start there), then add the markers.
      const texts = lines(block.items.map((i) => i.text).join('\n')).split('\n');
      out.push(texts.map((t, n) => `${block.items[n].level === 1 ? '  ' : ''}- ${t}`).join('\n'));
    }
    lead = '';
  }
  if (lead) out.push(lead.trimEnd());
  return out;
}

function table(header: string[], rows: string[][]): string {
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [row(header), row(header.map(() => '---')), ...rows.map((r) => row(r.map(inline)))].join('\n');
}

function item(it: ReferatItem, model: ReferatModel): string[] {
  const d = docWords(model);
  // A part of a meeting in parts starts with its heading and time (#17 §1.8).
  const out: string[] = it.part ? [`## ${inline(it.part.title)}`, `**${d.partTime(it.part.start, it.part.end)}**`] : [];
  out.push(`## ${d.item} ${it.number}. ${inline(it.title)}`);
  if (it.subPoints.length > 0) out.push(it.subPoints.map((p) => `- ${lines(oneLine(p))}`).join('\n'));
  for (const note of it.notes) out.push(...blocks(note));
  for (const section of it.roundTable ?? []) {
    out.push(`### ${inline(section.heading ?? section.organization)}`);
    for (const entry of section.entries) {
      out.push(...blocks(entry.text));
      const markers = entryMarkers(entry, model);
      if (markers.length > 0) out.push(`*${markers.join(' ')}*`);
    }
  }
  if (it.decision) {
    const label = decisionLabel(it, model).trim();
    out.push(...(label ? blocks(it.decision, label) : blocks(it.decision)));
  }
  for (const f of it.followUps) out.push(...blocks(`${cleanText(f.text).trim()}${followUpSuffix(f, model)}`, d.followUp));
  return out;
}

export function referatToMarkdown(model: ReferatModel): string {
  const d = docWords(model);
  const l = languageOf(model);
  const out: string[] = [
    `**${d.date}** ${formatDate(model.madeDate ?? model.date)}`,
    `# ${d.referatTitle(inline(model.groupName))}`,
    [`**${d.time}** ${formatMeetingTime(model.date, model.start, model.end, l)}`, `**${d.place}** ${inline(model.place)}`].join('\\\n'),
    ...linkLines(model),
    `**${d.attendees}**`,
    table(
      [d.nameHeader, d.orgHeader],
      model.attendees.map((a) => [attendeeName(a, model), a.organization]),
    ),
  ];
  if (model.secretariat.length > 0) out.push(`**${d.secretariat}**`, model.secretariat.map(inline).join(', '));
  if (model.apologies.length > 0) {
    out.push(
      `**${d.apologies}**`,
      model.apologies.map((a) => (a.organization.trim() ? `${inline(a.name)} (${inline(a.organization)})` : inline(a.name))).join(', '),
    );
  }
  out.push(`**${d.agenda}**`);
  for (const it of model.items) out.push(...item(it, model));
  const followUps = followUpRows(model);
  if (followUps.length > 0) out.push(`## ${followUpHeading(model)}`, table(followUpColumns(model), followUps));
  return `${out.join('\n\n')}\n`;
}

export function innkallingToMarkdown(model: InnkallingModel): string {
  const d = docWords(model);
  const l = languageOf(model);
  const header = [
    `**${d.date}** ${formatDate(model.noticeDate)}`,
    `**${d.deresRef}** ${inline(model.deresRef)}`.trimEnd(),
    `**${d.varRef}** ${inline(model.varRef)}`.trimEnd(),
  ];
  const saksbehandler = [`**${d.saksbehandler}** ${inline(model.saksbehandler.name)}`];
  if (model.saksbehandler.phone?.trim()) saksbehandler.push(`${d.phone} ${inline(model.saksbehandler.phone)}`);
  const out: string[] = [
    header.join('\\\n'),
    saksbehandler.join('\\\n'),
    ...(model.archiveCode === undefined ? [] : [`**${d.archiveCode}** ${inline(model.archiveCode)}`.trimEnd()]),
    lines(oneLine(model.to)),
    [`**${d.time}** ${formatNoticeTime(model.date, model.start, model.end, l)}`, `**${d.place}** ${inline(model.place)}`].join('\\\n'),
    ...linkLines(model),
  ];
  if (model.prepare.length > 0) {
    out.push(`**${d.prepare}**`);
    for (const p of model.prepare) out.push(...blocks(p.text, `${d.item} ${p.itemNumber}.`));
  }
  out.push([d.regards, inline(model.signature.name), inline(model.signature.organization)].join('\\\n'));
  out.push(`## ${d.agendaTitle(inline(model.groupName), formatDate(model.date))}`);
  out.push(`**${d.timeAndPlace}** ${formatNoticeLongTime(model.date, model.start, model.end, l)}, ${inline(model.place)}`);
  for (const a of model.agenda) {
    if (a.part) out.push(`### ${inline(a.part.title)}`, `**${d.partTime(a.part.start, a.part.end)}**`);
    out.push(`**${a.number}. ${inline(a.title)}**`); // a line starting with ** is never a list
    if (a.subPoints.length > 0) out.push(a.subPoints.map((p) => `- ${lines(oneLine(p))}`).join('\n'));
  }
  out.push(`## ${d.invited}`);
  out.push(
    table(
      [d.firstName, d.lastName, d.organization],
      model.invited.map((i) => [i.firstName, i.lastName, i.organization]),
    ),
  );
  return `${out.join('\n\n')}\n`;
}

/** The meeting's links, one paragraph each; the URL is a safe one (no spaces, brackets or parentheses). */
function linkLines(model: ReferatModel | InnkallingModel): string[] {
  return documentLinks(model).map((l) => `[${l.label}](${l.url})`);
}
