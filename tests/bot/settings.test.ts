import { groupIdFor } from '../../src/app/groups';
import { CHAIR, post, startBotForTest } from '../helpers/bot-client';
import { downloadLink } from '../../tools/teams/download-link';

/** `innstilling` / `setting`: how the group writes its documents (#17 §1.1, §1.2, §1.10). */
const GROUP_CHAT = { id: '19:settings@thread.v2', type: 'groupChat' as const };
const MEMBER = { id: '29:settings-member', aadObjectId: '00000000-0000-4000-a000-5e771e000001', name: 'Tove Lindqvist' };

describe('group settings', () => {
  let bot: Awaited<ReturnType<typeof startBotForTest>>;
  const group = async () => (await bot.running.repositories.groups.get(groupIdFor(GROUP_CHAT.id)))!;
  beforeAll(async () => {
    bot = await startBotForTest();
    await bot.say(GROUP_CHAT, CHAIR, 'ny gruppe Faggruppe for innstillinger');
  });
  afterAll(async () => bot.close());

  it('lists the settings with their defaults (off: the group’s own layout)', async () => {
    const [reply] = await bot.say(GROUP_CHAT, CHAIR, 'innstilling');
    expect(reply.text).toContain('- vedtaksetikett: av – «Vedtak:» foran vedtakene i referatet');
    expect(reply.text).toContain('- markører: av');
  });

  it('turns one on once; a repeat changes nothing', async () => {
    const [on] = await bot.say(GROUP_CHAT, CHAIR, 'innstilling vedtaksetikett på');
    expect(on.text).toContain('vedtaksetikett er nå på');
    const after = await group();
    expect(after.value.settings).toEqual({ decisionLabel: true });
    const [again] = await bot.say(GROUP_CHAT, CHAIR, 'innstilling  Vedtaksetikett   PÅ');
    expect(again.text).toContain('var allerede på');
    expect((await group()).etag).toBe(after.etag);
  });

  it('bad names and values get the reason, and nothing changes', async () => {
    const before = await group();
    const [value] = await bot.say(GROUP_CHAT, CHAIR, 'innstilling vedtaksetikett kanskje');
    expect(value.text).toContain('«kanskje» er verken «på» eller «av»');
    const [name] = await bot.say(GROUP_CHAT, CHAIR, 'innstilling farge blå');
    expect(name.text).toContain('Jeg kjenner ikke innstillingen «farge blå»');
    const [member] = await bot.say(GROUP_CHAT, MEMBER, 'innstilling vedtaksetikett av');
    expect(member.text).not.toContain('er nå av');
    expect((await group()).etag).toBe(before.etag);
  });

  it('answers in English for en locales', async () => {
    const before = bot.connector.captured.length;
    await post(bot.running.url, { ...bot.make(GROUP_CHAT, CHAIR, 'setting markers on'), locale: 'en-US' });
    const [reply] = (await bot.connector.waitForCount(before + 1)).slice(before);
    expect(reply.activity.text).toContain('markers is now on');
    expect((await group()).value.settings).toEqual({ decisionLabel: true, keepMarkers: true });
  });

  it('sets the innkalling’s sender, the saksbehandler’s phone and the Arkivkode; the innkalling export prints them', async () => {
    const [sender] = await bot.say(GROUP_CHAT, CHAIR, 'innstilling avsender  Sekretariatet for   Osloregionen');
    expect(sender.text).toContain('avsender er nå «Sekretariatet for Osloregionen»');
    await bot.say(GROUP_CHAT, CHAIR, 'innstilling telefon +47 22 33 44 55');
    const [code] = await bot.say(GROUP_CHAT, CHAIR, 'innstilling arkivkode 033 &');
    expect(code.text).toContain('arkivkode er nå «033 &»');
    expect((await group()).value.settings).toMatchObject({ sender: 'Sekretariatet for Osloregionen', phone: '+47 22 33 44 55', archiveCode: '033 &' });
    const [list] = await bot.say(GROUP_CHAT, CHAIR, 'innstilling');
    expect(list.text).toContain('- telefon: «+47 22 33 44 55»');

    const groupId = groupIdFor(GROUP_CHAT.id);
    await bot.running.repositories.meetings.create({
      meetingId: 'mt-settings',
      groupId,
      date: '2099-03-05',
      start: '09:00',
      end: '11:00',
      place: 'Teams',
      state: 'draft',
      agenda: [{ number: 1, title: 'Godkjenning av innkalling og dagsorden', subPoints: [], kind: 'approve-notice' }],
      records: {},
      attendance: {},
    });
    const [reply] = await bot.say(GROUP_CHAT, CHAIR, 'innkalling md');
    const link = downloadLink(reply);
    const md = await (await fetch(link!)).text();
    expect(md).toContain('Tlf +47 22 33 44 55');
    expect(md).toContain('**Arkivkode:** 033 \\&'); // Markdown-escaped
    expect(md).toContain('Med vennlig hilsen\\\n' + CHAIR.name + '\\\nSekretariatet for Osloregionen');
  });

  it('clears a text with «av»; a bad phone number, a missing text and an overlong one are refused and change nothing', async () => {
    const [cleared] = await bot.say(GROUP_CHAT, CHAIR, 'innstilling arkivkode av');
    expect(cleared.text).toContain('arkivkode er nå ikke satt');
    expect((await group()).value.settings?.archiveCode).toBeUndefined();
    const before = await group();
    const [phone] = await bot.say(GROUP_CHAT, CHAIR, 'innstilling telefon ring meg');
    expect(phone.text).toContain('«ring meg» ser ikke ut som et telefonnummer');
    const [missing] = await bot.say(GROUP_CHAT, CHAIR, 'innstilling avsender');
    expect(missing.text).toContain('Skriv teksten etter navnet');
    const [long] = await bot.say(GROUP_CHAT, CHAIR, `innstilling avsender ${'x'.repeat(121)}`);
    expect(long.text).toContain('høyst 120 tegn');
    const [member] = await bot.say(GROUP_CHAT, MEMBER, 'innstilling avsender Noen andre');
    expect(member.text).not.toContain('er nå');
    expect((await group()).etag).toBe(before.etag);
  });
});
