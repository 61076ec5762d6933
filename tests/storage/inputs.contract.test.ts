import type { InputRepository } from '../../src/app/ports';
import type { Input } from '../../src/domain/meeting-types';
import { ConflictError } from '../../src/app/ports';
import { embeddedStore } from './fixture';

const input = (organization: string, text: string, receipts: string[] = []): Input => ({
  meetingId: 'mtg-c',
  organization,
  text,
  authorName: 'Kjell Jøran Tveter',
  enteredBySecretariat: false,
  received: 'before',
  updatedAt: '2024-11-01T09:00:00.000Z',
  receipts,
});

describe('Cosmos (embedded server): InputRepository contract (round-table input)', () => {
  let inputs: InputRepository;
  let close: () => Promise<void>;
  beforeAll(async () => {
    const s = await embeddedStore();
    inputs = s.repos.inputs;
    close = s.close;
  });
  afterAll(async () => close());

  it('createOrGet: one input per organization and meeting; a second answers the stored one (with its etag), which stays', async () => {
    const first = await inputs.createOrGet(input('Horten kommune', 'Første', ['act-1']));
    expect(first.created).toBe(true);
    expect(first.existing?.value).toMatchObject({ organization: 'Horten kommune', text: 'Første', receipts: ['act-1'] });
    const second = await inputs.createOrGet(input('horten  Kommune', 'Andre', ['act-2']));
    expect(second.created).toBe(false);
    expect(second.existing?.value).toMatchObject({ text: 'Første', receipts: ['act-1'] });
    expect(second.existing?.etag).toBe(first.existing?.etag);
    expect(second.existing?.value).not.toHaveProperty('_etag');
    expect(second.existing?.value).not.toHaveProperty('id');
    expect((await inputs.get('mtg-c', 'Horten kommune'))?.value).toMatchObject({ text: 'Første', receipts: ['act-1'] });
  });

  it('20 concurrent creates of the same delivery store exactly one; every caller sees it', async () => {
    const results = await Promise.all(Array.from({ length: 20 }, () => inputs.createOrGet(input('Lørenskog kommune', 'Planhåndboka', ['act-9']))));
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(results.every((r) => r.existing?.value.text === 'Planhåndboka')).toBe(true);
    expect((await inputs.listByMeeting('mtg-c')).filter((c) => c.organization === 'Lørenskog kommune')).toHaveLength(1);
  });

  it('replace with If-Match; a stale etag is a ConflictError; delete then create again', async () => {
    const current = await inputs.get('mtg-c', 'Horten kommune');
    await inputs.put({ ...current!.value, text: 'Endret' }, current!.etag);
    await expect(inputs.put({ ...current!.value, text: 'Tapt' }, current!.etag)).rejects.toBeInstanceOf(ConflictError);
    expect((await inputs.get('mtg-c', 'Horten kommune'))?.value.text).toBe('Endret');
    expect(await inputs.delete('mtg-c', 'Horten kommune')).toBe(true);
    expect(await inputs.delete('mtg-c', 'Horten kommune')).toBe(false);
    expect((await inputs.createOrGet(input('Horten kommune', 'Ny'))).created).toBe(true);
    expect((await inputs.listByMeeting('mtg-c')).map((c) => c.organization).sort()).toEqual(['Horten kommune', 'Lørenskog kommune']);
  });

  it('revise: changes the named fields of exactly that version and adds a receipt; a stale etag or a missing input changes nothing', async () => {
    await inputs.createOrGet({ ...input('Asker kommune', 'Første', ['act-a']), groupId: 'g-1', memberId: 'm-1' });
    const shown = (await inputs.get('mtg-c', 'Asker kommune'))!;
    const changes = {
      text: 'Første\n\nAndre',
      authorName: 'Ny Forfatter',
      authorAadObjectId: 'aad-2',
      enteredBySecretariat: false,
      received: 'during' as const,
      updatedAt: '2024-11-02T10:00:00.000Z',
    };
    const revised = await inputs.revise('mtg-c', 'Asker kommune', shown.etag, changes, 'act-b');
    expect(revised?.value).toEqual({ ...shown.value, ...changes, receipts: ['act-a', 'act-b'] });
    expect(revised?.etag).not.toBe(shown.etag);
    expect(await inputs.revise('mtg-c', 'Asker kommune', shown.etag, { ...changes, text: 'Tapt' }, 'act-c')).toBeUndefined();
    expect(await inputs.revise('mtg-c', 'Finnes ikke', shown.etag, changes, 'act-d')).toBeUndefined();
    expect((await inputs.get('mtg-c', 'Asker kommune'))?.value).toEqual(revised?.value);
  });

  it('listByMeetings: the input of exactly the named meetings in one query (search, #18 §3); none named: none', async () => {
    await inputs.put({ ...input('Nes kommune', 'I møte x'), meetingId: 'mtg-x' });
    await inputs.put({ ...input('Nes kommune', 'I møte y'), meetingId: 'mtg-y' });
    await inputs.put({ ...input('Nes kommune', 'I møte z'), meetingId: 'mtg-z' });
    const found = await inputs.listByMeetings(['mtg-x', 'mtg-z']);
    expect(found.map((c) => c.text).sort()).toEqual(['I møte x', 'I møte z']);
    expect(found[0]).not.toHaveProperty('id');
    expect(await inputs.listByMeetings([])).toEqual([]);
  });
});
