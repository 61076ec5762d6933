import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { GroupData } from '../../src/domain/group';
import { assembleReferat } from '../../src/domain/referat-assembly';
import type { ReferatModel } from '../../src/domain/referat';
import { referatDocumentXml } from '../../src/exports/docx';
import { referatToHtml } from '../../src/exports/html';
import { referatToMarkdown } from '../../src/exports/markdown';
import { referatToPdf } from '../../src/exports/pdf';
import { SEED_ATTENDEES, SEED_SECRETARIAT, seedInputs, seedGroup, seedMeeting, seedRoster } from '../fixtures/referat-seed-000';

/**
 * #17 §1.7: the chair (møteleder) first in the attendance table, marked «(møteleder)»; the
 * secretariat only under «Fra sekretariatet møtte». The chair is whoever holds the group's chair role.
 */

const withRoles = (roles: GroupData['roles']): GroupData => ({ ...seedGroup(), roles: { ...seedGroup().roles, ...roles } });
const assemble = (group: GroupData, over: Partial<Parameters<typeof assembleReferat>[0]> = {}) =>
  assembleReferat({ group, meeting: seedMeeting(), roster: seedRoster(), inputs: seedInputs(), secretariatNames: SEED_SECRETARIAT, ...over });

// A member late in the roster order: «Kjell Jøran Tveter», Horten kommune (9th row of the seed's table).
const CHAIR = SEED_ATTENDEES[8];

describe('the chair in the attendance table', () => {
  test('without a chair role, the table is the roster order and nobody is marked', () => {
    const m = assemble(seedGroup());
    expect(m.attendees.map((a) => [a.name, a.organization])).toEqual(SEED_ATTENDEES);
    expect(m.attendees.some((a) => a.chair)).toBe(false);
  });

  test('the member holding the chair role comes first, marked; the rest keep their order', () => {
    const m = assemble(withRoles({ 'aad-chair': { name: CHAIR[0], roles: ['chair'] } }));
    expect(m.attendees[0]).toEqual({ name: CHAIR[0], organization: CHAIR[1], chair: true });
    expect(m.attendees.slice(1).map((a) => [a.name, a.organization])).toEqual(SEED_ATTENDEES.filter((a) => a !== CHAIR));
    expect(m.attendees.filter((a) => a.chair)).toHaveLength(1);
    expect(m.secretariat).toEqual(SEED_SECRETARIAT);
  });

  test('a chair who is also secretariat staff leads the table and is not listed again under the secretariat', () => {
    const m = assemble(withRoles({ 'aad-s0': { name: 'Ørjan Sälvik', roles: ['secretariat', 'chair'] } }));
    expect(m.attendees[0]).toEqual({ name: 'Ørjan Sälvik', organization: 'Oslo kommune', chair: true });
    expect(m.secretariat).toEqual(SEED_SECRETARIAT.slice(1));
    // Every other secretariat member stays out of the table.
    expect(m.attendees.map((a) => a.name).filter((n) => SEED_SECRETARIAT.includes(n))).toEqual(['Ørjan Sälvik']);
  });

  test('a chair who sent apologies is under Forfall, unmarked, and no one leads the table', () => {
    const meeting = seedMeeting();
    const key = Object.keys(meeting.attendance).find((k) => meeting.attendance[k].name === CHAIR[0])!;
    meeting.attendance[key] = { ...meeting.attendance[key], status: 'apologies' };
    const m = assemble(withRoles({ 'aad-chair': { name: CHAIR[0], roles: ['chair'] } }), { meeting });
    expect(m.apologies).toEqual([{ name: CHAIR[0], organization: CHAIR[1] }]);
    expect(m.attendees.some((a) => a.chair)).toBe(false);
    expect(m.attendees[0].name).toBe(SEED_ATTENDEES[0][0]);
  });
});

describe("every format prints «(møteleder)» after the chair's name, in the first row", () => {
  let model: ReferatModel;
  beforeAll(() => {
    model = assemble(withRoles({ 'aad-chair': { name: CHAIR[0], roles: ['chair'] } }));
  });

  test('Markdown, HTML and DOCX', () => {
    const md = referatToMarkdown(model);
    expect(md).toContain(`| NAVN | KOMMUNE / REGION |\n| --- | --- |\n| ${CHAIR[0]} (møteleder) | ${CHAIR[1]} |\n| ${SEED_ATTENDEES[0][0]} |`);
    expect(referatToHtml(model)).toContain(`<tbody>\n<tr><td>${CHAIR[0]} (møteleder)</td><td>${CHAIR[1]}</td></tr>`);
    const rows = [...referatDocumentXml(model).matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((r) =>
      [...r[1].matchAll(/<w:t xml:space="preserve">([^<]*)<\/w:t>/g)].map((t) => t[1]),
    );
    expect(rows[1]).toEqual([`${CHAIR[0]} (møteleder)`, CHAIR[1]]);
    for (const out of [md, referatToHtml(model), referatDocumentXml(model)]) expect(out.match(/\(møteleder\)/g)).toHaveLength(1);
  });

  const poppler = spawnSync('pdftotext', ['-v']).error ? test.skip : test;
  poppler('PDF (pdftotext)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'referent-chair-'));
    try {
      writeFileSync(path.join(dir, 'r.pdf'), await referatToPdf(model));
      const text = spawnSync('pdftotext', ['-enc', 'UTF-8', path.join(dir, 'r.pdf'), '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
      expect(text).toContain(`NAVN KOMMUNE / REGION ${CHAIR[0]} (møteleder) ${CHAIR[1]} ${SEED_ATTENDEES[0][0]}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
