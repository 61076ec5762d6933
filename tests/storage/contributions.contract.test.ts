import type { ContributionRepository } from '../../src/app/ports';
import type { Contribution } from '../../src/domain/meeting-types';
import { ConflictError } from '../../src/app/ports';
import { embeddedStore } from './fixture';

const input = (organization: string, text: string, receipts: string[] = []): Contribution => ({
  meetingId: 'mtg-c', organization, text, authorName: 'Karl Jørgen Tofte', enteredBySecretariat: false, received: 'before', updatedAt: '2024-11-01T09:00:00.000Z', receipts,
});

describe('Cosmos (embedded server): ContributionRepository contract (round-table input)', () => {
  let contributions: ContributionRepository;
  let close: () => Promise<void>;
  beforeAll(async () => {
    const s = await embeddedStore();
    contributions = s.repos.contributions;
    close = s.close;
  });
  afterAll(async () => close());

  it('create: one input per organization and meeting; a second create answers false (409), the first stays', async () => {
    expect(await contributions.create(input('Horten kommune', 'Første', ['act-1']))).not.toBe(false);
    expect(await contributions.create(input('horten  Kommune', 'Andre', ['act-2']))).toBe(false);
    expect((await contributions.get('mtg-c', 'Horten kommune'))?.value).toMatchObject({ text: 'Første', receipts: ['act-1'] });
  });

  it('20 concurrent creates of the same delivery store exactly one', async () => {
    const results = await Promise.all(Array.from({ length: 20 }, () => contributions.create(input('Lørenskog kommune', 'Planhåndboka', ['act-9']))));
    expect(results.filter((r) => r !== false)).toHaveLength(1);
    expect((await contributions.listByMeeting('mtg-c')).filter((c) => c.organization === 'Lørenskog kommune')).toHaveLength(1);
  });

  it('replace with If-Match; a stale etag is a ConflictError; delete then create again', async () => {
    const current = await contributions.get('mtg-c', 'Horten kommune');
    await contributions.put({ ...current!.value, text: 'Endret' }, current!.etag);
    await expect(contributions.put({ ...current!.value, text: 'Tapt' }, current!.etag)).rejects.toBeInstanceOf(ConflictError);
    expect((await contributions.get('mtg-c', 'Horten kommune'))?.value.text).toBe('Endret');
    expect(await contributions.delete('mtg-c', 'Horten kommune')).toBe(true);
    expect(await contributions.delete('mtg-c', 'Horten kommune')).toBe(false);
    expect(await contributions.create(input('Horten kommune', 'Ny'))).not.toBe(false);
    expect((await contributions.listByMeeting('mtg-c')).map((c) => c.organization).sort()).toEqual(['Horten kommune', 'Lørenskog kommune']);
  });
});
