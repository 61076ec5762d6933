import { loadConfig } from '../../src/config';
import { newApproval } from '../../src/domain/approval';
import type { Input, MeetingData } from '../../src/domain/meeting-types';
import { attendanceOf, draftExpired, isOwnInput, restricted, withoutAttendance, withoutVote } from '../../src/domain/personal-data';
import { assembleReferat } from '../../src/domain/referat-assembly';
import { SEED_SECRETARIAT, seedInputs, seedGroup, seedMeeting, seedRoster } from '../fixtures/referat-seed-000';

const NOW = new Date('2026-11-23T12:00:00Z');
const AUD = { memberId: 'm-aud-hetle', aadObjectId: 'aad-anne' };
const input = (over: Partial<Input> = {}): Input => ({
  meetingId: 'm1',
  organization: 'Kongsvingerregionen',
  text: 'Tekst',
  authorName: 'Aud Hetle',
  authorAadObjectId: 'aad-anne',
  enteredBySecretariat: false,
  received: 'before',
  updatedAt: NOW.toISOString(),
  memberId: 'm-aud-hetle',
  ...over,
});

describe('personal data rules', () => {
  it('a draft is kept for the retention period and dropped after it', () => {
    const daysAgo = (d: number) => ({ createdAt: new Date(NOW.getTime() - d * 86400_000).toISOString() });
    expect(draftExpired(daysAgo(29.9), NOW, 30)).toBe(false);
    expect(draftExpired(daysAgo(30.1), NOW, 30)).toBe(true);
    expect(draftExpired(daysAgo(2), NOW, 1)).toBe(true);
    expect(draftExpired({ createdAt: 'not a date' }, NOW, 30)).toBe(true);
  });

  it('own input is what the person wrote, not a colleague’s or the secretariat’s for the organization', () => {
    expect(isOwnInput(input(), AUD)).toBe(true);
    expect(isOwnInput(input({ authorAadObjectId: 'aad-colleague', memberId: 'm-colleague' }), AUD)).toBe(false);
    expect(isOwnInput(input({ enteredBySecretariat: true, authorAadObjectId: 'aad-sec' }), AUD)).toBe(false);
    expect(isOwnInput(input({ authorAadObjectId: undefined }), AUD)).toBe(true);
  });

  it('removes only the person’s attendance entries and vote; unchanged gives undefined', () => {
    const meeting = {
      attendance: {
        'm-aud-hetle': { name: 'Aud Hetle', organization: 'K', status: 'present', secretariat: false },
        'm-dag': { name: 'Didrik', organization: 'D', status: 'apologies', secretariat: false },
      },
    } as unknown as MeetingData;
    expect(attendanceOf(meeting, AUD)).toHaveLength(1);
    expect(Object.keys(withoutAttendance(meeting, AUD)!.attendance)).toEqual(['m-dag']);
    expect(withoutAttendance(withoutAttendance(meeting, AUD)!, AUD)).toBeUndefined();
    const approval = newApproval({
      meetingId: 'm1',
      groupId: 'g',
      item: 1,
      kind: 'approve-notice',
      title: 't',
      meetingDate: '2026-11-23',
      locale: 'nb',
      createdAt: NOW.toISOString(),
    });
    approval.votes = {
      'm-aud-hetle': { choice: 'remark', comment: 'x', name: 'Aud Hetle', organization: 'K', userId: 'u', at: '' },
      'm-dag': { choice: 'approve', name: 'Didrik', organization: 'D', userId: 'd', at: '' },
    };
    expect(Object.keys(withoutVote(approval, AUD)!.votes)).toEqual(['m-dag']);
    expect(withoutVote(withoutVote(approval, AUD)!, AUD)).toBeUndefined();
  });

  it('restricting keeps the text and the first restriction date', () => {
    const once = restricted(input(), NOW);
    expect(once).toMatchObject({ text: 'Tekst', restricted: NOW.toISOString() });
    expect(restricted(once, new Date('2030-01-01'))).toBe(once);
  });

  it('a restricted input is left out of the assembled referat', () => {
    const inputs = seedInputs();
    const all = JSON.stringify(
      assembleReferat({ group: seedGroup(), meeting: seedMeeting(), roster: seedRoster(), inputs, secretariatNames: SEED_SECRETARIAT }),
    );
    const [first, ...rest] = inputs;
    expect(all).toContain(first.text.trim().slice(0, 30));
    const without = JSON.stringify(
      assembleReferat({
        group: seedGroup(),
        meeting: seedMeeting(),
        roster: seedRoster(),
        inputs: [restricted(first, NOW), ...rest],
        secretariatNames: SEED_SECRETARIAT,
      }),
    );
    expect(without).not.toContain(first.text.trim().slice(0, 30));
  });

  it('DRAFT_RETENTION_DAYS: default 30, a whole number of at least 1', () => {
    expect(loadConfig({}).draftRetentionDays).toBe(30);
    expect(loadConfig({ DRAFT_RETENTION_DAYS: '7' }).draftRetentionDays).toBe(7);
    for (const bad of ['0', '-3', '2.5', 'tretti']) expect(() => loadConfig({ DRAFT_RETENTION_DAYS: bad })).toThrow(/DRAFT_RETENTION_DAYS/);
  });
});
