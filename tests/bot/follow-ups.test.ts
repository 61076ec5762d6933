import { CHAIR } from '../helpers/bot-client';
import { downloadLink } from '../../tools/teams/download-link';
import { cardActions, cardText } from '../helpers/invoke';
import { attachments, click, MEMBERS, sayTwice, setUpGroupWithMeeting, sleep, STRANGER, type Bot } from '../helpers/meeting-run-setup';
import { ddmmyyyy } from '../helpers/open-meeting';
import { startBotForTest } from '../helpers/bot-client';

/*
 * #18 §1 over the real HTTP endpoint on the embedded store: `oppfølging:` during a meeting, the
 * group's open list (`oppfølging`), `mine oppgaver` in personal chat and the status buttons.
 */

const CHAT = { id: '19:follow-ups@thread.v2', type: 'groupChat' as const };
const personal = (who: { id: string }) => ({ id: `a:fu-${who.id}`, type: 'personal' as const });
const DUE = ddmmyyyy(30);

describe('follow-ups through the real HTTP endpoint', () => {
  let bot: Bot;
  let groupId: string;
  const stored = () => bot.running.repositories.followUps.listByGroup(groupId);
  const card = (a: Record<string, unknown>) => cardText(attachments(a)[0]?.content);
  const buttons = (a: Record<string, unknown>) => cardActions(attachments(a)[0]?.content);

  /** A message in the sender's personal chat: the answers only (a first contact also asks the connector who they are). */
  const inPersonal = async (chat: ReturnType<typeof personal>, who: Parameters<Bot['say']>[1], text: string) =>
    (await bot.say(chat, who, text)).filter((a) => a.type === 'message');

  beforeAll(async () => {
    bot = await startBotForTest();
    ({ groupId } = await setUpGroupWithMeeting(bot, CHAT));
    await bot.say(CHAT, CHAIR, 'rolle Didrik Aasland møteleder');
  }, 60_000);
  afterAll(async () => bot.close());

  it('refuses a follow-up before the meeting has started, and stores nothing', async () => {
    const [reply] = await bot.say(CHAT, CHAIR, `oppfølging: Sende planen ansvar Asker kommune frist ${DUE}`);
    expect(reply.text).toContain('Møtet er ikke startet');
    expect(await stored()).toEqual([]);
  });

  it('stores a follow-up on the current item with a person or an organization as owner; the answer says what was stored', async () => {
    await bot.say(CHAT, MEMBERS.dag, 'start', 3);
    const [person] = await bot.say(CHAT, MEMBERS.dag, `oppfølging: Sende planen på høring ansvar arnbjørn fosse frist ${DUE}`);
    expect(person.text).toBe(`Oppfølgingspunktet er lagret på sak 1: «Sende planen på høring» — ansvar: Arnbjørn Fosse (Asker kommune), frist: ${DUE}.`);
    await bot.say(CHAT, CHAIR, 'neste', 2);
    const [org] = await bot.say(CHAT, CHAIR, 'action: Send the figures to the secretariat owner Kongsvingerregionen.');
    expect(org.text).toContain('sak 2: «Send the figures to the secretariat» — ansvar: Kongsvingerregionen, frist: ingen.');
    // The last «ansvar» is the owner: the text may use the word.
    const [free] = await bot.say(CHAT, CHAIR, 'Oppfølging: Avklare ansvar for veiene, ansvar: drammensregionen');
    expect(free.text).toContain('«Avklare ansvar for veiene» — ansvar: Drammensregionen, frist: ingen');
    const [none] = await bot.say(CHAT, CHAIR, 'oppfølging: Finne en dato');
    expect(none.text).toContain('«Finne en dato» — ansvar: ikke satt, frist: ingen');
    const all = await stored();
    expect(all.map((f) => [f.item, f.text, f.owner, f.due, f.status])).toEqual([
      [
        1,
        'Sende planen på høring',
        { kind: 'person', memberId: expect.any(String), name: 'Arnbjørn Fosse', organization: 'Asker kommune' },
        expect.any(String),
        'open',
      ],
      [2, 'Send the figures to the secretariat', { kind: 'organization', organization: 'Kongsvingerregionen' }, undefined, 'open'],
      [2, 'Avklare ansvar for veiene', { kind: 'organization', organization: 'Drammensregionen' }, undefined, 'open'],
      [2, 'Finne en dato', undefined, undefined, 'open'],
    ]);
    expect(all[0].history).toEqual([{ status: 'open', at: expect.any(String), by: MEMBERS.dag.name, meetingId: all[0].meetingId }]);
  });

  it('refuses an unknown owner, a past or malformed deadline, an empty text and a member; nothing is stored', async () => {
    const before = (await stored()).length;
    const [unknown] = await bot.say(CHAT, CHAIR, 'oppfølging: Lage en plan ansvar Ola Nordmann');
    expect(unknown.text).toContain('Fant ingen person eller organisasjon som heter «Ola Nordmann» på deltakerlisten');
    expect(unknown.text).toContain('oppfølging: Sende planen på høring ansvar Kari Nordmann frist 01.03.2031');
    const [many] = await bot.say(CHAT, CHAIR, 'oppfølging: Lage en plan ansvar kommune');
    expect(many.text).toContain('passer på flere');
    const [past] = await bot.say(CHAT, CHAIR, 'oppfølging: Lage en plan frist 01.01.2020');
    expect(past.text).toContain('Fristen 01.01.2020 har allerede vært');
    const [bad] = await bot.say(CHAT, CHAIR, 'oppfølging: Lage en plan frist 31.02.2031');
    expect(bad.text).toContain('«31.02.2031» er ikke en dato');
    const [words] = await bot.say(CHAT, CHAIR, 'oppfølging: Lage en plan frist neste uke');
    expect(words.text).toContain('«neste uke» er ikke en dato');
    const [empty] = await bot.say(CHAT, CHAIR, 'oppfølging:');
    expect(empty.text).toContain('Oppfølgingspunktet mangler tekst');
    const [long] = await bot.say(CHAT, CHAIR, `oppfølging: ${'x'.repeat(1001)}`);
    expect(long.text).toContain('for langt');
    const [member] = await bot.say(CHAT, MEMBERS.anne, 'oppfølging: Lage en plan');
    expect(member.text).toContain('Bare møteleder eller sekretariatet');
    expect((await stored()).length).toBe(before);
  });

  it('«Oppfølging» on the current-item card: stored on the item it shows, role and meeting from the store; a stale card or a member stores nothing', async () => {
    const m = (await bot.running.repositories.meetings.get((await stored())[0].meetingId))!.value;
    const data = { meetingId: m.meetingId, version: m.run?.version, item: m.currentItem };
    const before = (await stored()).length;
    const member = await click(bot, CHAT, MEMBERS.anne, 'followup.add', { ...data, text: 'Forfalsket ansvar Asker kommune' });
    expect(String(member.value)).toContain('Bare møteleder eller sekretariatet');
    const stale = await click(bot, CHAT, CHAIR, 'followup.add', { ...data, item: 1, text: 'Gammelt kort' });
    expect(String(stale.value)).toContain('Kortet viser ikke lenger gjeldende sak (nå sak 2)');
    const bad = await click(bot, CHAT, CHAIR, 'followup.add', { ...data, text: 'Plan frist 01.01.2020' });
    expect(String(bad.value)).toContain('har allerede vært');
    expect((await stored()).length).toBe(before);
    const ok = await click(bot, CHAT, MEMBERS.dag, 'followup.add', { ...data, text: 'Oppdatere kartet ansvar Asker kommune' });
    expect(String(ok.value)).toContain('Oppfølgingspunktet er lagret på sak 2: «Oppdatere kartet» — ansvar: Asker kommune');
    const added = (await stored()).find((f) => f.text === 'Oppdatere kartet')!;
    expect(added).toMatchObject({ item: 2, owner: { kind: 'organization', organization: 'Asker kommune' }, createdBy: MEMBERS.dag.name });
    // Dropped again at once, so the counts below stay as they were.
    const drop = await click(bot, CHAT, CHAIR, 'followup.drop', { groupId, followUpId: added.followUpId, ids: added.followUpId, view: 'group' });
    expect(cardText(drop.value)).toContain('Status: Utgår');
  });

  it('a re-sent message (Teams retry) stores the follow-up once', async () => {
    const before = (await stored()).length;
    await sayTwice(bot, CHAT, CHAIR, 'oppfølging: Invitere fylket ansvar Lørenskog kommune');
    await sleep(100);
    expect((await stored()).filter((f) => f.text === 'Invitere fylket')).toHaveLength(1);
    expect((await stored()).length).toBe(before + 1);
  });

  it('oppfølging alone: the group’s open follow-ups with the three buttons, for the secretariat only', async () => {
    const [list] = await bot.say(CHAT, CHAIR, 'oppfølging');
    const text = card(list);
    expect(text).toContain('Åpne oppfølgingspunkter – Faggruppe for næringssamarbeid');
    expect(text).toContain('Sende planen på høring');
    expect(text).toContain(`Ansvar: Arnbjørn Fosse (Asker kommune) · Frist: ${DUE}`);
    expect(buttons(list).map((b) => b.title)).toEqual(expect.arrayContaining(['Utført', 'Videreføres', 'Utgår']));
    expect(buttons(list)).toHaveLength(5 * 3);
    const [chair] = await bot.say(CHAT, MEMBERS.dag, 'oppfølging');
    expect(chair.text).toContain('Bare sekretariatet');
    const [args] = await bot.say(CHAT, CHAIR, 'oppfølging Lage en plan');
    expect(args.text).toContain('skrives med kolon');
  });

  it('mine oppgaver: the member’s own and their organization’s, with «Utført» only; none for others', async () => {
    const [arnbjorn] = await inPersonal(personal(MEMBERS.asbjorn), MEMBERS.asbjorn, 'mine oppgaver');
    expect(card(arnbjorn)).toContain('Mine oppgaver'.replace('oppgaver', 'oppfølgingspunkter'));
    expect(card(arnbjorn)).toContain('Sende planen på høring');
    expect(card(arnbjorn)).not.toContain('Send the figures');
    expect(buttons(arnbjorn).map((b) => b.title)).toEqual(['Utført']);
    const [aud] = await inPersonal(personal(MEMBERS.anne), MEMBERS.anne, 'my tasks');
    expect(card(aud)).toContain('Send the figures to the secretariat');
    const [none] = await inPersonal(personal(MEMBERS.karl), MEMBERS.karl, 'mine oppgaver');
    expect(none.text).toContain('Du har ingen åpne oppfølgingspunkter');
    const [stranger] = await inPersonal(personal(STRANGER), STRANGER, 'mine oppgaver');
    expect(stranger.text).toContain('finner deg ikke på deltakerlisten');
    const [group] = await bot.say(CHAT, MEMBERS.asbjorn, 'mine oppgaver');
    expect(group.text).toContain('personlig chat');
  });

  it('«Utført»: refused for someone else (forged card data or not), done once for the owner, twice changes nothing', async () => {
    const [mine] = await inPersonal(personal(MEMBERS.asbjorn), MEMBERS.asbjorn, 'mine oppgaver');
    const done = buttons(mine)[0];
    const refused = await click(bot, personal(MEMBERS.anne), MEMBERS.anne, done.verb, {
      ...done.data,
      view: 'mine',
      memberId: 'forged',
      owner: MEMBERS.anne.name,
    });
    expect(String(refused.value)).toContain('Bare møteleder, sekretariatet eller den som har ansvaret');
    const carry = await click(bot, personal(MEMBERS.asbjorn), MEMBERS.asbjorn, 'followup.carry', done.data);
    expect(String(carry.value)).toContain('Bare møteleder eller sekretariatet kan videreføre');
    const target = () => stored().then((all) => all.find((f) => f.followUpId === done.data.followUpId)!);
    expect((await target()).status).toBe('open');
    const first = await click(bot, personal(MEMBERS.asbjorn), MEMBERS.asbjorn, done.verb, done.data);
    expect(first.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(cardText(first.value)).toContain('Status: Utført');
    expect(cardText(first.value)).not.toContain('Utført\nUtført');
    await click(bot, personal(MEMBERS.asbjorn), MEMBERS.asbjorn, done.verb, done.data);
    const after = await target();
    expect(after.status).toBe('done');
    expect(after.history.map((h) => [h.status, h.by])).toEqual([
      ['open', MEMBERS.dag.name],
      ['done', 'Arnbjørn Fosse'],
    ]);
    const [again] = await inPersonal(personal(MEMBERS.asbjorn), MEMBERS.asbjorn, 'mine oppgaver');
    expect(again.text).toContain('Du har ingen åpne oppfølgingspunkter');
    // A forged group or id: no change anywhere.
    const forged = await click(bot, personal(MEMBERS.asbjorn), MEMBERS.asbjorn, done.verb, { ...done.data, groupId: 'g-forged' });
    expect(String(forged.value)).toMatch(/hører ikke til noen gruppe|ikke/);
  });

  it('the chair marks from the group card: carried forward stays open, dropped leaves the list; the history keeps both', async () => {
    const [list] = await bot.say(CHAT, CHAIR, 'oppfølging');
    const rows = buttons(list);
    const org = rows.filter((b) => b.verb === 'followup.carry')[0];
    const carried = await click(bot, CHAT, MEMBERS.dag, 'followup.carry', org.data);
    expect(cardText(carried.value)).toContain('Status: Videreføres');
    const member = await click(bot, CHAT, MEMBERS.anne, 'followup.drop', org.data);
    expect(String(member.value)).toContain('Bare møteleder eller sekretariatet');
    const dropped = await click(bot, CHAT, MEMBERS.dag, 'followup.drop', org.data);
    expect(cardText(dropped.value)).toContain('Status: Utgår');
    const f = (await stored()).find((x) => x.followUpId === org.data.followUpId)!;
    expect(f.history.map((h) => h.status)).toEqual(['open', 'carried', 'dropped']);
    const [after] = await bot.say(CHAT, CHAIR, 'oppfølging');
    expect(card(after)).not.toContain(f.text);
  });

  it('after avslutt each owner gets their open follow-ups in personal chat; the chat hears how many were reached and who was not', async () => {
    await bot.say(CHAT, CHAIR, `oppfølging: Lage notat om næringsarealer ansvar Kjell Jøran Tveter frist ${DUE}`);
    await bot.say(CHAT, CHAIR, 'oppfølging: Sende innspill til regionplanen ansvar Kongsvingerregionen');
    const before = bot.connector.captured.length;
    const [ask] = await bot.say(CHAT, CHAIR, 'avslutt');
    // Organizations of the roster were not heard: avslutt asks first on a card.
    const end = buttons(ask).find((b) => b.verb === 'meeting.end')!;
    const answer = await click(bot, CHAT, CHAIR, 'meeting.end', end.data);
    expect(answer.httpStatus).toBe(200);
    const sent = bot.connector.captured.slice(before);
    const to = (who: { id: string }) => sent.filter((c) => c.conversationId === personal(who).id).map((c) => String(c.activity.text));
    expect(to(MEMBERS.karl)).toEqual([expect.stringContaining('Oppfølgingspunkter til deg fra møtet i Faggruppe for næringssamarbeid')]);
    expect(to(MEMBERS.karl)[0]).toContain(`• Lage notat om næringsarealer — sak 2, frist ${DUE}`);
    expect(to(MEMBERS.karl)[0]).toContain('«mine oppgaver»');
    expect(to(MEMBERS.anne)[0]).toContain('• Sende innspill til regionplanen (for Kongsvingerregionen) — sak 2');
    // Arnbjørn's is done: no message for him.
    expect(to(MEMBERS.asbjorn)).toEqual([]);
    const report = sent.filter((c) => c.conversationId === CHAT.id && /Oppfølgingspunktene er sendt/.test(String(c.activity.text)));
    expect(report).toHaveLength(1);
    // Drammensregionen's and Lørenskog's members never wrote to the bot: counted and named.
    expect(String(report[0].activity.text)).toMatch(/sendt i personlig chat til 2 ansvarlige\. \d+ kunne ikke nås/);
    expect(String(report[0].activity.text)).toContain('Didrik Aasland');
    // A second avslutt ends nothing and sends nothing.
    const count = bot.connector.captured.length;
    const [again] = await bot.say(CHAT, CHAIR, 'avslutt');
    await sleep(100);
    expect(String(again.text)).not.toContain('sendt i personlig chat');
    expect(bot.connector.captured.length).toBe(count + 1);
  });

  it('the referat lists the follow-ups under their items and in the closing table', async () => {
    const before = bot.connector.captured.length;
    await bot.say(CHAT, CHAIR, 'referat md', 2);
    const link = bot.connector.captured
      .slice(before)
      .map((c) => downloadLink(c.activity))
      .find(Boolean);
    const md = await (await fetch(link!)).text();
    expect(md).toContain(`**Oppfølging:** Sende planen på høring — ansvarlig: Arnbjørn Fosse (Asker kommune), frist: ${DUE}`);
    const table = md.slice(md.indexOf('## Oppfølgingspunkter'));
    expect(table).toContain('| Hva | Ansvar | Frist |');
    expect(table).toContain(`| Sende planen på høring | Arnbjørn Fosse (Asker kommune) | ${DUE} |`);
    expect(table).toContain('| Avklare ansvar for veiene | Drammensregionen |  |');
    expect(table.indexOf('Sende planen på høring')).toBeLessThan(table.indexOf('Avklare ansvar for veiene'));
  });

  it('the next sakskart gets «Oppfølging fra forrige møte» before Eventuelt with the open follow-ups; the chair marks them on its card; status and history carry over', async () => {
    const idOf = async (text: string) => (await stored()).find((f) => f.text === text)!.followUpId;
    await bot.say(CHAT, CHAIR, `nytt møte ${ddmmyyyy(20)} 10:00-12:00 Oslo rådhus`);
    const [agenda] = await bot.say(CHAT, CHAIR, 'sakskart\n1. Godkjenning av innkalling og dagsorden\n2. Orientering om regionplanen\n3. Eventuelt');
    expect(agenda.text).toContain('Sak 4 «Oppfølging fra forrige møte» lister gruppens 5 åpne oppfølgingspunkter');
    const second = (await bot.running.repositories.meetings.listByGroup(groupId)).find((m) => m.state === 'draft')!;
    expect(second.agenda.map((i) => i.title)).toEqual([
      'Godkjenning av innkalling og dagsorden',
      expect.stringMatching(/^Godkjenning av referat fra møte/),
      'Orientering om regionplanen',
      'Oppfølging fra forrige møte',
      'Eventuelt',
    ]);
    const item = second.agenda[3];
    expect(item.kind).toBe('follow-ups');
    expect(item.subPoints).toEqual(
      expect.arrayContaining([
        'Avklare ansvar for veiene – ansvar: Drammensregionen',
        'Finne en dato',
        `Lage notat om næringsarealer – ansvar: Kjell Jøran Tveter (Horten kommune), frist ${DUE}`,
      ]),
    );
    expect(item.subPoints.join('\n')).not.toMatch(/Sende planen på høring|Send the figures/); // done / dropped
    expect(card(agenda)).toContain('Oppfølging fra forrige møte');

    // The second meeting, started on its card (it is dated another day), then onto the follow-up item.
    const [ask] = await bot.say(CHAT, CHAIR, 'start');
    await click(bot, CHAT, CHAIR, 'meeting.start', buttons(ask).find((b) => b.verb === 'meeting.start')!.data);
    const moved = await bot.say(CHAT, MEMBERS.dag, 'sak 4', 3);
    const itemCard = moved.find((a) => card(a).includes('Sak 4: Oppfølging fra forrige møte'))!;
    expect(card(itemCard)).toContain('Lage notat om næringsarealer');
    const on = async (text: string, verb: string) => {
      const id = await idOf(text);
      return buttons(itemCard).find((b) => b.verb === verb && b.data.followUpId === id)!;
    };
    const carry = await on('Avklare ansvar for veiene', 'followup.carry');
    expect(carry.data.meetingId).toBe(second.meetingId);
    const member = await click(bot, CHAT, MEMBERS.anne, 'followup.carry', carry.data);
    expect(String(member.value)).toContain('Bare møteleder eller sekretariatet');
    const carried = await click(bot, CHAT, MEMBERS.dag, 'followup.carry', carry.data);
    expect(cardText(carried.value)).toContain('Sak 4: Oppfølging fra forrige møte');
    expect(cardText(carried.value)).toContain('Status: Videreføres');
    await click(bot, CHAT, MEMBERS.dag, 'followup.done', (await on('Lage notat om næringsarealer', 'followup.done')).data);
    await click(bot, CHAT, MEMBERS.dag, 'followup.drop', (await on('Finne en dato', 'followup.drop')).data);
    const history = async (text: string) => (await stored()).find((f) => f.text === text)!.history.map((h) => [h.status, h.meetingId]);
    const first = (await stored()).find((f) => f.text === 'Avklare ansvar for veiene')!.meetingId;
    expect(await history('Avklare ansvar for veiene')).toEqual([
      ['open', first],
      ['carried', second.meetingId],
    ]);
    expect(await history('Lage notat om næringsarealer')).toEqual([
      ['open', first],
      ['done', second.meetingId],
    ]);

    // The second referat says what was marked; the third meeting's agenda lists what is still open.
    const ask2 = await bot.say(CHAT, CHAIR, 'avslutt');
    const end = buttons(ask2[0]).find((b) => b.verb === 'meeting.end');
    if (end) await click(bot, CHAT, CHAIR, 'meeting.end', end.data);
    const before = bot.connector.captured.length;
    await bot.say(CHAT, CHAIR, `referat md ${ddmmyyyy(20)}`, 2);
    const link = bot.connector.captured
      .slice(before)
      .map((c) => downloadLink(c.activity))
      .find(Boolean);
    const md = await (await fetch(link!)).text();
    const section = md.slice(md.indexOf('## Sak 4. Oppfølging fra forrige møte'), md.indexOf('## Sak 5.'));
    expect(section).toContain('Avklare ansvar for veiene: Videreføres');
    expect(section).toContain('Lage notat om næringsarealer: Utført');
    expect(section).toContain('Finne en dato: Utgår');
    await bot.say(CHAT, CHAIR, `nytt møte ${ddmmyyyy(40)} 10:00-12:00 Oslo rådhus`);
    const [third] = await bot.say(CHAT, CHAIR, 'sakskart\n1. Godkjenning av innkalling og dagsorden\n2. Oppfølging fra forrige møte\n3. Eventuelt');
    const thirdMeeting = (await bot.running.repositories.meetings.listByGroup(groupId)).find((m) => m.state === 'draft')!;
    const pasted = thirdMeeting.agenda.filter((i) => i.kind === 'follow-ups');
    expect(pasted).toHaveLength(1); // the pasted item is used, not a second one
    expect(pasted[0].subPoints.join('\n')).toContain('Avklare ansvar for veiene');
    expect(pasted[0].subPoints.join('\n')).not.toMatch(/Lage notat|Finne en dato/);
    expect(third.text).toContain('åpne oppfølgingspunkt');
  });

  it('mine data shows the follow-ups a member owns; slett mine data passes them to the organization and takes the name out of the history', async () => {
    const [data] = await inPersonal(personal(MEMBERS.karl), MEMBERS.karl, 'mine data');
    expect(data.text).toContain('**Oppfølgingspunkter du har ansvar for**');
    expect(data.text).toMatch(/Faggruppe for næringssamarbeid, \d\d\.\d\d\.\d{4}: Lage notat om næringsarealer \(Utført\)/);
    const [aud] = await inPersonal(personal(MEMBERS.anne), MEMBERS.anne, 'mine data');
    expect(aud.text).not.toContain('Sende innspill til regionplanen'); // her organization's, not hers
    const erased = await click(bot, personal(MEMBERS.karl), MEMBERS.karl, 'privacy.erase.confirm', {});
    expect(cardText(erased.value)).toContain('«Lage notat om næringsarealer» (ansvaret står nå på organisasjonen din)');
    const f = (await stored()).find((x) => x.text === 'Lage notat om næringsarealer')!;
    expect(f.owner).toEqual({ kind: 'organization', organization: 'Horten kommune' });
    expect(JSON.stringify(f)).not.toContain('Kjell Jøran Tveter');
  });
});
