import { createHash } from 'node:crypto';
import {
  ConflictError,
  type InputWindowRepository,
  type InputWindows,
  type PeopleRepository,
  type PersonRecord,
  type Versioned,
  type WindowsByGroup,
} from '../../app/ports';
import { Documents, strip } from './documents';

/*
 * people  pk /key : one document per key, id derived from the key ('aad:<id>', 'name:<normalized name>',
 *                   'email:<address>'); the aad: document also holds the personal chat reference and
 *                   the pending input draft, so an input message in personal chat reads one document.
 *                   Also 'windows' (key 'windows'): every group's meetings with an input window, in one
 *                   document beside the people records, so a personal-chat turn reads the person and
 *                   the windows in one request (src/app/input-windows.ts). Written only when a meeting's
 *                   state, time or deadline changes (If-Match; the rare race between groups retries).
 */

type PersonDoc = PersonRecord & { id: string; type: 'person' };
type WindowsDoc = { id: typeof WINDOWS; key: typeof WINDOWS; type: 'input-windows'; groups: Record<string, InputWindows> };
const WINDOWS = 'windows';

/** Cosmos ids may not hold '/', '\\', '?' or '#', and names may be long: hash those. */
export function personDocId(key: string): string {
  return /[/\\?#]/.test(key) || key.length > 200 ? 'p:' + createHash('sha256').update(key).digest('hex') : key;
}

function toPerson(v: Versioned<PersonDoc>): Versioned<PersonRecord> {
  const { id: _id, type: _type, ...person } = strip<PersonDoc>(v.value);
  return { value: person, etag: v.etag };
}

function byGroup(doc: Versioned<WindowsDoc> | undefined): WindowsByGroup {
  const out: WindowsByGroup = {};
  for (const [groupId, windows] of Object.entries(doc?.value.groups ?? {})) out[groupId] = { value: windows, etag: doc!.etag };
  return out;
}

export class CosmosPeople implements PeopleRepository {
  constructor(private readonly docs: Documents) {}
  async get(key: string) {
    const found = await this.docs.read<PersonDoc>(personDocId(key), key);
    return found && toPerson(found);
  }
  async create(person: PersonRecord) {
    const created = await this.docs.create<PersonDoc>({ ...person, id: personDocId(person.key), type: 'person' });
    return created === false ? false : toPerson(created);
  }
  async replace(person: PersonRecord, etag: string) {
    return toPerson(await this.docs.replace<PersonDoc>({ ...person, id: personDocId(person.key), type: 'person' }, person.key, etag));
  }
  async delete(key: string) {
    return this.docs.delete(personDocId(key), key);
  }
  async getMany(keys: string[]) {
    const out: (Versioned<PersonRecord> | undefined)[] = [];
    // A bulk request takes at most 100 operations.
    for (let i = 0; i < keys.length; i += 100) {
      const found = await this.docs.readMany<PersonDoc>(keys.slice(i, i + 100).map((key) => ({ id: personDocId(key), partitionKey: key })));
      out.push(...found.map((f) => f && toPerson(f)));
    }
    return out;
  }
  async getWithWindows(key: string) {
    const [person, windows] = await this.docs.readMany<PersonDoc | WindowsDoc>([
      { id: personDocId(key), partitionKey: key },
      { id: WINDOWS, partitionKey: WINDOWS },
    ]);
    return { person: person && toPerson(person as Versioned<PersonDoc>), windows: byGroup(windows as Versioned<WindowsDoc> | undefined) };
  }
}

/** One group's entry in the windows document; its etag is the whole document's (If-Match on put). */
export class CosmosInputWindows implements InputWindowRepository {
  constructor(private readonly docs: Documents) {}
  async get(groupId: string) {
    return byGroup(await this.docs.read<WindowsDoc>(WINDOWS, WINDOWS))[groupId];
  }
  async put(windows: InputWindows, etag?: string) {
    const current = await this.docs.read<WindowsDoc>(WINDOWS, WINDOWS);
    const groups = { ...(current?.value.groups ?? {}) };
    // Without etag: create this group's entry; with one: the document must still be the version read.
    if (etag ? current?.etag !== etag || !groups[windows.groupId] : groups[windows.groupId]) throw new ConflictError(`input windows of ${windows.groupId}`);
    groups[windows.groupId] = windows;
    const doc: WindowsDoc = { id: WINDOWS, key: WINDOWS, type: 'input-windows', groups };
    let saved: Versioned<WindowsDoc>;
    if (current) saved = await this.docs.replace(doc, WINDOWS, current.etag);
    else {
      const created = await this.docs.create(doc);
      if (created === false) throw new ConflictError(`input windows of ${windows.groupId}`);
      saved = created;
    }
    return { value: windows, etag: saved.etag };
  }
}
