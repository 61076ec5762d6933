import { createHash } from 'node:crypto';
import type { Input } from '../../src/domain/meeting-types';
import { migrateInputIds } from '../../src/persistence/cosmos/migrate';
import { inputId } from '../../src/persistence/cosmos/repositories';
import { embeddedStore } from './fixture';

/** The id rule before keys.ts: trim, case, runs of spaces; no NFC, no end punctuation, spaces beside "/" counted. */
const legacyId = (organization: string) =>
  'input:' + createHash('sha256').update(organization.trim().toLocaleLowerCase('nb').replace(/\s+/g, ' ')).digest('hex').slice(0, 24);

const input = (meetingId: string, organization: string, text: string, updatedAt: string, extra: Partial<Input> = {}): Input => ({
  meetingId,
  organization,
  text,
  authorName: 'Ada Lovlien',
  enteredBySecretariat: false,
  received: 'before',
  updatedAt,
  ...extra,
});

describe('migration of stored input ids to orgKey (embedded Cosmos server)', () => {
  let s: Awaited<ReturnType<typeof embeddedStore>>;
  beforeAll(async () => {
    s = await embeddedStore();
  });
  afterAll(async () => s.close());

  it('rewrites old ids, merges two inputs that now share one id, keeps everything, and a second run changes nothing', async () => {
    const stored: Input[] = [
      input('mt-a', 'Nes kommune', 'Første fra Nes', '2024-11-01T08:00:00Z', { receipts: ['act-1'] }),
      input('mt-a', 'Nes  kommune.', 'Andre fra Nes', '2024-11-02T08:00:00Z', { received: 'after', enteredBySecretariat: true, receipts: ['act-2'] }),
      input('mt-a', 'Asker / Bærum kommune', 'Fornebu', '2024-11-01T09:00:00Z'),
      input('mt-a', 'Nes kommune (Buskerud)', 'Ikke samme Nes', '2024-11-01T10:00:00Z'),
      input('mt-b', 'Lørenskog kommune', 'Allerede riktig id', '2024-11-01T11:00:00Z'),
      input('mt-b', 'Horten kommune,', 'Låst og slettet', '2024-11-01T12:00:00Z', { restricted: '2024-12-01T00:00:00Z' }),
      input('mt-b', 'Horten kommune', 'Synlig', '2024-11-02T12:00:00Z'),
    ];
    for (const c of stored) await s.store.containers.meetings.items.create({ ...c, id: legacyId(c.organization), type: 'contribution' });
    const before = await s.store.containers.meetings.items.query("SELECT c.id FROM c WHERE c.type = 'contribution'").fetchAll();
    expect(before.resources).toHaveLength(7);

    const first = await migrateInputIds(s.store);
    expect(first).toEqual({ moved: 2, merged: 1, keptApart: 1 }); // Asker / Bærum and (Buskerud) moved, «Nes  kommune.» merged
    const second = await migrateInputIds(s.store);
    expect(second).toEqual({ moved: 0, merged: 0, keptApart: 1 });

    const nes = (await s.repos.inputs.get('mt-a', 'Nes kommune'))?.value;
    expect(nes?.text).toBe('Første fra Nes\n\nAndre fra Nes');
    expect(nes).toMatchObject({ received: 'before', enteredBySecretariat: true, updatedAt: '2024-11-02T08:00:00Z', receipts: ['act-1', 'act-2'] });
    expect((await s.repos.inputs.get('mt-a', 'Nes  kommune.'))?.value.text).toBe(nes?.text);
    expect((await s.repos.inputs.get('mt-a', 'Asker/Bærum kommune'))?.value.text).toBe('Fornebu');
    expect((await s.repos.inputs.get('mt-a', 'Nes kommune (Buskerud)'))?.value.text).toBe('Ikke samme Nes');
    expect((await s.repos.inputs.get('mt-b', 'Lørenskog kommune'))?.value.text).toBe('Allerede riktig id');

    const all = [...(await s.repos.inputs.listByMeeting('mt-a')), ...(await s.repos.inputs.listByMeeting('mt-b'))];
    const texts = all.map((c) => c.text).join('\n');
    for (const c of stored) expect(texts).toContain(c.text); // nothing lost
    expect(all).toHaveLength(6);
    const ids = await s.store.containers.meetings.items
      .query<{ id: string; organization: string; restricted?: string }>("SELECT c.id, c.organization, c.restricted FROM c WHERE c.type = 'contribution'")
      .fetchAll();
    // Every id is the new one but the restricted input kept apart beside a visible one of its organization.
    for (const d of ids.resources) expect(d.id === inputId(d.organization) || d.restricted).toBeTruthy();
    expect(ids.resources.filter((d) => d.id !== inputId(d.organization))).toEqual([expect.objectContaining({ organization: 'Horten kommune,' })]);
  });

  it('finishes a run cut between copy and delete without doubling the text', async () => {
    const old = input('mt-c', 'Moss kommune.', 'Havna', '2024-11-01T08:00:00Z');
    await s.store.containers.meetings.items.create({ ...old, id: legacyId(old.organization), type: 'contribution' });
    await s.store.containers.meetings.items.create({ ...old, id: inputId(old.organization), type: 'contribution' }); // the copy made before the crash
    expect(await migrateInputIds(s.store)).toEqual({ moved: 0, merged: 0, keptApart: 1 }); // only the Horten pair of the first test
    const left = await s.repos.inputs.listByMeeting('mt-c');
    expect(left.map((c) => c.text)).toEqual(['Havna']);
  });
});
