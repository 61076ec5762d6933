import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createMeeting, mutateMeeting, replaceMeeting } from '../../src/app/meeting-writes';
import type { MeetingData } from '../../src/domain/meeting-types';
import { countStoreOps } from '../helpers/store-ops';
import { embeddedStore } from './fixture';

/** One write path per meeting (#13 §5): the meeting and its input window move together. */
const meeting = (state: MeetingData['state']): MeetingData => ({
  meetingId: 'g-w:2099-03-12',
  groupId: 'g-w',
  date: '2099-03-12',
  start: '10:00',
  end: '12:00',
  place: 'Teams',
  state,
  agenda: [{ number: 1, title: 'Runde rundt bordet', subPoints: [], kind: 'round-table' }],
  records: {},
  attendance: {},
});

describe('meeting writes keep the input-window list in step (embedded Cosmos server)', () => {
  let s: Awaited<ReturnType<typeof embeddedStore>>;
  beforeAll(async () => {
    s = await embeddedStore();
  });
  afterAll(async () => s.close());
  const states = async () => (await s.repos.inputWindows.get('g-w'))?.value.meetings.map((w) => w.state);

  it('a state change writes the window with the meeting; an agenda or attendance change costs no window request', async () => {
    expect(await createMeeting(s.repos, meeting('draft'))).toBe(true);
    expect(await createMeeting(s.repos, meeting('draft'))).toBe(false);
    expect(await states()).toBeUndefined(); // a draft takes no input
    const ops = countStoreOps(s.repos);
    const current = (await s.repos.meetings.get('g-w:2099-03-12'))!;
    await replaceMeeting(s.repos, current.value, { ...current.value, state: 'notice-published', inputDeadline: '2099-03-19T11:00:00.000Z' }, current.etag);
    expect(await states()).toEqual(['notice-published']);
    ops.reset();
    await mutateMeeting(s.repos, 'g-w:2099-03-12', (m) => ({
      next: { ...m, agenda: [...m.agenda, { number: 2, title: 'Eventuelt', subPoints: [], kind: 'other-business' }] },
      result: 0,
    }));
    // No window request; an item title is searchable, so the search register gets its one patch (#18 §3).
    expect(ops.calls.filter((c) => !c.startsWith('searchRegister.'))).toEqual(['meetings.get', 'meetings.replace']);
    expect(ops.calls).toContain('searchRegister.setMeeting');
    await mutateMeeting(s.repos, 'g-w:2099-03-12', (m) => ({ next: { ...m, state: 'ended' }, result: 0 }));
    expect(await states()).toEqual(['ended']);
    await mutateMeeting(s.repos, 'g-w:2099-03-12', (m) => ({ next: { ...m, state: 'locked' }, result: 0 }));
    expect(await states()).toEqual(['locked']);
  });

  it('its scheduled reminders (#18 §4) follow the date, the deadline and a cancellation; a start or a click costs no schedule request', async () => {
    const m = { ...meeting('draft'), meetingId: 'g-w:2099-04-02', date: '2099-04-02' };
    const due = async () => [
      (await s.repos.schedule.get('input-reminder', m.meetingId))?.value.dueAt,
      (await s.repos.schedule.get('meeting-day-reminder', m.meetingId))?.value.dueAt,
    ];
    expect(await createMeeting(s.repos, m)).toBe(true);
    // Default deadline 09.04 12:00 Oslo (summer time): the input reminder 07.04 09:00, the meeting day 02.04 08:00.
    expect(await due()).toEqual(['2099-04-07T07:00:00.000Z', '2099-04-02T06:00:00.000Z']);
    await mutateMeeting(s.repos, m.meetingId, (x) => ({ next: { ...x, state: 'notice-published', inputDeadline: '2099-04-20T21:59:00.000Z' }, result: 0 }));
    expect(await due()).toEqual(['2099-04-18T07:00:00.000Z', '2099-04-02T06:00:00.000Z']);
    await mutateMeeting(s.repos, m.meetingId, (x) => ({ next: { ...x, date: '2099-04-03', start: '09:00' }, result: 0 }));
    expect((await due())[1]).toBe('2099-04-03T06:00:00.000Z');
    const ops = countStoreOps(s.repos);
    await mutateMeeting(s.repos, m.meetingId, (x) => ({ next: { ...x, state: 'in-progress', currentItem: 1 }, result: 0 }));
    await mutateMeeting(s.repos, m.meetingId, (x) => ({ next: { ...x, state: 'notice-published', currentItem: undefined }, result: 0 }));
    expect(ops.calls.filter((c) => c.startsWith('schedule.') || c.startsWith('groups.'))).toEqual([]);
    await mutateMeeting(s.repos, m.meetingId, (x) => ({ next: { ...x, state: 'cancelled', cancelledFrom: 'notice-published' }, result: 0 }));
    expect(await due()).toEqual([undefined, undefined]);
  });

  it('nothing in src/ or bot/ writes a meeting or the window list past that one path', () => {
    const root = path.join(__dirname, '../..');
    const files = ['src', 'bot'].flatMap((dir) =>
      readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.ts'))
        .map((f) => path.join(dir, f)),
    );
    const writers = files.filter((f) => /\bmeetings\.(replace|create)\(|\bsyncInputWindow\(/.test(readFileSync(path.join(root, f), 'utf8')));
    // meeting-writes.ts is the path; input-windows.ts defines the sync and repairs a list from a meeting it read.
    expect(writers.sort()).toEqual([path.join('src', 'app', 'input-windows.ts'), path.join('src', 'app', 'meeting-writes.ts')].sort());
  });
});
