import { BulkOperationType } from '@azure/cosmos';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { openCosmosStore, type CosmosStore } from '../../src/persistence/cosmos/client';
import { startLocalStore } from '../../src/persistence/local-store/local-store';
import { freePort } from '../../tools/free-port';
import { startStoreProcess, stopProcess } from '../helpers/processes';

/**
 * The local store's journal. The first case runs `npm run store` (dist/) and SIGKILLs it the moment
 * the last write is answered: before the journal, that lost everything of the last 300 ms.
 */
jest.setTimeout(60_000);

const tmp = () => mkdtemp(path.join(os.tmpdir(), 'referent-journal-'));
const ids = async (s: CosmosStore) => (await s.containers.groups.items.readAll().fetchAll()).resources.map((d) => `${d.id}:${d.name}`).sort();

describe('journal', () => {
  it('keeps every kind of answered write when the store process is SIGKILLed right after the answer', async () => {
    const dataDir = await tmp();
    const port = await freePort();
    let proc = await startStoreProcess(dataDir, port);
    let s = await openCosmosStore({ endpoint: proc.endpoint, key: proc.key, database: 'referent', local: true });
    try {
      const groups = s.containers.groups;
      await groups.items.create({ id: 'a', groupId: 'g', name: 'created' });
      await groups.items.upsert({ id: 'b', groupId: 'g', name: 'upserted' });
      const { resource: a } = await groups.item('a', 'g').read();
      await groups.item('a', 'g').replace({ ...a, name: 'replaced æøå' }, { accessCondition: { type: 'IfMatch', condition: a._etag } });
      await groups.item('b', 'g').patch([{ op: 'set', path: '/name', value: 'patched' }]);
      await groups.items.create({ id: 'c', groupId: 'h', name: 'deleted' });
      await groups.item('c', 'h').delete();
      await groups.items.bulk([
        { operationType: BulkOperationType.Create, resourceBody: { id: 'd', groupId: 'g', name: 'bulk' } },
        { operationType: BulkOperationType.Create, resourceBody: { id: 'e:1', groupId: 'h/x', name: 'bulk, then deleted' } },
        { operationType: BulkOperationType.Read, id: 'a', partitionKey: 'g' },
      ]);
      await groups.items.bulk([{ operationType: BulkOperationType.Delete, id: 'e:1', partitionKey: 'h/x' }]);
      proc.child.kill('SIGKILL');
      await proc.exited;
      s.client.dispose();

      proc = await startStoreProcess(dataDir, port);
      s = await openCosmosStore({ endpoint: proc.endpoint, key: proc.key, database: 'referent', local: true });
      expect(await ids(s)).toEqual(['a:replaced æøå', 'b:patched', 'd:bulk']);
    } finally {
      s.client.dispose();
      await stopProcess(proc, 'SIGKILL');
    }
  });

  it('replays journal lines over an older version-1 snapshot, and drops a torn last line', async () => {
    const dataDir = await tmp();
    const snapshot = {
      version: 1,
      savedAt: '2026-11-23T09:00:00.000Z',
      containers: {
        groups: [
          { id: 'a', groupId: 'g', name: 'from the snapshot' },
          { id: 'b', groupId: 'g', name: 'deleted later' },
        ],
      },
    };
    await writeFile(path.join(dataDir, 'store-snapshot.json'), JSON.stringify(snapshot));
    const lines = [
      { c: 'groups', op: 'upsert', doc: { id: 'a', groupId: 'g', name: 'from the journal', _etag: '"x"', _rid: 'r' } },
      { c: 'groups', op: 'delete', id: 'b', pk: 'g' },
      { c: 'groups', op: 'upsert', doc: { id: 'c', groupId: 'g', name: 'new' } },
    ];
    await writeFile(path.join(dataDir, 'store-journal-0.jsonl'), `${lines.map((l) => JSON.stringify(l)).join('\n')}\n{"c":"groups","op":"ups`);
    const store = await startLocalStore({ dataDir });
    const s = await openCosmosStore({ endpoint: store.endpoint, key: store.key, database: 'referent', local: true });
    try {
      expect(await ids(s)).toEqual(['a:from the journal', 'c:new']);
    } finally {
      s.client.dispose();
      await store.close();
    }
    // Start-up folded the journal into the snapshot and deleted it.
    const after = JSON.parse(await readFile(path.join(dataDir, 'store-snapshot.json'), 'utf8'));
    expect(after.containers.groups.map((d: { id: string }) => d.id).sort()).toEqual(['a', 'c']);
    expect((await readdir(dataDir)).filter((f) => f.startsWith('store-journal-0'))).toEqual([]);
  });

  it('refuses a journal with a corrupt line in the middle, naming the file and the line, and moves it aside', async () => {
    const dataDir = await tmp();
    const good = JSON.stringify({ c: 'groups', op: 'upsert', doc: { id: 'a', groupId: 'g', name: 'x' } });
    const file = path.join(dataDir, 'store-journal-3.jsonl');
    await writeFile(file, `${good}\n{"c":"groups",op:"upsert"}\n${good}\n`);
    const err = await startLocalStore({ dataDir }).then(
      () => undefined,
      (e: Error) => e,
    );
    expect(err?.message).toMatch(/line 2 of .*store-journal-3\.jsonl is not a journal entry \(Expected double-quoted property name/);
    const moved = (await readdir(dataDir)).find((f) => f.startsWith('store-journal-3.jsonl.corrupt-'));
    expect(err?.message).toContain(`It was moved to ${path.join(dataDir, moved ?? '?')}`);
    expect(await readFile(path.join(dataDir, moved!), 'utf8')).toContain('op:"upsert"');
  });
});

describe('corrupt snapshot', () => {
  it.each([
    [
      '{"version":1,"containers":{"groups":[{"id":"a"},\n{"id":"b" "x"}]}}',
      /is not valid JSON: Expected ',' or '}' after property value at line 2, column 11\./,
    ],
    ['{"version":1,"containers":{"groups":[null]}}', /is not a store snapshot: containers\.groups\[0\] is not a document with an id\./],
    ['null', /is not a store snapshot: it is not a JSON object\./],
    ['', /is not valid JSON: Unexpected end of JSON input at line 1, column 1\./],
  ])('%j is moved aside and the error names the file and the place', async (text, expected) => {
    const dataDir = await tmp();
    const file = path.join(dataDir, 'store-snapshot.json');
    await writeFile(file, text);
    const err = await startLocalStore({ dataDir }).then(
      () => undefined,
      (e: Error) => e,
    );
    expect(err?.message).toContain(`The local store snapshot ${file} is`);
    expect(err?.message).toMatch(expected);
    expect(err?.message).not.toMatch(/TypeError|\[object Object\]/);
    const moved = (await readdir(dataDir)).find((f) => /^store-snapshot\.json\.corrupt-\d{4}-\d\d-\d\dT[\d-]+Z$/.test(f));
    expect(err?.message).toContain(`It was moved to ${path.join(dataDir, moved ?? '?')} and the store did not start`);
    expect(await readFile(path.join(dataDir, moved!), 'utf8')).toBe(text);
    // Started again, it goes on without it, deliberately: the file is out of the way.
    const again = await startLocalStore({ dataDir });
    await again.close();
  });
});
