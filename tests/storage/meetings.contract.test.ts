import { ConflictError, type InputRepository, type MeetingRepository } from '../../src/app/ports';
import type { Input, MeetingData } from '../../src/domain/meeting-types';
import { embeddedStore } from './fixture';

function meetingContract(name: string, open: () => Promise<{ meetings: MeetingRepository; inputs: InputRepository; close(): Promise<void> }>) {
  describe(`${name}: MeetingRepository and InputRepository contract`, () => {
    let meetings: MeetingRepository;
    let inputs: InputRepository;
    let close: () => Promise<void>;
    beforeAll(async () => ({ meetings, inputs, close } = await open()));
    afterAll(async () => close());

    const meeting = (id: string, groupId: string, date: string): MeetingData => ({
      meetingId: id,
      groupId,
      date,
      start: '12:00',
      end: '13:00',
      place: 'Oslo rådhus',
      state: 'draft',
      agenda: [],
      records: {},
      attendance: {},
    });
    const input = (org: string, text: string): Input => ({
      meetingId: 'mt-1',
      organization: org,
      text,
      authorName: 'Ola Nordmann',
      enteredBySecretariat: false,
      received: 'before',
      updatedAt: '2026-11-23T09:00:00.000Z',
    });

    it('creates, reads and replaces a meeting with If-Match', async () => {
      expect(await meetings.get('mt-1')).toBeUndefined();
      expect(await meetings.create(meeting('mt-1', 'g-a', '2026-12-03'))).toBe(true);
      expect(await meetings.create(meeting('mt-1', 'g-a', '2026-12-03'))).toBe(false);
      const read = (await meetings.get('mt-1'))!;
      const saved = await meetings.replace({ ...read.value, state: 'notice-published' }, read.etag);
      expect(saved.value.state).toBe('notice-published');
      await expect(meetings.replace({ ...read.value, state: 'ended' }, read.etag)).rejects.toBeInstanceOf(ConflictError);
    });

    it("lists a group's meetings oldest first and only that group's", async () => {
      await meetings.create(meeting('mt-0', 'g-a', '2026-09-12'));
      await meetings.create(meeting('mt-x', 'g-b', '2026-10-01'));
      const list = await meetings.listByGroup('g-a');
      expect(list.map((m) => m.meetingId)).toEqual(['mt-0', 'mt-1']);
      expect(list[0]).not.toHaveProperty('_etag');
    });

    it('keeps one input per organization per meeting', async () => {
      const a = await inputs.put(input('Bærum kommune', 'Første'));
      await inputs.put(input('Asker/Bærum kommune', 'Skråstrek i navnet'));
      const replaced = await inputs.put(input('Bærum kommune', 'Andre'), a.etag);
      expect(replaced.value.text).toBe('Andre');
      await expect(inputs.put(input('Bærum kommune', 'Stale'), a.etag)).rejects.toBeInstanceOf(ConflictError);
      expect((await inputs.get('mt-1', 'bærum  kommune'))?.value.text).toBe('Andre');
      const list = await inputs.listByMeeting('mt-1');
      expect(list.map((c) => c.organization).sort()).toEqual(['Asker/Bærum kommune', 'Bærum kommune']);
      expect(await inputs.listByMeeting('mt-0')).toEqual([]);
    });

    it('deletes an input once', async () => {
      expect(await inputs.delete('mt-1', 'Bærum kommune')).toBe(true);
      expect(await inputs.delete('mt-1', 'Bærum kommune')).toBe(false);
      expect(await inputs.get('mt-1', 'Bærum kommune')).toBeUndefined();
    });
  });
}

meetingContract('Cosmos (embedded server)', async () => {
  const s = await embeddedStore();
  return { meetings: s.repos.meetings, inputs: s.repos.inputs, close: s.close };
});
