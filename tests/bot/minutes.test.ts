import { groupIdFor } from '../../src/app/groups';
import type { MeetingData } from '../../src/domain/meeting-types';
import { CHAIR, post, startBotForTest, type TestUser } from '../helpers/bot-client';
import { downloadLink } from '../../tools/teams/download-link';

const CHAT = { id: '19:minutes-chat@thread.v2', type: 'groupChat' as const };
const MEMBER: TestUser = { id: '29:dag', aadObjectId: '00000000-0000-0000-0000-0000000000d1', name: 'Didrik Aasland' };
const ROSTER = ['Didrik\tAasland\tDrammensregionen', 'Kjell Jøran\tTveter\tHorten kommune', 'Ørjan\tSålvik\tOslo kommune - Byrådsavdelingene'].join('\n');

function meeting(groupId: string, id: string, date: string, state: MeetingData['state']): MeetingData {
  return {
    meetingId: id,
    groupId,
    date,
    start: '12:00',
    end: '13:00',
    place: 'Oslo rådhus',
    state,
    agenda: [
      { number: 1, title: 'Godkjenning av innkalling og dagsorden', subPoints: [], kind: 'approve-notice' },
      { number: 2, title: 'Runde rundt bordet', subPoints: [], kind: 'round-table' },
      { number: 3, title: 'Eventuelt', subPoints: [], kind: 'other-business' },
    ],
    records: { '1': { decision: 'Innkallingen ble godkjent', notes: [] }, '2': { notes: ['Horten kommune: Intercity <b>viktig</b>'] } },
    attendance: {
      'member:m-didrik-aasland': { name: 'Didrik Aasland', organization: 'Drammensregionen', status: 'present', secretariat: false },
      'member:m-ørjan-sålvik': { name: 'Ørjan Sålvik', organization: 'Oslo kommune - Byrådsavdelingene', status: 'present', secretariat: true },
    },
  };
}

