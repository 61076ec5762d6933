import { agendaErrorMessage } from '../../src/domain/agenda-errors';
import { agendaToStore, parseAgenda } from '../../src/domain/agenda-parser';
import { agendaSections, meetingSpan, parsePartTime, shownNumber } from '../../src/domain/agenda-parts';
import { completeAgenda } from '../../src/domain/agenda-complete';
import { withFollowUpItem } from '../../src/domain/follow-up-agenda';
import { fixtureDocument, INNKALLING_2025_01_16 } from '../../tools/fixtures/documents';

/* A meeting in parts (#17 §1.8): the common part and the group's part, each with its heading, time and items. */

const TWO_PARTS = [
  '## Sakskart til møte i administrative faggrupper',
  '**Kl. 09:00-09:30**',
  '1. Godkjenning av innkalling og dagsorden',
  '2. Ny møteform',
  '',
  '## Sakskart til møte i faggruppe for næringssamarbeid',
  'Kl. 09:40-12:30',
  '1. Handlingsprogram 2026',
  '2. Runde rundt bordet',
].join('\n');

const errorOf = (text: string) => {
  const r = parseAgenda(text);
  if (r.ok) throw new Error('expected a refusal');
  return r.error;
};

describe('parts of a meeting', () => {
  test('the time line: «Kl. 09:00-09:30», «kl 9.40–12.30», «Tid: 09:00 - 09:30»; anything else is not one', () => {
    expect(parsePartTime('Kl. 09:00-09:30')).toEqual({ start: '09:00', end: '09:30' });
    expect(parsePartTime('kl 9.40–12.30')).toEqual({ start: '09:40', end: '12:30' });
    expect(parsePartTime('Tid: 09:00 - 09:30')).toEqual({ start: '09:00', end: '09:30' });
    expect(parsePartTime('Kl. 25:00-26:00')).toBeUndefined();
    expect(parsePartTime('Kl. 09:00-09:30 i Teams')).toBeUndefined();
    expect(parsePartTime('1. Godkjenning')).toBeUndefined();
  });

  test('two headings with times: two parts, items marked with their part except the last (the group’s own)', () => {
    const r = parseAgenda(TWO_PARTS);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.parts).toEqual([
      { title: 'Sakskart til møte i administrative faggrupper', start: '09:00', end: '09:30' },
      { title: 'Sakskart til møte i faggruppe for næringssamarbeid', start: '09:40', end: '12:30' },
    ]);
    expect(r.items.map((i) => [i.part, i.number])).toEqual([
      [0, 1],
      [0, 2],
      [undefined, 1],
      [undefined, 2],
    ]);
    expect(r.unplaced).toEqual([]);
  });

  test('completion touches only the group’s part; stored numbers run through the meeting, printed ones start at 1 in each part', () => {
    const r = parseAgenda(TWO_PARTS);
    if (!r.ok) throw new Error(r.error.message);
    const agenda = withFollowUpItem(completeAgenda(agendaToStore(r.items), { previousMeetingDate: '2026-09-10' }), [], 'm');
    expect(agenda.map((i) => [i.number, i.part, i.title])).toEqual([
      [1, 0, 'Godkjenning av innkalling og dagsorden'],
      [2, 0, 'Ny møteform'],
      [3, undefined, 'Godkjenning av innkalling og dagsorden'],
      [4, undefined, 'Godkjenning av referat fra møte 10. september 2026'],
      [5, undefined, 'Handlingsprogram 2026'],
      [6, undefined, 'Runde rundt bordet'],
      [7, undefined, 'Eventuelt'],
    ]);
    const sections = agendaSections(agenda, r.parts);
    expect(sections.map((s) => [s.part?.start, s.items.map((x) => `${x.shown}:${x.item.number}`)])).toEqual([
      ['09:00', ['1:1', '2:2']],
      ['09:40', ['1:3', '2:4', '3:5', '4:6', '5:7']],
    ]);
    expect(shownNumber(agenda, r.parts, 6)).toBe(4);
    expect(shownNumber(agenda, undefined, 6)).toBe(6);
  });

  test('a meeting in one part: one section without a part, the stored numbers, the meeting’s own time', () => {
    const sections = agendaSections([{ number: 1 }, { number: 2 }]);
    expect(sections).toEqual([
      {
        items: [
          { item: { number: 1 }, shown: 1 },
          { item: { number: 2 }, shown: 2 },
        ],
      },
    ]);
    expect(meetingSpan({ start: '09:00', end: '12:00' })).toEqual({ start: '09:00', end: '12:00' });
  });

  test('the Tid line covers the whole meeting: from the earliest start to the latest end', () => {
    const parts = [
      { title: 'A', start: '08:30', end: '09:30' },
      { title: 'B', start: '09:40', end: '12:45' },
    ];
    expect(meetingSpan({ start: '09:00', end: '12:30', parts })).toEqual({ start: '08:30', end: '12:45' });
  });

  test('the seeds’ 002 notice pasted whole: the common part 1–4 and the group’s part 1–7', () => {
    const r = parseAgenda(fixtureDocument(INNKALLING_2025_01_16));
    if (!r.ok) throw new Error(r.error.message);
    const sections = agendaSections(completeAgenda(agendaToStore(r.items)), r.parts);
    expect(sections.map((s) => s.items.length)).toEqual([4, 7]);
    expect(sections[1].items.map((x) => x.item.kind)).toEqual([
      'approve-notice',
      'approve-minutes',
      'other',
      'round-table',
      'orientation',
      'discussion',
      'other-business',
    ]);
  });
});

describe('bad parts are refused with the reason', () => {
  test('a part with no items', () => {
    const e = errorOf(`${TWO_PARTS}\n\n## Sakskart til møte i styringsgruppen\nKl. 13:00-14:00\n`);
    expect(e).toMatchObject({ code: 'empty-part', title: 'Sakskart til møte i styringsgruppen' });
    expect(e.message).toMatch(/^Delen «Sakskart til møte i styringsgruppen» har ingen saker/);
  });

  test('overlapping times, and parts out of order', () => {
    const overlap = TWO_PARTS.replace('Kl. 09:40-12:30', 'Kl. 09:15-12:30');
    expect(errorOf(overlap)).toMatchObject({ code: 'overlapping-parts' });
    expect(errorOf(overlap).message).toContain('overlapper');
    const reversed = TWO_PARTS.replace('Kl. 09:40-12:30', 'Kl. 08:00-08:45');
    expect(errorOf(reversed)).toMatchObject({ code: 'overlapping-parts' });
  });

  test('a part that ends before it starts', () => {
    expect(errorOf(TWO_PARTS.replace('Kl. 09:40-12:30', 'Kl. 12:30-09:40'))).toMatchObject({ code: 'part-time' });
  });

  test('a third heading with items but no time is not a part', () => {
    const e = errorOf(`${TWO_PARTS}\n\n## Sakskart til møte i styringsgruppen\n1. Budsjett\n`);
    expect(e).toMatchObject({ code: 'not-a-part', title: 'Sakskart til møte i styringsgruppen' });
    expect(agendaErrorMessage(e, 'nn')).toContain('har inga tid under seg');
    expect(agendaErrorMessage(e, 'en')).toContain('is not a part of the meeting');
  });
});
