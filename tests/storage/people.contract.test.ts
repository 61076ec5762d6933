import { indexRoster, nameKey, emailKey, aadKey, linkKey } from '../../src/app/people';
import { identify } from '../../src/app/identity';
import { syncInputWindow, windowsOfGroup } from '../../src/app/input-windows';
import { ConflictError, type Repositories } from '../../src/app/ports';
import type { MeetingData } from '../../src/domain/meeting-types';
import type { RosterMember } from '../../src/domain/roster';
import { embeddedStore } from './fixture';

const NOW = new Date('2024-11-01T09:00:00Z');
const member = (first: string, last: string, organization: string, email?: string): RosterMember => ({
  id: `m-${first}-${last}`.toLowerCase().replace(/\s+/g, '-'),
  firstName: first,
  lastName: last,
  organization,
  ...(email ? { email } : {}),
});
const meeting = (groupId: string, meetingId: string, state: MeetingData['state']): MeetingData => ({
  meetingId,
  groupId,
  date: '2024-11-07',
  start: '12:00',
  end: '13:00',
  place: 'Teams',
  state,
  agenda: [],
  records: {},
  attendance: {},
});

describe('Cosmos (embedded server): people index and input windows', () => {
  let repos: Repositories;
  let close: () => Promise<void>;
  beforeAll(async () => ({ repos, close } = await embeddedStore()));
  afterAll(async () => close());

  it('PeopleRepository: create once, If-Match replace, keys with / ? and #', async () => {
    const key = 'name:a/b?c#d';
    const created = await repos.people.create({ key, memberships: [], updatedAt: NOW.toISOString() });
    expect(created).not.toBe(false);
    expect(await repos.people.create({ key, memberships: [], updatedAt: NOW.toISOString() })).toBe(false);
    if (created === false) throw new Error('not created');
    const replaced = await repos.people.replace({ ...created.value, name: 'X' }, created.etag);
    expect((await repos.people.get(key))?.value).toEqual({ key, memberships: [], name: 'X', updatedAt: NOW.toISOString() });
    await expect(repos.people.replace({ ...created.value, name: 'Y' }, created.etag)).rejects.toBeInstanceOf(ConflictError);
    expect(replaced.etag).not.toBe(created.etag);
    expect(await repos.people.get('name:nobody')).toBeUndefined();
  });

  it('indexes a roster by name and e-mail, merges groups, and writes nothing on a repeat', async () => {
    const karl = member('Kjell Jøran', 'Tveter', 'Horten kommune', 'kjt@horten.kommune.no');
    await indexRoster(repos, 'g-1', [karl, member('Cecilie', 'Hårstøl', 'Lørenskog kommune')], NOW);
    await indexRoster(repos, 'g-2', [{ ...karl, organization: 'Vestfold' }], NOW);
    const byName = await repos.people.get(nameKey('kjell jøran  TVETER'));
    expect(byName?.value.memberships.map((m) => `${m.groupId}:${m.organization}`)).toEqual(['g-1:Horten kommune', 'g-2:Vestfold']);
    expect((await repos.people.get(emailKey('KJT@horten.kommune.no')))?.value.memberships).toHaveLength(2);
    const etag = byName?.etag;
    await indexRoster(repos, 'g-1', [karl, member('Cecilie', 'Hårstøl', 'Lørenskog kommune')], NOW);
    expect((await repos.people.get(nameKey('Kjell Jøran Tveter')))?.etag).toBe(etag);
  });

  it('links a Teams user on first contact (e-mail, else name) in documents of their own: the roster is not rewritten', async () => {
    const camilla = member('Cecilie', 'Hårstøl', 'Lørenskog kommune');
    const roster = await repos.rosters.put('g-3', [camilla]);
    await repos.groups.create({ groupId: 'g-3', name: 'G3', homeConversationId: 'c-3', roles: {}, createdAt: NOW.toISOString() });
    await indexRoster(repos, 'g-3', [camilla], NOW);
    const directory = { addressesOfSender: async () => ['unknown@x.no'] };
    const actor = (aadObjectId: string, name: string) => ({ aadObjectId, name, userId: `29:${aadObjectId}`, locale: 'nb' as const });
    const found = await identify(repos, actor('aad-c', 'Hårstøl, Cecilie'), NOW, { ports: { directory } });
    expect(found.person?.value.memberships).toEqual(expect.arrayContaining([expect.objectContaining({ groupId: 'g-3', organization: 'Lørenskog kommune' })]));
    expect((await repos.people.get(linkKey('g-3', camilla.id)))?.value.link).toMatchObject({ aadObjectId: 'aad-c', by: 'name' });
    expect((await repos.rosters.get('g-3'))?.etag).toBe(roster.etag);
    expect((await repos.people.get(aadKey('aad-c')))?.value.name).toBe('Hårstøl, Cecilie');
    // Someone else with the same display name is not linked to a member already linked.
    const other = await identify(repos, actor('aad-z', 'Cecilie Hårstøl'), NOW);
    expect(other.person?.value.memberships.some((m) => m.groupId === 'g-3')).toBeFalsy();
    const stranger = await identify(repos, actor('aad-s', 'Ola Nordmann'), NOW);
    expect(stranger.person).toBeUndefined();
    // The same member claimed by two users at once: one link.
    const twin = member('Tone', 'Tvilling', 'Nes kommune');
    await repos.rosters.put('g-3', [camilla, twin], roster.etag);
    await indexRoster(repos, 'g-3', [camilla, twin], NOW);
    const both = await Promise.all(['aad-t1', 'aad-t2'].map((id) => identify(repos, actor(id, 'Tone Tvilling'), NOW)));
    expect(both.filter((b) => b.person?.value.memberships.length)).toHaveLength(1);
  });

  it('keeps the group windows list: derived lazily from the meetings, then kept by syncInputWindow', async () => {
    await repos.meetings.create(meeting('g-4', 'w-1', 'notice-published'));
    await repos.meetings.create(meeting('g-4', 'w-0', 'draft'));
    expect((await windowsOfGroup(repos, 'g-4', NOW)).map((w) => w.meetingId)).toEqual(['w-1']);
    expect((await repos.inputWindows.get('g-4'))?.value.explicit).toBe(false);
    await syncInputWindow(repos, { ...meeting('g-4', 'w-1', 'in-progress'), inputDeadline: '2024-11-10T12:00:00.000Z' }, NOW);
    const saved = await repos.inputWindows.get('g-4');
    expect(saved?.value).toMatchObject({ explicit: true, meetings: [{ meetingId: 'w-1', state: 'in-progress', inputDeadline: '2024-11-10T12:00:00.000Z' }] });
    await syncInputWindow(repos, { ...meeting('g-4', 'w-1', 'in-progress'), inputDeadline: '2024-11-10T12:00:00.000Z' }, NOW);
    expect((await repos.inputWindows.get('g-4'))?.etag).toBe(saved?.etag);
    await expect(repos.inputWindows.put({ groupId: 'g-4', meetings: [], explicit: true, refreshedAt: NOW.toISOString() })).rejects.toBeInstanceOf(
      ConflictError,
    );
  });

  it('keeps every group in the one windows document: groups never overwrite each other, a stale version is a ConflictError, and a person and the windows come back in one request', async () => {
    await syncInputWindow(repos, meeting('g-5', 'w-5', 'notice-published'), NOW);
    await syncInputWindow(repos, meeting('g-6', 'w-6', 'notice-published'), NOW);
    // Both groups at once: each write is If-Match on the shared document, a lost race retries.
    await Promise.all([syncInputWindow(repos, meeting('g-5', 'w-5', 'in-progress'), NOW), syncInputWindow(repos, meeting('g-6', 'w-6', 'in-progress'), NOW)]);
    const g5 = await repos.inputWindows.get('g-5');
    expect(g5?.value.meetings.map((w) => [w.meetingId, w.state])).toEqual([['w-5', 'in-progress']]);
    expect((await repos.inputWindows.get('g-6'))?.value.meetings.map((w) => [w.meetingId, w.state])).toEqual([['w-6', 'in-progress']]);
    await syncInputWindow(repos, meeting('g-6', 'w-6', 'ended'), NOW);
    await expect(repos.inputWindows.put({ ...g5!.value, meetings: [] }, g5!.etag)).rejects.toBeInstanceOf(ConflictError);
    expect((await repos.inputWindows.get('g-5'))?.value.meetings).toHaveLength(1);

    await repos.people.create({
      key: 'aad:aad-w',
      memberships: [{ groupId: 'g-5', memberId: 'm-w', name: 'W', organization: 'Org W' }],
      updatedAt: NOW.toISOString(),
    });
    const both = await repos.people.getWithWindows('aad:aad-w');
    expect(both.person?.value.memberships[0].groupId).toBe('g-5');
    expect(both.windows['g-5']?.value.meetings[0].meetingId).toBe('w-5');
    expect(both.windows['g-6']?.value.meetings[0].state).toBe('ended');
    const nobody = await repos.people.getWithWindows('aad:nobody');
    expect(nobody.person).toBeUndefined();
    expect(Object.keys(nobody.windows)).toEqual(expect.arrayContaining(['g-4', 'g-5', 'g-6']));
  });
});
