import { mergeInputs } from '../../domain/input';
import type { Input } from '../../domain/meeting-types';
import { ConflictError } from '../../app/ports';
import type { CosmosStore } from './client';
import { Documents, strip } from './documents';
import { inputId } from './repositories';

// Stored input documents keep the type 'contribution' (see repositories.ts).
type InputDoc = Input & { id: string; type: 'contribution' };

export interface MigrationReport {
  /** Inputs whose id was rewritten to the one orgKey gives. */
  moved: number;
  /** Inputs whose new id was taken by another input of the same organization: texts merged. */
  merged: number;
  /** Left under their old id because exactly one of the two is restricted (see below). */
  keptApart: number;
}

/**
 * Rewrites input ids made before keys.ts ("Nes  kommune." and "Nes kommune" had two ids) to
 * orgKey's id. Runs at every start, for the local store and Azure alike, and is idempotent: a
 * document already under its id is not touched, so a second run reads one projection and writes
 * nothing. Copy first, delete after: a crash between the two leaves the copy, and the next run sees
 * the old text already inside it and only deletes. When the new id is taken, the two are merged
 * (mergeInputs: both texts kept). One case is left alone rather than lose anything: one of the two
 * restricted (erased by its author in locked minutes) and the other not. The old document is still
 * listed by listByMeeting and the referat groups it by the same key.
 */
export async function migrateInputIds(store: CosmosStore): Promise<MigrationReport> {
  const docs = new Documents(store.containers.meetings);
  const report: MigrationReport = { moved: 0, merged: 0, keptApart: 0 };
  const rows = await docs.query<{ id: string; meetingId: string; organization: string }>({
    query: "SELECT c.id, c.meetingId, c.organization FROM c WHERE c.type = 'contribution'",
  });
  for (const row of rows) {
    const id = inputId(row.organization);
    if (row.id === id) continue;
    const old = await docs.read<InputDoc>(row.id, row.meetingId);
    if (!old) continue; // moved by another instance meanwhile
    const { id: _old, ...value } = strip<InputDoc>(old.value);
    if (await docs.create<InputDoc>({ ...value, id })) {
      await docs.delete(row.id, row.meetingId);
      report.moved++;
      continue;
    }
    const outcome = await mergeInto(docs, id, value);
    if (outcome === 'kept-apart') report.keptApart++;
    else {
      await docs.delete(row.id, row.meetingId);
      if (outcome === 'merged') report.merged++;
    }
  }
  return report;
}

async function mergeInto(docs: Documents, id: string, value: Omit<InputDoc, 'id'>): Promise<'merged' | 'already-in' | 'kept-apart'> {
  for (let attempt = 0; ; attempt++) {
    const target = await docs.read<InputDoc>(id, value.meetingId);
    if (!target) throw new ConflictError(id); // deleted between create and read: the next start moves it
    const current = strip<InputDoc>(target.value);
    if (!!current.restricted !== !!value.restricted) return 'kept-apart';
    if (current.text.includes(value.text.trim())) return 'already-in';
    const merged = mergeInputs(current, value);
    try {
      await docs.replace<InputDoc>({ ...merged, id, type: 'contribution' }, value.meetingId, target.etag);
      return 'merged';
    } catch (err) {
      if (!(err instanceof ConflictError) || attempt >= 3) throw err;
    }
  }
}
