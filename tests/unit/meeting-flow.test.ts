import type { AgendaItem } from '../../src/domain/agenda';
import {
  addNote,
  currentItem,
  endMeeting,
  goTo,
  hasReceipt,
  isStale,
  setDecision,
  startMeeting,
  step,
  undecidedItems,
  withReceipt,
  MAX_RECORD_CHARS,
} from '../../src/domain/meeting-flow';
import type { MeetingData } from '../../src/domain/meeting-types';

const AGENDA: AgendaItem[] = [
  { number: 1, title: 'Godkjenning av innkalling og dagsorden', subPoints: [], kind: 'approve-notice' },
  { number: 2, title: 'Godkjenning av referat fra møte 12. september 2024', subPoints: [], kind: 'approve-minutes' },
  { number: 3, title: 'Forslag til møteplan 2025', subPoints: [], kind: 'other' },
  { number: 4, title: 'Runde rundt bordet', subPoints: [], kind: 'round-table' },
  { number: 5, title: 'Eventuelt', subPoints: [], kind: 'other-business' },
];

const meeting = (over: Partial<MeetingData> = {}): MeetingData => ({
  meetingId: 'g-1-20241107',
  groupId: 'g-1',
  date: '2024-11-07',
  start: '12:00',
  end: '13:00',
  place: 'Oslo rådhus',
  state: 'notice-published',
  agenda: AGENDA,
  records: {},
  attendance: {},
  ...over,
});
const NOW = new Date('2024-11-07T11:00:00Z');

function ok(flow: ReturnType<typeof startMeeting>): MeetingData {
  if (!flow.ok) throw new Error(`expected ok, got ${flow.reason}`);
  return flow.meeting;
}

describe('meeting flow', () => {
  it('starts at the first item, version 1; a second start changes nothing', () => {
    const m = ok(startMeeting(meeting(), NOW));
    expect(m.state).toBe('in-progress');
    expect(m.currentItem).toBe(1);
    expect(m.run?.version).toBe(1);
    expect(m.startedAt).toBe(NOW.toISOString());
    const again = startMeeting(m, NOW);
    expect(again).toEqual({ ok: true, meeting: m, changed: false });
  });

  it('refuses to start without an agenda or after the end', () => {
    expect(startMeeting(meeting({ agenda: [] }), NOW)).toEqual({ ok: false, reason: 'no-agenda' });
    expect(startMeeting(meeting({ state: 'ended' }), NOW)).toEqual({ ok: false, reason: 'ended' });
  });

  it('steps forward and back, stops at both ends, jumps to an item', () => {
    let m = ok(startMeeting(meeting(), NOW));
    expect(step(m, -1)).toEqual({ ok: false, reason: 'first-item' });
    m = ok(step(m, 1));
    expect(currentItem(m)?.number).toBe(2);
    m = ok(goTo(m, 5));
    expect(step(m, 1)).toEqual({ ok: false, reason: 'last-item' });
    expect(goTo(m, 9)).toEqual({ ok: false, reason: 'no-such-item' });
    expect(goTo(m, 5)).toMatchObject({ ok: true, changed: false });
    m = ok(step(m, -1));
    expect(m.currentItem).toBe(4);
    expect(m.run?.version).toBe(4);
  });

  it('refuses steps before the start', () => {
    expect(step(meeting(), 1)).toEqual({ ok: false, reason: 'not-started' });
    expect(addNote(meeting(), 1, 'x')).toEqual({ ok: false, reason: 'not-started' });
  });

  it('a card drawn from an older version is stale; a missing version is stale too', () => {
    const m = ok(step(ok(startMeeting(meeting(), NOW)), 1));
    expect(isStale(m, 2)).toBe(false);
    expect(isStale(m, 1)).toBe(true);
    expect(isStale(m, undefined)).toBe(true);
    expect(isStale(m, '2')).toBe(true);
  });

  it('keeps several notes per item and one replaceable decision', () => {
    let m = ok(startMeeting(meeting(), NOW));
    m = ok(addNote(m, 1, 'Første notat'));
    m = ok(addNote(m, 1, '  Andre notat \n'));
    m = ok(setDecision(m, 1, 'Innkallingen ble godkjent'));
    m = ok(setDecision(m, 1, 'Innkallingen og dagsorden ble godkjent'));
    expect(m.records['1']).toEqual({ notes: ['Første notat', 'Andre notat'], decision: 'Innkallingen og dagsorden ble godkjent' });
    expect(setDecision(m, 1, 'Innkallingen og dagsorden ble godkjent')).toMatchObject({ ok: true, changed: false });
    expect(addNote(m, 1, '   ')).toEqual({ ok: false, reason: 'empty-text' });
    expect(addNote(m, 1, 'x'.repeat(MAX_RECORD_CHARS + 1))).toEqual({ ok: false, reason: 'too-long' });
    expect(setDecision(m, 7, 'x')).toEqual({ ok: false, reason: 'no-such-item' });
  });

  it('lists the items without a decision and ends with the default deadline', () => {
    let m = ok(startMeeting(meeting(), NOW));
    m = ok(setDecision(m, 1, 'Innkallingen ble godkjent'));
    m = ok(setDecision(m, 2, 'Referatet ble godkjent'));
    expect(undecidedItems(m).map((i) => i.number)).toEqual([3, 4, 5]);
    const ended = ok(endMeeting(m, NOW, '2024-11-14T12:00:00.000Z'));
    expect(ended.state).toBe('ended');
    expect(ended.inputDeadline).toBe('2024-11-14T12:00:00.000Z');
    expect(endMeeting(ended, NOW, 'x')).toEqual({ ok: false, reason: 'ended' });
    const kept = ok(endMeeting({ ...m, inputDeadline: '2024-11-20T22:59:00.000Z' }, NOW, 'x'));
    expect(kept.inputDeadline).toBe('2024-11-20T22:59:00.000Z');
    expect(endMeeting(meeting(), NOW, 'x')).toEqual({ ok: false, reason: 'not-started' });
  });

  it('remembers the activities applied, the last 20', () => {
    let m = ok(startMeeting(meeting(), NOW));
    expect(hasReceipt(m, 'a1')).toBe(false);
    m = withReceipt(m, 'a1');
    expect(hasReceipt(m, 'a1')).toBe(true);
    for (let i = 0; i < 25; i++) m = withReceipt(m, `b${i}`);
    expect(hasReceipt(m, 'a1')).toBe(false);
    expect(m.run?.receipts).toHaveLength(20);
    expect(hasReceipt(m, undefined)).toBe(false);
  });
});
