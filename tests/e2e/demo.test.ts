import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readZip } from '../fixtures/read-zip';

describe('npm run demo', () => {
  it('plays a whole meeting through the bot and writes the referat and innkalling in four formats', async () => {
    const out = await mkdtemp(path.join(os.tmpdir(), 'referent-demo-out-'));
    // npm test builds dist/ first (scripts/test.sh).
    const result = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) =>
      execFile(
        process.execPath,
        [path.join(__dirname, '../../dist/scripts/demo.js')],
        { env: { ...process.env, DEMO_OUT: out }, timeout: 90_000 },
        (err, stdout, stderr) => resolve({ code: err ? 1 : 0, stdout, stderr }),
      ),
    );
    expect(result.stderr).not.toMatch(/demo failed|"level":50/);
    expect(result.code).toBe(0);
    const md = await readFile(path.join(out, 'referat.md'), 'utf8');
    expect(md).toContain('# Referat fra møte i Osloregionens faggruppe for Nærings samarbeid');
    expect(md).toContain('| Didrik Aasland | Drammensregionen |');
    expect(md).toContain('Fra sekretariatet møtte');
    expect(md).toMatch(/\n\nInnkallingen ble godkjent/);
    expect(md).not.toContain('**Vedtak:**');
    expect(md).toMatch(/\n### (\S+ fra )?Drammensregionen:\n/); // «Didrik fra Drammensregionen:» (#17 §1.3)
    expect(md).toContain('(mottatt etter møtet)');
    expect(await readFile(path.join(out, 'innkalling.md'), 'utf8')).toContain('Inviterte');
    for (const kind of ['referat', 'innkalling']) {
      expect((await readFile(path.join(out, `${kind}.docx`))).subarray(0, 2).toString()).toBe('PK');
      expect(await readFile(path.join(out, `${kind}.html`), 'utf8')).toContain('<meta charset="utf-8">');
      expect((await readFile(path.join(out, `${kind}.pdf`))).subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');
    }
    // Locked, then packed for the archive: the PDF/A with its metadata.
    const pkg = readZip(await readFile(path.join(out, 'referat-arkiv.zip')));
    expect([...pkg.keys()]).toEqual(['referat.pdf', 'metadata.json', 'metadata.xml']);
    const meta = JSON.parse(pkg.get('metadata.json')!.toString('utf8'));
    expect(meta).toMatchObject({
      møtenummer: expect.stringMatching(/^\d{4}-01$/),
      utvalg: 'Osloregionens faggruppe for Nærings samarbeid',
      møtested: 'Oslo rådhus, møteromssenteret',
    });
    expect(meta.møtedeltakere[0]).toEqual({ navn: 'Ørjan Sålvik', rolle: 'møteleder', organisasjon: expect.any(String) });
    expect(meta.møtedeltakere).toContainEqual({ navn: 'Didrik Aasland', rolle: 'medlem', organisasjon: 'Drammensregionen' });
    expect(meta.møtedeltakere.filter((p: { rolle: string }) => p.rolle === 'forfall')).toHaveLength(1);
    expect(meta.saker.some((s: { vedtak?: string }) => s.vedtak === 'Gruppen sluttet seg til forslaget.')).toBe(true);
  }, 120_000);
});
