import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { AgendaItem } from '../../src/domain/agenda';
import { completeAgenda } from '../../src/domain/agenda-complete';
import { parseAgenda } from '../../src/domain/agenda-parser';
import type { GroupData } from '../../src/domain/group';
import type { AttendanceEntry, MeetingData } from '../../src/domain/meeting-types';
import { assembleInnkalling, assembleReferat } from '../../src/domain/referat-assembly';
import { parseRosterLines } from '../../src/domain/roster-import';
import { innkallingToMarkdown, referatToMarkdown } from '../../src/exports/markdown';

/*
 * The ONE optional suite: the group's real notices and minutes, when a folder `shared/seeds/` lies
 * beside the repository (REFERENT_SEEDS can name another). Every other suite uses the invented
 * documents of tools/fixtures/documents. It checks that the real documents still parse through the
 * agenda parser, the roster import and the referat/innkalling assembly, and that no person named in
 * their invited or attendance lists appears in any file of the repository.
 */
const ROOT = path.resolve(__dirname, '../..');
const SEEDS = path.resolve(process.env.REFERENT_SEEDS ?? path.join(ROOT, '../shared/seeds'));
const present = existsSync(SEEDS) && statSync(SEEDS).isDirectory();
const documents = present
  ? readdirSync(SEEDS)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((name) => ({ name, text: readFileSync(path.join(SEEDS, name), 'utf8').replace(/\r\n/g, '\n') }))
  : [];

// Written straight to stderr: jest drops the console output of a suite whose tests are all skipped.
process.stderr.write(
  `\n${present ? `seeds suite: ran on ${documents.length} documents in ${SEEDS}` : `seeds suite SKIPPED: ${SEEDS} (../shared/seeds) not found`}\n`,
);

/** The block of lines from the header line that includes `header` up to the next heading or another list. */
function block(text: string, header: string, end: RegExp): string | undefined {
  const lines = text.split('\n');
  const from = lines.findIndex((l) => l.includes(header));
  if (from < 0) return undefined;
  const rel = lines.slice(from + 1).findIndex((l) => end.test(l));
  return lines.slice(from, rel < 0 ? lines.length : from + 1 + rel).join('\n');
}

