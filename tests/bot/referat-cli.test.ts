import { execFile } from 'node:child_process';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { groupIdFor } from '../../src/app/groups';
import { readZip } from '../fixtures/read-zip';
import { CHAIR, startBotForTest } from '../helpers/bot-client';

const CHAT = { id: '19:cli-chat@thread.v2', type: 'groupChat' as const };
const run = (args: string[], env: Record<string, string>) =>
  new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    // npm test builds dist/ first (scripts/test.sh).
    execFile(process.execPath, [path.join(__dirname, '../../dist/scripts/referat.js'), ...args], { env: { ...process.env, ...env } }, (err, stdout, stderr) =>
      resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });

describe('npm run referat (command line for the secretariat)', () => {
  it("writes a meeting's referat from the local store snapshot without changing it", async () => {
    const bot = await startBotForTest();
    await bot.say(CHAT, CHAIR, 'ny gruppe Faggruppe Æøå');
    await bot.running.repositories.meetings.create({
      meetingId: 'mt-cli',
      groupId: groupIdFor(CHAT.id),
      date: '2024-11-07',
      start: '12:00',
      end: '13:00',
      place: 'Teams',
      state: 'ended',
      agenda: [{ number: 1, title: 'Eventuelt', subPoints: [], kind: 'other-business' }],
      records: {},
      attendance: {},
    });
    await bot.running.repositories.meetings.create({
      meetingId: 'mt-cli-locked',
      groupId: groupIdFor(CHAT.id),
      date: '2024-09-12',
      start: '12:00',
      end: '13:00',
      place: 'Teams',
      state: 'locked',
      agenda: [{ number: 1, title: 'Eventuelt', subPoints: [], kind: 'other-business' }],
      records: {},
      attendance: {},
    });
    await bot.close();
    const snapshot = path.join(bot.dataDir, 'store-snapshot.json');
    const before = (await stat(snapshot)).mtimeMs;
    const out = path.join(bot.dataDir, 'referat.md');
    const ok = await run(['--meeting', 'mt-cli', '--format', 'md', '--out', out], { REFERENT_DATA_DIR: bot.dataDir, LOG_LEVEL: 'silent' });
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    const text = await readFile(out, 'utf8');
    expect(text).toContain('Referat fra møte i Faggruppe Æøå');
    expect(text).toContain('Ingen saker.');
    expect((await stat(snapshot)).mtimeMs).toBe(before);

    const pdfOut = path.join(bot.dataDir, 'referat.pdf');
    const pdf = await run(['--meeting', 'mt-cli', '--format', 'pdf', '--out', pdfOut], { REFERENT_DATA_DIR: bot.dataDir, LOG_LEVEL: 'silent' });
    expect(pdf.stderr).toBe('');
    expect(pdf.stdout).toContain('referat-2024-11-07.pdf');
    const body = await readFile(pdfOut);
    expect(body.subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');
    expect(body.toString('utf8')).toContain('<pdfaid:conformance>A</pdfaid:conformance>');

    const zipOut = path.join(bot.dataDir, 'arkiv.zip');
    const unlocked = await run(['--meeting', 'mt-cli', '--format', 'archive', '--out', zipOut], { REFERENT_DATA_DIR: bot.dataDir, LOG_LEVEL: 'silent' });
    expect(unlocked.code).toBe(1);
    expect(unlocked.stderr).toContain('not locked');
    const archive = await run(['--meeting', 'mt-cli-locked', '--format', 'archive', '--out', zipOut], { REFERENT_DATA_DIR: bot.dataDir, LOG_LEVEL: 'silent' });
    expect(archive.stderr).toBe('');
    expect(archive.stdout).toContain('referat-2024-09-12-arkiv.zip');
    const files = readZip(await readFile(zipOut));
    expect([...files.keys()]).toEqual(['referat.pdf', 'metadata.json', 'metadata.xml']);
    expect(JSON.parse(files.get('metadata.json')!.toString('utf8'))).toMatchObject({ møtenummer: '2024-01', utvalg: 'Faggruppe Æøå', møtedato: '2024-09-12' });

    const missing = await run(['--meeting', 'nope', '--out', out], { REFERENT_DATA_DIR: bot.dataDir });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('No meeting with id nope');
    const usage = await run(['--format', 'pdf'], { REFERENT_DATA_DIR: bot.dataDir });
    expect(usage.stderr).toContain('usage: npm run referat');
  });
});
