import { createHash } from 'node:crypto';
import {
  ConflictError,
  type InputWindowRepository,
  type InputWindows,
  type PeopleRepository,
  type PersonRecord,
  type Versioned,
} from '../../app/ports';
import { Documents, strip } from './documents';

/*
 * people  pk /key : one document per key, id derived from the key ('aad:<id>', 'name:<normalized name>',
 *                   'email:<address>'); the aad: document also holds the personal chat reference and
 *                   the pending input draft, so an input message in personal chat reads one document.
 * groups  pk /groupId : 'windows', the group's meetings with an input window (see src/app/contributions.ts).
 */

type PersonDoc = PersonRecord & { id: string; type: 'person' };
type WindowsDoc = InputWindows & { id: 'windows'; type: 'input-windows' };

/** Cosmos ids may not hold '/', '\\', '?' or '#', and names may be long: hash those. */
export function personDocId(key: string): string {
  return /[/\\?#]/.test(key) || key.length > 200 ? 'p:' + createHash('sha256').update(key).digest('hex') : key;
}

function toPerson(v: Versioned<PersonDoc>): Versioned<PersonRecord> {
  const { id: _id, type: _type, ...person } = strip<PersonDoc>(v.value);
  return { value: person, etag: v.etag };
}

function toWindows(v: Versioned<WindowsDoc>): Versioned<InputWindows> {
  const { id: _id, type: _type, ...windows } = strip<WindowsDoc>(v.value);
  return { value: windows, etag: v.etag };
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
}

export class CosmosInputWindows implements InputWindowRepository {
  constructor(private readonly docs: Documents) {}
  async get(groupId: string) {
    const found = await this.docs.read<WindowsDoc>('windows', groupId);
    return found && toWindows(found);
  }
  async put(windows: InputWindows, etag?: string) {
    const doc: WindowsDoc = { ...windows, id: 'windows', type: 'input-windows' };
    if (etag) return toWindows(await this.docs.replace(doc, windows.groupId, etag));
    const created = await this.docs.create(doc);
    if (created === false) throw new ConflictError(`input windows of ${windows.groupId}`);
    return toWindows(created);
  }
}
