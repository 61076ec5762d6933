import { createHash } from 'node:crypto';
import { groupIdFor } from '../../src/app/groups';
import type { MeetingData } from '../../src/domain/meeting-types';
import { readZip } from '../fixtures/read-zip';
import { child, parseXml } from '../fixtures/xml-check';
import { CHAIR, post, startBotForTest, type TestUser } from '../helpers/bot-client';
import { downloadLink } from '../../tools/teams/download-link';

const MEMBER: TestUser = { id: '29:jon', aadObjectId: '00000000-0000-0000-0000-0000000000e7', name: 'Jon <Ole> Berg & Sønn' };

// Invented people and group; the meeting is stored as the bot would have left it after «avslutt».
const CHAT = { id: '19:archive-chat@thread.v2', type: 'groupChat' as const };
const ROSTER = ['Kari\tLøvstad\tAsker kommune', 'Jon <Ole>\tBerg & Sønn (vara)\tHole kommune', 'Ørjan\tSålvik\tOslo kommune - Byrådsavdelingene'].join('\n');

function meeting(groupId: string, id: string, date: string, state: MeetingData['state']): MeetingData {
  return {
    meetingId: id,
    groupId,
    date,
    start: '12:00',
    end: '14:00',
    place: 'Asker rådhus & Teams',
    state,
    agenda: [
      { number: 1, title: 'Godkjenning av innkalling og dagsorden', subPoints: [], kind: 'approve-notice' },
      { number: 2, title: 'Runde rundt bordet', subPoints: [], kind: 'round-table' },
      { number: 3, title: 'Regional plan <høring>', subPoints: [], kind: 'discussion' },
      { number: 4, title: 'Eventuelt', subPoints: [], kind: 'other-business' },
    ],
    records: { '1': { decision: 'Innkallingen ble godkjent', notes: [] }, '3': { decision: 'Gruppen sluttet seg til forslaget & «tillegget».', notes: [] } },
    attendance: {
      k: { name: 'Kari Løvstad', organization: 'Asker kommune', status: 'present', secretariat: false },
      j: { name: 'Jon <Ole> Berg & Sønn', organization: 'Hole kommune', status: 'present', secretariat: false },
      o: { name: 'Ørjan Sålvik', organization: 'Oslo kommune - Byrådsavdelingene', status: 'present', secretariat: true },
    },
  };
}

