import { createHash } from 'node:crypto';
import type { GroupData } from '../../src/domain/group';
import type { MeetingData } from '../../src/domain/meeting-types';
import { assembleReferat } from '../../src/domain/referat-assembly';
import {
  ARCHIVE_NAMESPACE,
  archiveMetadataJson,
  archiveMetadataXml,
  buildArchiveMetadata,
  meetingNumber,
  sakstypeOf,
  xmlText,
} from '../../src/exports/archive-metadata';
import { crc32, writeZip } from '../../src/exports/zip';
import { readZip } from '../fixtures/read-zip';
import { child, parseXml } from '../fixtures/xml-check';

// Invented people; one with a name built to break XML (markup, entities, a CDATA end, a control character).
const HOSTILE = 'Åse <b>&amp; "Øy\'</b> ]]> \u0001Lid';
const group: GroupData = {
  groupId: 'g1',
  name: 'Faggruppe <næring> & samarbeid',
  homeConversationId: 'c1',
  createdAt: '2023-01-01T00:00:00Z',
  roles: { a: { name: 'Tone Brekkestø', roles: ['secretariat'] }, b: { name: 'Per Heggvik', roles: ['chair'] } },
};
const meeting: MeetingData = {
  meetingId: 'm2',
  groupId: 'g1',
  date: '2023-03-09',
  start: '12:00',
  end: '14:00',
  place: 'Rådhuset, møterom «Fjord» & Co',
  state: 'locked',
  lockedAt: '2023-03-20T10:00:00.000Z',
  agenda: [
    { number: 1, title: 'Godkjenning av innkalling og dagsorden', subPoints: [], kind: 'approve-notice' },
    { number: 2, title: 'Godkjenning av referat fra forrige møte', subPoints: [], kind: 'approve-minutes' },
    { number: 3, title: 'Runde rundt bordet', subPoints: [], kind: 'round-table' },
    { number: 4, title: 'Orientering om <regionplan>', subPoints: [], kind: 'orientation' },
    { number: 5, title: 'Felles høringsuttalelse', subPoints: [], kind: 'discussion' },
    { number: 6, title: 'Eventuelt', subPoints: [], kind: 'other-business' },
  ],
  records: {
    '1': { decision: 'Innkallingen ble godkjent', notes: [] },
    '2': { decision: 'Referatet ble godkjent', notes: [] },
    '5': { decision: 'Gruppen sluttet seg til forslaget <med endringer> & "tillegg".', notes: [] },
  },
  attendance: {
    p: { name: 'Per Heggvik', organization: 'Asker kommune', status: 'present', secretariat: false },
    h: { name: HOSTILE, organization: 'Lier & Omegn <kommune>', status: 'present', secretariat: false },
    t: { name: 'Tone Brekkestø', organization: 'Sekretariatet for Osloregionen', status: 'present', secretariat: true },
    f: { name: 'Guri Lundemo', organization: 'Hole kommune', status: 'apologies', secretariat: false },
  },
};

function metadata() {
  const referat = assembleReferat({ group, meeting, roster: [], inputs: [] });
  const organizations = new Map(Object.values(meeting.attendance).map((e) => [e.name, e.organization] as const));
  return buildArchiveMetadata({
    referat,
    møtenummer: '2023-02',
    chairNames: ['Per Heggvik'],
    organizationOf: (n) => organizations.get(n),
    lockedAt: meeting.lockedAt,
    pdf: { fileName: 'referat.pdf', sha256: 'ab'.repeat(32), size: 1234 },
  });
}