const invitedOf = (text: string) => block(text, 'Fornavn\tEtternavn\tOrganisasjon', /^(#|\*\*|Fra sekretariatet)/);
const attendanceOf = (text: string) => block(text, 'NAVN\tKOMMUNE', /^(#|\*\*|Fra sekretariatet)/);
const tabRows = (b: string) =>
  b
    .split('\n')
    .slice(1)
    .filter((l) => l.includes('\t')).length;

/** Every agenda section of a document: «Saksliste» of minutes, each «Sakskart til møte» of a notice. */
function agendaSections(text: string): string[] {
  const lines = text.split('\n');
  const starts = lines.flatMap((l, i) => (/Saksliste|Sakskart til møte/.test(l) ? [i] : []));
  return starts.map((from) => {
    const rel = lines.slice(from + 1).findIndex((l) => /^(## |#+ \**Inviterte|Inviterte$)/.test(l));
    return lines.slice(from, rel < 0 ? lines.length : from + 1 + rel).join('\n');
  });
}

function parsed(section: string): AgendaItem[] {
  const r = parseAgenda(section);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.items;
}

/** Person names of a document's invited list (first + last) and attendance list (NAVN), plus the secretariat line. */
function personNames(text: string): string[] {
  const names: string[] = [];
  const invited = invitedOf(text);
  if (invited) names.push(...parseRosterLines(invited).members.map((m) => `${m.firstName} ${m.lastName}`));
  const attendance = attendanceOf(text);
  if (attendance)
    names.push(
      ...attendance
        .split('\n')
        .slice(1)
        .filter((l) => l.includes('\t'))
        .map((l) => l.split('\t')[0].trim()),
    );
  const secretariat = /Fra sekretariatet møtte:\s*\n\s*\n(.+)/.exec(text);
  if (secretariat) names.push(...secretariat[1].split(',').map((n) => n.trim()));
  return [...new Set(names.filter((n) => n.includes(' ')))];
}

const group: GroupData = {
  groupId: 'g-seeds',
  name: 'faggruppe for næringssamarbeid',
  homeConversationId: '19:seeds@thread.v2',
  roles: {},
  createdAt: '2024-01-01T00:00:00.000Z',
};
const meetingOf = (agenda: AgendaItem[], attendance: Record<string, AttendanceEntry> = {}): MeetingData => ({
  meetingId: 'm-seeds',
  groupId: group.groupId,
  date: '2024-11-07',
  start: '12:00',
  end: '13:00',
  place: 'Teams',
  state: 'ended',
  agenda,
  records: {},
  attendance,
});

(present ? describe : describe.skip)('the real documents in ../shared/seeds (optional)', () => {
  test('there are documents, and each has an agenda section and an invited or attendance list', () => {
    expect(documents.length).toBeGreaterThan(0);
    for (const d of documents) {
      expect([d.name, agendaSections(d.text).length > 0]).toEqual([d.name, true]);
      expect([d.name, Boolean(invitedOf(d.text) ?? attendanceOf(d.text))]).toEqual([d.name, true]);
    }
  });

  test('every agenda section parses, and completes to approvals first and Eventuelt last', () => {
    for (const d of documents) {
      for (const section of agendaSections(d.text)) {
        const items = parsed(section);
        expect([d.name, items.length >= 3]).toEqual([d.name, true]);
        expect(items[0].kind).toBe('approve-notice');
        const full = completeAgenda(items, { previousMeetingDate: '2024-09-12' });
        expect(full.at(-1)?.kind).toBe('other-business');
        expect(full.map((i) => i.number)).toEqual(full.map((_, i) => i + 1));
      }
    }
  });

  test('every invited and attendance list imports whole: one member per row, nothing refused', () => {
    for (const d of documents) {
      for (const list of [invitedOf(d.text), attendanceOf(d.text)]) {
        if (!list) continue;
        const { members, refused } = parseRosterLines(list);
        expect([d.name, refused]).toEqual([d.name, []]);
        expect([d.name, members.length]).toEqual([d.name, tabRows(list)]);
      }
    }
  });

  test('the notices assemble to an innkalling with every item and every invited person', () => {
    for (const d of documents.filter((x) => invitedOf(x.text))) {
      const roster = parseRosterLines(invitedOf(d.text)!).members;
      const agenda = completeAgenda(parsed(agendaSections(d.text).at(-1)!));
      const md = innkallingToMarkdown(
        assembleInnkalling({
          group,
          meeting: meetingOf(agenda),
          roster,
          secretariat: { name: 'Sekretariatet', organization: 'Osloregionen' },
          noticeDate: '2024-11-01',
        }),
      );
      for (const item of agenda) expect(md).toContain(`${item.number}.`);
      for (const m of roster) expect(md).toContain(m.lastName);
    }
  });

  test('the minutes assemble to a referat with every attendee and every item', () => {
    for (const d of documents.filter((x) => attendanceOf(x.text))) {
      const roster = parseRosterLines(attendanceOf(d.text)!).members;
      const attendance = Object.fromEntries(
        roster.map((m) => [
          m.id,
          { name: `${m.firstName} ${m.lastName}`, organization: m.organization, status: 'present', secretariat: false } as AttendanceEntry,
        ]),
      );
      const agenda = parsed(agendaSections(d.text)[0]);
      const model = assembleReferat({ group, meeting: meetingOf(agenda, attendance), roster, inputs: [] });
      expect(model.attendees).toHaveLength(roster.length);
      expect(model.items.map((i) => i.number)).toEqual(agenda.map((i) => i.number));
      const md = referatToMarkdown(model);
      for (const m of roster) expect(md).toContain(m.lastName);
    }
  });

  test('no person from the real lists appears in any file of the repository', () => {
    const names = [...new Set(documents.flatMap((d) => personNames(d.text)))];
    expect(names.length).toBeGreaterThan(40);
    // The whole name, and also its first and last word a few characters apart on one line, so that
    // "Kari J. Nordmann" or "Kari Nordmann" is found for "Kari Johanne Nordmann".
    const word = (w: string) => `(?<![\\p{L}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`;
    const patterns = names.map((name) => {
      const words = name.toLocaleLowerCase('nb').split(/\s+/);
      return [name, new RegExp(`${word(words[0])}[^\\n]{0,16}?${word(words.at(-1)!)}`, 'u')] as const;
    });
    const files = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
    const found: string[] = [];
    for (const file of files) {
      const full = path.join(ROOT, file);
      if (!existsSync(full) || statSync(full).size > 5_000_000) continue;
      const text = readFileSync(full, 'utf8').toLocaleLowerCase('nb');
      for (const [name, pattern] of patterns) if (pattern.test(text)) found.push(`${file}: ${name}`);
    }
    console.log(`seeds suite: ${names.length} names from the real lists checked against ${files.length} files`);
    expect(found).toEqual([]);
  });
});