describe('referat arkiv: the archive package of locked minutes', () => {
  let bot: Awaited<ReturnType<typeof startBotForTest>>;
  const groupId = groupIdFor(CHAT.id);
  // A PDF turn on a busy machine first gets teams-ai's typing indicator: wait for the message.
  const message = async (text: string, from: TestUser = CHAIR, locale = 'nb-NO') => {
    const before = bot.connector.captured.length;
    await post(bot.running.url, bot.make(CHAT, from, text, { locale }));
    for (let n = before + 1; ; n++) {
      const activity = (await bot.connector.waitForCount(n, 20_000))[n - 1].activity;
      if (activity.type === 'message') return activity;
    }
  };

  beforeAll(async () => {
    bot = await startBotForTest();
    await bot.say(CHAT, CHAIR, 'ny gruppe Faggruppe for næringssamarbeid');
    await bot.say(CHAT, CHAIR, `deltakere\n${ROSTER}`);
    await bot.say(CHAT, CHAIR, 'rolle Kari Løvstad møteleder');
    await bot.running.repositories.meetings.create(meeting(groupId, 'mt-jan', '2024-01-16', 'locked'));
    await bot.running.repositories.meetings.create(meeting(groupId, 'mt-mar', '2024-03-14', 'ended'));
    await bot.running.repositories.meetings.create(meeting(groupId, 'mt-nov', '2024-11-07', 'ended'));
  });
  afterAll(async () => bot.close());

  it('refuses minutes that are not locked, says how to lock them, and stores nothing', async () => {
    const reply = await message('referat arkiv');
    expect(reply.text).toContain('Referatet fra 07.11.2024 er ikke låst');
    expect(reply.text).toContain('«lås referat 07.11.2024»');
    expect(downloadLink(reply)).toBeUndefined();
    expect(await bot.running.repositories.exports.list('mt-nov')).toEqual([]);
    const en = await message('minutes archive 14.03.2024', CHAIR, 'en-US');
    expect(en.text).toContain('The minutes of 14.03.2024 are not locked');
    expect(en.text).toContain('"lock minutes 14.03.2024"');
    expect(await bot.running.repositories.exports.list('mt-mar')).toEqual([]);
  });

  it('refuses a member (the router: secretariat only), storing nothing', async () => {
    expect((await message('referat arkiv 16.01.2024', MEMBER)).text).toContain('Bare sekretariatet');
    expect(await bot.running.repositories.exports.list('mt-jan')).toEqual([]);
  });

  it('after «lås referat» serves a ZIP with the PDF/A and its metadata as JSON and XML', async () => {
    expect((await message('lås referat')).text).toContain('er låst');
    const reply = await message('referat arkiv');
    expect(reply.text).toContain('Arkivpakken for referatet fra 07.11.2024 (møtenummer 2024-03');
    const res = await fetch(downloadLink(reply)!);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    expect(res.headers.get('content-disposition')).toContain('referat-2024-11-07-arkiv.zip');
    const files = readZip(Buffer.from(await res.arrayBuffer()));
    expect([...files.keys()]).toEqual(['referat.pdf', 'metadata.json', 'metadata.xml']);

    const pdf = files.get('referat.pdf')!;
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1')).toContain('<pdfaid:part>2</pdfaid:part>');
    const meta = JSON.parse(files.get('metadata.json')!.toString('utf8'));
    expect(meta).toMatchObject({ møtenummer: '2024-03', utvalg: 'Faggruppe for næringssamarbeid', møtedato: '2024-11-07', møtested: 'Asker rådhus & Teams' });
    expect(meta.låst).toEqual(expect.stringMatching(/^\d{4}-\d\d-\d\dT/));
    expect(meta.møtedeltakere).toEqual([
      { navn: 'Kari Løvstad', rolle: 'møteleder', organisasjon: 'Asker kommune' },
      { navn: 'Jon <Ole> Berg & Sønn', rolle: 'medlem', organisasjon: 'Hole kommune', merknad: 'vara' }, // the referat prints «… (vara)»
      { navn: 'Ørjan Sålvik', rolle: 'sekretariat', organisasjon: 'Oslo kommune - Byrådsavdelingene' },
    ]);
    expect(meta.saker.map((s: { sakstype: string }) => s.sakstype)).toEqual(['godkjenning', 'orientering', 'vedtakssak', 'eventuelt']);
    expect(meta.saker[2]).toEqual({
      saksnummer: 3,
      tittel: 'Regional plan <høring>',
      sakstype: 'vedtakssak',
      vedtak: 'Gruppen sluttet seg til forslaget & «tillegget».',
    });
    expect(meta.dokumenter[0]).toMatchObject({
      filnavn: 'referat.pdf',
      format: 'PDF/A-2a',
      størrelse: pdf.length,
      sha256: createHash('sha256').update(pdf).digest('hex'),
    });

    const xml = parseXml(files.get('metadata.xml')!.toString('utf8'));
    expect(child(xml, 'moetenummer').text).toBe('2024-03');
    expect(xml.attributes.xmlns).toBe('urn:referent:arkivpakke:1');
    expect(child(child(xml, 'moetedeltakere').children[1], 'navn').text).toBe('Jon <Ole> Berg & Sønn');
    expect(child(child(xml, 'moetedeltakere').children[1], 'merknad').text).toBe('vara');
    expect(child(child(xml, 'saker').children[2], 'vedtak').text).toBe('Gruppen sluttet seg til forslaget & «tillegget».');
    expect(child(child(child(xml, 'dokumenter'), 'dokument'), 'sha256').text).toBe(meta.dokumenter[0].sha256);
  });

  it('takes a date and the English alias, and keeps each package as a version', async () => {
    const reply = await message('minutes archive 16.01.2024');
    expect(reply.text).toContain('møtenummer 2024-01');
    const versions = await bot.running.repositories.exports.list('mt-jan');
    expect(versions.map((v) => [v.kind, v.format, v.fileName, v.contentType])).toEqual([
      ['referat', 'arkiv', 'referat-2024-01-16-arkiv.zip', 'application/zip'],
    ]);
  });
});