describe('archive metadata (Noark 5 meeting names)', () => {
  it("numbers a meeting by its place among the group's meetings that year", () => {
    const meetings = [
      { meetingId: 'x', date: '2023-09-14' },
      { meetingId: 'a', date: '2023-01-19' },
      { meetingId: 'm2', date: '2023-03-09' },
      { meetingId: 'n', date: '2024-01-16' },
    ];
    expect(meetingNumber(meetings, 'a')).toBe('2023-01');
    expect(meetingNumber(meetings, 'm2')).toBe('2023-02');
    expect(meetingNumber(meetings, 'x')).toBe('2023-03');
    expect(meetingNumber(meetings, 'n')).toBe('2024-01');
    expect(() => meetingNumber(meetings, 'nope')).toThrow(RangeError);
  });

  it('describes the meeting, its participants with role and organization, and its items with sakstype and vedtak', () => {
    const meta = metadata();
    expect(meta).toMatchObject({
      møtenummer: '2023-02',
      utvalg: group.name,
      møtedato: '2023-03-09',
      møtested: meeting.place,
      møtetid: { start: '12:00', slutt: '14:00' },
      låst: meeting.lockedAt,
    });
    expect(meta.møtedeltakere).toEqual([
      { navn: 'Per Heggvik', rolle: 'møteleder', organisasjon: 'Asker kommune' },
      { navn: 'Åse <b>&amp; "Øy\'</b> ]]> \u0001Lid', rolle: 'medlem', organisasjon: 'Lier & Omegn <kommune>' },
      { navn: 'Tone Brekkestø', rolle: 'sekretariat', organisasjon: 'Sekretariatet for Osloregionen' },
      { navn: 'Guri Lundemo', rolle: 'forfall', organisasjon: 'Hole kommune' },
    ]);
    expect(meta.saker.map((s) => [s.saksnummer, s.sakstype, s.vedtak])).toEqual([
      [1, 'godkjenning', 'Innkallingen ble godkjent'],
      [2, 'godkjenning', 'Referatet ble godkjent'],
      [3, 'orientering', undefined],
      [4, 'orientering', undefined],
      [5, 'vedtakssak', 'Gruppen sluttet seg til forslaget <med endringer> & "tillegg".'],
      [6, 'eventuelt', undefined], // «Ingen saker.» is the referat's wording, not a vedtak
    ]);
    expect(meta.saker[3].tittel).toBe('Orientering om <regionplan>');
    expect(meta.dokumenter).toEqual([
      {
        filnavn: 'referat.pdf',
        tittel: `Referat fra møte i ${group.name}`,
        format: 'PDF/A-2a',
        mimetype: 'application/pdf',
        sha256: 'ab'.repeat(32),
        størrelse: 1234,
      },
    ]);
    expect(sakstypeOf('other')).toBe('vedtakssak');
    const referat = assembleReferat({ group, meeting, roster: [], inputs: [] });
    const noted = buildArchiveMetadata({
      referat,
      møtenummer: '2023-02',
      chairNames: [],
      organizationOf: () => undefined,
      noteOf: (n) => (n === 'Guri Lundemo' ? 'vara' : undefined),
      pdf: { fileName: 'referat.pdf', sha256: '', size: 0 },
    });
    expect(noted.møtedeltakere.find((p) => p.navn === 'Guri Lundemo')).toEqual({
      navn: 'Guri Lundemo',
      rolle: 'forfall',
      organisasjon: 'Hole kommune',
      merknad: 'vara',
    });
    expect(noted.møtedeltakere.filter((p) => 'merknad' in p)).toHaveLength(1);
    expect(noted).not.toHaveProperty('låst');
    expect(JSON.parse(archiveMetadataJson(meta))).toEqual(JSON.parse(JSON.stringify(meta)));
  });

  it('writes well-formed XML in its namespace with every hostile value escaped and read back', () => {
    const meta = metadata();
    const xml = archiveMetadataXml(meta);
    expect(xml).not.toContain('<b>');
    expect(xml).not.toContain('\u0001');
    const root = parseXml(xml);
    expect(root.name).toBe('moete');
    expect(root.attributes.xmlns).toBe(ARCHIVE_NAMESPACE);
    expect(child(root, 'moetenummer').text).toBe('2023-02');
    expect(child(root, 'utvalg').text).toBe(group.name);
    expect(child(root, 'moetested').text).toBe(meeting.place);
    const people = child(root, 'moetedeltakere').children;
    expect(people.map((p) => p.name)).toEqual(['moetedeltaker', 'moetedeltaker', 'moetedeltaker', 'moetedeltaker']);
    expect(child(people[1], 'navn').text).toBe('Åse <b>&amp; "Øy\'</b> ]]> Lid'); // the control character XML cannot carry is dropped
    expect(child(people[1], 'organisasjon').text).toBe('Lier & Omegn <kommune>');
    expect(child(people[0], 'rolle').text).toBe('møteleder');
    const saker = child(root, 'saker').children;
    expect(saker).toHaveLength(6);
    expect(child(saker[4], 'vedtak').text).toBe(meta.saker[4].vedtak);
    expect(saker[2].children.map((c) => c.name)).toEqual(['saksnummer', 'tittel', 'sakstype']);
    expect(child(child(child(root, 'dokumenter'), 'dokument'), 'stoerrelse').text).toBe('1234');
  });

  it('the XML check itself refuses what is not well-formed', () => {
    expect(() => parseXml('<a><b></a></b>')).toThrow();
    expect(() => parseXml('<a>x & y</a>')).toThrow(/bare &/);
    expect(() => parseXml('<a>&nbsp;</a>')).toThrow(/unknown entity/);
    expect(() => parseXml('<a/><b/>')).toThrow(/root/);
    expect(() => parseXml('<a>\u0001</a>')).toThrow(/forbidden/);
    expect(xmlText('a\u0000b\uD800c & <d>')).toBe('abc &amp; &lt;d&gt;');
  });

  it('zips files that read back byte for byte (deflated and stored)', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
    const text = Buffer.from('æøå '.repeat(500), 'utf8');
    const random = createHash('sha512').update('x').digest(); // incompressible: stored
    const zip = writeZip(
      [
        { name: 'metadata.json', data: text },
        { name: 'referat.pdf', data: random },
      ],
      new Date('2023-03-20T10:00:00Z'),
    );
    const files = readZip(zip);
    expect([...files.keys()]).toEqual(['metadata.json', 'referat.pdf']);
    expect(files.get('metadata.json')).toEqual(text);
    expect(files.get('referat.pdf')).toEqual(random);
    expect(zip.length).toBeLessThan(text.length); // the text was deflated
  });
});
