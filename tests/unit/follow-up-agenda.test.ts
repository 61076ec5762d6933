import { classifyAgendaTitle } from '../../src/domain/agenda-parser';
import { completeAgenda } from '../../src/domain/agenda-complete';
import type { AgendaItem } from '../../src/domain/agenda';
import { newFollowUp, setStatus, type FollowUp } from '../../src/domain/follow-up';
import { withFollowUpItem } from '../../src/domain/follow-up-agenda';

const fu = (n: number, meetingId: string, extra: Partial<FollowUp> = {}): FollowUp =>
  newFollowUp({
    followUpId: `f${n}`,
    groupId: 'g',
    meetingId,
    meetingDate: '2030-11-07',
    item: 3,
    itemTitle: 'Sak',
    text: `Punkt ${n}`,
    createdAt: `2030-11-07T10:0${n}:00.000Z`,
    createdBy: 'Leder',
    ...extra,
  });
const base: AgendaItem[] = completeAgenda([{ number: 1, title: 'Orientering', subPoints: [], kind: 'orientation' }]);

describe('withFollowUpItem', () => {
  it('adds the open follow-ups of earlier meetings before Eventuelt, with their ids; done, dropped and this meeting’s own stay out', () => {
    const list = [
      fu(1, 'm1', { owner: { kind: 'organization', organization: 'Testby kommune' }, due: '2030-12-01' }),
      setStatus(fu(2, 'm1'), 'done', 'Leder', '2030-11-08T00:00:00Z').followUp,
      setStatus(fu(3, 'm1'), 'carried', 'Leder', '2030-11-08T00:00:00Z').followUp,
      setStatus(fu(4, 'm1'), 'dropped', 'Leder', '2030-11-08T00:00:00Z').followUp,
      fu(5, 'm2'),
    ];
    const agenda = withFollowUpItem(base, list, 'm2');
    expect(agenda.map((i) => [i.number, i.kind])).toEqual([
      [1, 'approve-notice'],
      [2, 'orientation'],
      [3, 'follow-ups'],
      [4, 'other-business'],
    ]);
    expect(agenda[2]).toMatchObject({
      title: 'Oppfølging fra forrige møte',
      subPoints: ['Punkt 1 – ansvar: Testby kommune, frist 01.12.2030', 'Punkt 3'],
      followUpIds: ['f1', 'f3'],
    });
    expect(base).toHaveLength(3); // the input is not changed
  });

  it('no open follow-ups: nothing added; a pasted item is recognised and filled, not doubled', () => {
    expect(withFollowUpItem(base, [], 'm2')).toEqual(base);
    expect(classifyAgendaTitle('Oppfølging fra forrige møte').kind).toBe('follow-ups');
    expect(classifyAgendaTitle('Follow-ups from the previous meeting').kind).toBe('follow-ups');
    const pasted = completeAgenda([{ number: 1, title: 'Oppfølging fra forrige møte', subPoints: ['Eget punkt'], kind: 'follow-ups' }]);
    const agenda = withFollowUpItem(pasted, [fu(1, 'm1')], 'm2');
    expect(agenda.filter((i) => i.kind === 'follow-ups')).toEqual([
      { number: 2, title: 'Oppfølging fra forrige møte', subPoints: ['Eget punkt', 'Punkt 1'], kind: 'follow-ups', followUpIds: ['f1'] },
    ]);
    // Set again (sakskart twice): the list is refreshed, not repeated.
    expect(withFollowUpItem(agenda, [fu(1, 'm1')], 'm2')[1].subPoints).toEqual(['Eget punkt', 'Punkt 1']);
  });
});