describe('referat and innkalling exports with signed links', () => {
  let bot: Awaited<ReturnType<typeof startBotForTest>>;
  const groupId = groupIdFor(CHAT.id);
  beforeAll(async () => {
    bot = await startBotForTest();
    await bot.say(CHAT, CHAIR, 'ny gruppe Faggruppe for næringssamarbeid');
    await bot.say(CHAT, CHAIR, `deltakere\n${ROSTER}`);
    await bot.running.repositories.meetings.create(meeting(groupId, 'mt-held', '2024-11-07', 'ended'));
    await bot.running.repositories.meetings.create(meeting(groupId, 'mt-next', '2099-01-16', 'draft'));
    await bot.running.repositories.inputs.put({
      meetingId: 'mt-held',
      organization: 'Drammensregionen',
      text: 'Ny havn <script>alert(1)</script> æøå',
      authorName: 'Didrik Aasland',
      enteredBySecretariat: false,
      received: 'after',
      updatedAt: '2024-11-08T09:00:00Z',
    });
  });
  afterAll(async () => bot.close());

  it('answers the secretariat with a link that downloads the Markdown referat of the last held meeting', async () => {
    const [reply] = await bot.say(CHAT, CHAIR, 'referat md');
    expect(reply.text).toBe('Referatet for møtet 07.11.2024 (md) er klart. Lenken er personlig.');
    // The link is a button on a small card, never a raw URL in the chat bubble (#16 §3).
    const card = reply.attachments![0].content as {
      body: { text?: string; facts?: { title: string; value: string }[] }[];
      actions: { type: string; title: string; url: string }[];
    };
    expect(card.body[0].text).toBe('Referat (md)');
    const facts = Object.fromEntries(card.body[1].facts!.map((f) => [f.title, f.value]));
    expect(facts['Møte']).toBe('Faggruppe for næringssamarbeid, 07.11.2024');
    expect(facts['Versjon']).toMatch(/^laget \p{Ll}+dag \d\d\.\d\d\.\d{4} kl\. \d\d\.\d\d$/u);
    expect(facts['Gyldig til']).toMatch(/^\p{Ll}+dag \d\d\.\d\d\.\d{4} kl\. \d\d\.\d\d$/u);
    expect(card.actions).toEqual([{ type: 'Action.OpenUrl', title: 'Last ned referat (md)', url: downloadLink(reply) }]);
    const res = await fetch(downloadLink(reply)!);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('referat-2024-11-07.md');
    const body = await res.text();
    expect(body).toContain('Referat fra møte i Faggruppe for næringssamarbeid');
    expect(body).toContain('Drammensregionen');
    expect(body).toContain('æøå');
    expect(body).not.toContain('<script>');
  });

  it('escapes user text in HTML and serves DOCX as a Word file', async () => {
    const [html] = await bot.say(CHAT, CHAIR, 'referat html');
    const page = await (await fetch(downloadLink(html)!)).text();
    expect(page).toContain('&lt;script&gt;');
    expect(page).not.toContain('<script>alert');
    const [docx] = await bot.say(CHAT, CHAIR, 'minutes');
    expect(docx.text).toContain('(docx) er klart');
    const res = await fetch(downloadLink(docx)!);
    expect(res.headers.get('content-type')).toContain('wordprocessingml');
    expect(
      Buffer.from(await res.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
  });

  it('exports the innkalling of the next meeting', async () => {
    const [reply] = await bot.say(CHAT, CHAIR, 'innkalling md');
    expect(reply.text).toContain('Innkallingen for møtet 16.01.2099 (md) er klart');
    const body = await (await fetch(downloadLink(reply)!)).text();
    expect(body).toContain('Inviterte');
    expect(body).toContain('Sålvik');
  });

  it('serves the referat and the innkalling as PDF/A (referat pdf, notice pdf)', async () => {
    const message = async (text: string) => {
      const before = bot.connector.captured.length;
      await post(bot.running.url, bot.make(CHAT, CHAIR, text));
      return (await bot.connector.waitForCount(before + 1, 15_000))[before].activity; // a PDF on a busy machine takes a while
    };
    const referat = await message('referat pdf');
    expect(referat.text).toContain('Referatet for møtet 07.11.2024 (pdf) er klart');
    const res = await fetch(downloadLink(referat)!);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toContain('referat-2024-11-07.pdf');
    const body = Buffer.from(await res.arrayBuffer());
    expect(body.subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');
    expect(body.toString('utf8')).toContain('<pdfaid:part>2</pdfaid:part>');
    const notice = await message('notice pdf');
    expect(notice.text).toContain('Innkallingen for møtet 16.01.2099 (pdf) er klart');
    const res2 = await fetch(downloadLink(notice)!);
    expect(res2.headers.get('content-disposition')).toContain('innkalling-2099-01-16.pdf');
    expect(
      Buffer.from(await res2.arrayBuffer())
        .subarray(0, 5)
        .toString('latin1'),
    ).toBe('%PDF-');
  });

  it('keeps every export as a version', async () => {
    const versions = await bot.running.repositories.exports.list('mt-held');
    expect(versions.map((v) => v.format)).toEqual(['md', 'html', 'docx', 'pdf']);
    expect(versions.every((v) => v.sha256.length === 64)).toBe(true);
  });

  it('refuses tampered and made-up links with 403 and unknown versions with 404', async () => {
    const [reply] = await bot.say(CHAT, CHAIR, 'referat md');
    const link = downloadLink(reply)!;
    const [base, token, name] = /^(.*\/files\/)([^/]+)\/(.*)$/.exec(link)!.slice(1);
    const [payload, sig] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const forged = Buffer.from(JSON.stringify({ ...claims, m: 'mt-next' })).toString('base64url');
    expect((await fetch(`${base}${forged}.${sig}/${name}`)).status).toBe(403);
    expect((await fetch(`${base}garbage/${name}`)).status).toBe(403);
    expect((await fetch(`${base}${token.slice(0, -3)}abc/${name}`)).status).toBe(403);
  });

  it('refuses members and bad arguments with clear answers', async () => {
    const [member] = await bot.say(CHAT, MEMBER, 'referat docx');
    expect(member.text).toContain('Bare sekretariatet');
    const [format] = await bot.say(CHAT, CHAIR, 'referat odt');
    expect(format.text).toContain('Jeg kjenner ikke formatet «odt»');
    const [date] = await bot.say(CHAT, CHAIR, 'referat md 31.02.2024');
    expect(date.text).toContain('er ikke en dato');
    const [none] = await bot.say(CHAT, CHAIR, 'referat md 01.01.2020');
    expect(none.text).toContain('har ikke noe møte 01.01.2020');
  });

  it('locks ended minutes once, and not a meeting that has not ended', async () => {
    const [notEnded] = await bot.say(CHAT, CHAIR, 'lås referat 16.01.2099');
    expect(notEnded.text).toContain('ikke avsluttet');
    const [member] = await bot.say(CHAT, MEMBER, 'lås referat');
    expect(member.text).toContain('Bare sekretariatet');
    const [locked] = await bot.say(CHAT, CHAIR, 'lås referat');
    expect(locked.text).toContain('Referatet fra 07.11.2024 er låst');
    expect((await bot.running.repositories.meetings.get('mt-held'))?.value.state).toBe('locked');
    const [again] = await bot.say(CHAT, CHAIR, 'lås referat');
    expect(again.text).toContain('allerede låst');
  });
});
