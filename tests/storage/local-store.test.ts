import { readFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { startLocalStore } from '../../src/persistence/local-store/local-store';
import { freePort } from '../../tools/free-port';
import { CONTAINERS, type ContainerName } from '../../src/persistence/cosmos/client';
import { embeddedStore } from './fixture';

describe('embedded local store schema', () => {
  it('creates every container with the partition key and the hash version 2 that infra/azure.bicep declares', async () => {
    const s = await embeddedStore();
    try {
      for (const name of Object.keys(CONTAINERS) as ContainerName[]) {
        const { resource } = await s.store.containers[name].read();
        expect({ name, partitionKey: resource?.partitionKey }).toEqual({ name, partitionKey: { paths: [CONTAINERS[name]], kind: 'Hash', version: 2 } });
      }
    } finally {
      await s.close();
    }
  });
});

describe('embedded local store snapshot', () => {
  it('keeps every group, roster and meeting across a stop and start', async () => {
    const first = await embeddedStore();
    await first.repos.groups.create({ groupId: 'g-keep', name: 'Faggruppe æøå', homeConversationId: '19:x', roles: {}, createdAt: '2026-11-23T09:00:00.000Z' });
    await first.repos.rosters.put('g-keep', [{ id: 'm-a', firstName: 'Åse', lastName: 'Ødegård', organization: 'Grue kommune' }]);
    await first.repos.meetings.create({
      meetingId: 'mt-keep',
      groupId: 'g-keep',
      date: '2026-12-03',
      start: '09:00',
      end: '11:00',
      place: 'Teams',
      state: 'draft',
      agenda: [],
      records: {},
      attendance: {},
    });
    await first.close();
    const snapshot = JSON.parse(await readFile(path.join(first.dataDir, 'store-snapshot.json'), 'utf8'));
    expect(snapshot.containers.groups).toHaveLength(2);

    const second = await embeddedStore(first.dataDir);
    try {
      expect((await second.repos.groups.get('g-keep'))?.value.name).toBe('Faggruppe æøå');
      expect((await second.repos.rosters.get('g-keep'))?.value[0].lastName).toBe('Ødegård');
      expect((await second.repos.meetings.get('mt-keep'))?.value.place).toBe('Teams');
      // A restored document takes a new etag and can be replaced with it.
      const g = (await second.repos.groups.get('g-keep'))!;
      await second.repos.groups.replace({ ...g.value, name: 'Ny' }, g.etag);
    } finally {
      await second.close();
    }
  });

  it('writes the snapshot shortly after a change, without waiting for close', async () => {
    const s = await embeddedStore();
    try {
      await s.repos.groups.create({ groupId: 'g-soon', name: 'Snart', homeConversationId: '19:y', roles: {}, createdAt: '2026-11-23T09:00:00.000Z' });
      const file = path.join(s.dataDir, 'store-snapshot.json');
      const deadline = Date.now() + 5000;
      let text = '';
      while (Date.now() < deadline && !text.includes('g-soon')) {
        await new Promise((r) => setTimeout(r, 100));
        text = await readFile(file, 'utf8').catch(() => '');
      }
      expect(text).toContain('g-soon');
    } finally {
      await s.close();
    }
  });

  it('refuses to start on a corrupt snapshot with a message that says what to do', async () => {
    const s = await embeddedStore();
    await s.close();
    const { writeFile } = await import('node:fs/promises');
    const file = path.join(s.dataDir, 'store-snapshot.json');
    await writeFile(file, '{not json');
    await expect(embeddedStore(s.dataDir)).rejects.toThrow(/snapshot .* at line 1, column 2\. It was moved to .*corrupt-.* Repair it/);
    // And it leaves nothing listening: the same port can be taken again at once.
    await writeFile(file, '{not json');
    const port = await freePort();
    await expect(startLocalStore({ dataDir: s.dataDir, port })).rejects.toThrow(/did not start/);
    const again = net.createServer();
    await new Promise<void>((resolve, reject) => again.once('error', reject).listen(port, '127.0.0.1', () => resolve()));
    await new Promise<void>((resolve) => again.close(() => resolve()));
  });
});
