import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { registeredVerbs } from '../../bot/app';
import { TEMPLATES } from '../../cards';
import { renderCard, verbsOf } from '../../cards/render';
import { agendaCard } from '../../src/app/cards/agenda';
import { approvalCard } from '../../src/app/cards/approval';
import { noticeCard } from '../../src/app/cards/notice';
import { newApproval, type Approval } from '../../src/domain/approval';
import type { MeetingData } from '../../src/domain/meeting-types';

const DIR = path.join(__dirname, '../../cards');
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.json'));

/** Sample data for any template: every binding name resolves (strings, true flags, one-element lists). */
function sampleData(template: unknown): Record<string, unknown> {
  const text = JSON.stringify(template);
  const data: Record<string, unknown> = {};
  const item: Record<string, unknown> = {};
  for (const [, expr] of text.matchAll(/\$\{([^}]*)\}/g)) {
    for (const [name] of expr.replace(/\$root\./g, '').matchAll(/[A-Za-z_][\w.]*/g)) {
      const [head, ...rest] = name.split('.');
      if (
        [
          'true',
          'false',
          'null',
          'not',
          'if',
          'and',
          'or',
          'count',
          'length',
          'join',
          'string',
          'equals',
          'empty',
          'exists',
          'concat',
          '$root',
          '$data',
          '$index',
          'toLower',
          'toUpper',
        ].includes(head)
      )
        continue;
      const put = (target: Record<string, unknown>) => {
        if (rest.length === 0) target[head] ??= 'x';
        else target[head] = { ...((target[head] as object) ?? {}), [rest.join('.')]: 'x' };
      };
      put(data);
      put(item);
    }
  }
  for (const [, list] of text.matchAll(/"\$data":\s*"\$\{([\w.]+)\}"/g)) data[list] = [item];
  return data;
}

describe('card templates', () => {
  it('every cards/*.json is listed in TEMPLATES', () => {
    const listed = new Set(Object.values(TEMPLATES));
    for (const file of FILES) {
      const json = JSON.parse(readFileSync(path.join(DIR, file), 'utf8'));
      expect([file, [...listed].some((t) => JSON.stringify(t) === JSON.stringify(json))]).toEqual([file, true]);
    }
  });

  it.each(FILES)('%s: every Action.Execute verb has a handler', (file) => {
    const template = JSON.parse(readFileSync(path.join(DIR, file), 'utf8'));
    const verbs = registeredVerbs();
    for (const verb of verbsOf(template)) expect([file, verb, verbs.includes(verb)]).toEqual([file, verb, true]);
  });

  it.each(FILES)('%s: renders sample data with no ${…} left', (file) => {
    const template = JSON.parse(readFileSync(path.join(DIR, file), 'utf8'));
    expect(() => renderCard(template, sampleData(template))).not.toThrow();
  });
});

describe('the meeting cards with real data', () => {
  const meeting: MeetingData = {
    meetingId: 'g-1-20301107',
    groupId: 'g-1',
    date: '2030-11-07',
    start: '12:00',
    end: '13:00',
    place: 'Oslo rådhus ${x}',
    state: 'notice-published',
    agenda: [
      { number: 1, title: 'Godkjenning av innkalling og dagsorden', subPoints: [], kind: 'approve-notice' },
      { number: 2, title: 'Runde rundt bordet', subPoints: ['Forbered et kort innlegg (2-3 min)'], kind: 'round-table' },
      { number: 3, title: 'Eventuelt', subPoints: [], kind: 'other-business' },
    ],
    records: {},
    attendance: {},
    inputDeadline: '2030-11-14T12:00:00.000Z',
  };

  it('render the agenda and notice, user text with "${" included', () => {
    const notice = JSON.stringify(renderCard(TEMPLATES.notice, noticeCard(meeting, 'Faggruppe', 'nb')!.data));
    expect(notice).toContain('Torsdag 07.11.2030 kl. 12.00 – 13.00');
    expect(notice).toContain('Oslo rådhus $\u200b{x}');
    expect(notice).toContain('torsdag 14.11.2030 kl. 13.00');
    const english = JSON.stringify(renderCard(TEMPLATES.notice, noticeCard(meeting, 'Faggruppe', 'en')!.data));
    expect(english).toContain('Thursday 07.11.2030 at 12:00 – 13:00');
    expect(JSON.stringify(renderCard(TEMPLATES.agenda, agendaCard(meeting, 'Faggruppe', 'nb')!.data))).toContain('2. Runde rundt bordet');
  });

  it('a 40-member tally with 40 long remarks stays well under 100 KB', () => {
    const a: Approval = newApproval({
      meetingId: meeting.meetingId,
      groupId: 'g-1',
      item: 1,
      kind: 'approve-notice',
      title: 'Godkjenning',
      meetingDate: meeting.date,
      locale: 'nb',
      createdAt: new Date().toISOString(),
    });
    for (let i = 0; i < 40; i++) {
      a.votes[`m-${i}`] = {
        choice: 'remark',
        comment: 'æøå '.repeat(125),
        name: `Navn Navnesen ${i}`,
        organization: 'Kommune',
        userId: `29:${'u'.repeat(60)}${i}`,
        at: new Date(2030, 0, 1, 0, i).toISOString(),
      };
    }
    const card = renderCard(TEMPLATES.approval, approvalCard(a, { memberId: 'm-1', canClose: true, userId: '29:me' })!.data);
    const size = Buffer.byteLength(JSON.stringify(card));
    expect(size).toBeLessThan(50_000);
    expect((card.refresh as { userIds: string[] }).userIds).toHaveLength(41);
  });
});
