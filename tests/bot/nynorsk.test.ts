import { groupIdFor } from '../../src/app/groups';
import { meetingIdFor } from '../../src/domain/meeting';
import { osloDateOf, weekdayName } from '../../src/domain/norwegian-time';
import { readZip } from '../fixtures/read-zip';
import { CHAIR, type TestUser } from '../helpers/bot-client';
import { downloadLink } from '../../tools/teams/download-link';
import { cardText } from '../helpers/invoke';
import { attachments, click, type Bot } from '../helpers/meeting-run-setup';
import { startBotForTest } from '../helpers/bot-client';

/*
 * Issue #19: a whole meeting in a group that writes nynorsk (`språk nynorsk`): roster, agenda, notice,
 * the approval vote, written input, attendance, round table, decision, end, and the referat and the
 * innkalling in every format, read back for their words. Invented people; the clients say nb-NO, so
 * every nynorsk word here comes from the group's setting.
 */

const CHAT = { id: '19:nynorsk-chat@thread.v2', type: 'groupChat' as const };
const person = (n: number, name: string): TestUser => ({ id: `29:nn${n}`, aadObjectId: `00000000-0000-0000-0000-0000000003${n}0`, name });
const SIGRID = person(1, 'Sigrid Vetle');
const ODDVAR = person(2, 'Oddvar Lien');
const ROSTER = ['Sigrid\tVetle\tVik kommune', 'Oddvar\tLien\tLuster kommune', 'Randi\tHolm\tSogndal kommune'].join('\n');
const AGENDA = ['1. Godkjenning av innkalling og dagsorden', '2. Forslag til møteplan 2031', '3. Runde rundt bordet', '4. Eventuelt'].join('\n');

const dmy = (iso: string) => iso.split('-').reverse().join('.');
const texts = (sent: Record<string, unknown>[]) => sent.map((a) => `${String(a.text ?? '')}\n${cardText(attachments(a))}`).join('\n');

describe('a whole meeting in nynorsk (#19)', () => {
  let bot: Bot;
  const today = osloDateOf(new Date());
  const weekday = weekdayName(today, 'nn');
  const Weekday = weekday.charAt(0).toUpperCase() + weekday.slice(1);
  const meetingId = meetingIdFor(groupIdFor(CHAT.id), today);
  const say = async (from: TestUser, text: string) => texts((await bot.say(CHAT, from, text)) as Record<string, unknown>[]);
  const fetchText = async (command: string) => {
    const sent = (await bot.say(CHAT, CHAIR, command)) as Record<string, unknown>[];
    const answer = texts(sent);
    const link = sent.map(downloadLink).find(Boolean);
    if (!link) throw new Error(`no link in: ${answer}`);
    return { answer, body: Buffer.from(await (await fetch(link)).arrayBuffer()) };
  };

  beforeAll(async () => {
    bot = await startBotForTest();
  });
  afterAll(async () => bot.close());

  it('sets up the group, the meeting and its agenda, answering in nynorsk', async () => {
    await say(CHAIR, 'ny gruppe Vestlandsrådet for næring');
    expect(await say(CHAIR, 'språk nynorsk')).toContain('Gruppa skriv no på nynorsk');
    expect(await say(CHAIR, 'språk nynorsk')).toContain('Ingenting vart endra.');
    expect(await say(CHAIR, `deltakarar\n${ROSTER}`)).toContain('Deltakarlista er oppdatert: 3 lagt til');
    const created = await say(CHAIR, `nytt møte ${dmy(today)} 00:00-23:59 Sogndal kulturhus`);
    expect(created).toContain(`Møtet er oppretta: ${weekday} ${dmy(today)} kl. 00.00 – 23.59, Sogndal kulturhus.`);
    const agenda = await say(CHAIR, `saksliste\n${AGENDA}`);
    expect(agenda).toContain(`Sakslista til møtet ${dmy(today)} er lagra (4 saker).`);
    expect(agenda).toContain('Saksliste');
    // Bokmål and English commands work in a nynorsk group, and hjelp lists the nynorsk forms.
    const help = await say(CHAIR, 'help');
    expect(help).toContain('Kommandoar du kan bruke her:');
    expect(help).toContain('deltakarar + linjer – legg inn eller oppdaterer deltakarlista');
  });

  it('publishes the notice, takes the vote and writes the decision in nynorsk', async () => {
    const notice = await say(CHAIR, 'innkalling');
    expect(notice).toContain('Innkallinga er publisert. Frist for innspel:');
    expect(notice).toContain('Innkalling til møte i Vestlandsrådet for næring');
    expect(notice).toContain('Med venleg helsing');
    const vote = await click(bot, CHAT, SIGRID, 'approval.approve', { meetingId, item: 1 });
    expect(cardText(vote.value)).toContain('Stemma di: godkjent. Du kan endre ho til godkjenninga blir lukka.');
    const closed = await click(bot, CHAT, CHAIR, 'approval.close', { meetingId, item: 1 });
    expect(cardText(closed.value)).toContain('Innkallinga vart godkjend');
  });

  it('takes written input, attendance and the round table in nynorsk', async () => {
    expect(await say(CHAIR, 'innspel for Luster kommune: Vi har opna eit nytt næringsområde.')).toContain(
      'Innspelet for Luster kommune er lagra og merkt som lagt inn av sekretariatet.',
    );
    expect(await say(CHAIR, 'start')).toContain(`Møtet ${weekday} ${dmy(today)} kl. 00.00 – 23.59 er starta.`);
    expect(await say(SIGRID, 'til stades')).toContain('Sigrid Vetle (Vik kommune) er ført som til stades.');
    // A card click does not pass the message path: the use case reads the group's language itself.
    const clicked = await click(bot, CHAT, ODDVAR, 'attendance.present', { meetingId });
    expect(cardText(clicked.value)).toContain('Kven er til stades?');
    expect(cardText(clicked.value)).toContain('Til stades: Sigrid Vetle (Vik kommune), Oddvar Lien (Luster kommune)');
    expect(await say(CHAIR, 'runde')).toContain('Runden rundt bordet er starta med');
    expect(await say(CHAIR, 'sak 2')).toContain('Sak 2');
    expect(await say(CHAIR, 'vedtak: Møteplanen for 2031 vart vedteken.')).toContain('Vedtaket i sak 2 er lagra.');
  });

  it('ends the meeting and writes the referat in every format in nynorsk', async () => {
    const ended = await say(CHAIR, 'avslutt');
    if (!ended.includes('Møtet er avslutta')) {
      expect(ended).toContain('Vil du avslutte likevel?');
      await click(bot, CHAT, CHAIR, 'meeting.end', { meetingId });
    }
    const md = await fetchText('referat md');
    expect(md.answer).toContain(`Referatet for møtet ${dmy(today)} (md) er klart`);
    const text = md.body.toString('utf8');
    for (const words of [
      '# Referat frå møte i Vestlandsrådet for næring',
      `**Tid:** ${Weekday} ${dmy(today)} kl. 00.00 – 23.59`,
      '**Stad:** Sogndal kulturhus',
      '**Til stades:**',
      '| NAMN | KOMMUNE / REGION |',
      '**Saksliste:**',
      '## Sak 1. Godkjenning av innkalling og dagsorden',
      'Innkallinga vart godkjend',
      'Møteplanen for 2031 vart vedteken.',
      'Vi har opna eit nytt næringsområde.',
      '## Sak 4. Eventuelt',
      'Ingen saker.',
    ]) {
      expect(text).toContain(words);
    }
    expect(text).not.toMatch(/Referat fra|Frammøtte|Sted:|Innkallingen ble/);

    const html = (await fetchText('referat html')).body.toString('utf8');
    expect(html).toContain('<html lang="nn">');
    expect(html).toContain('Referat frå møte i Vestlandsrådet for næring');
    expect(html).toContain('Til stades:');

    const docx = readZip((await fetchText('referat docx')).body);
    const documentXml = docx.get('word/document.xml')!.toString('utf8');
    expect(documentXml).toContain('Referat frå møte i Vestlandsrådet for næring');
    expect(documentXml).toContain('Til stades:');
    expect(documentXml).toContain(Weekday);
    expect(docx.get('docProps/core.xml')!.toString('utf8')).toContain('<dc:language>nn-NO</dc:language>');

    const pdf = (await fetchText('referat pdf')).body.toString('latin1');
    expect(pdf).toContain('/Lang (nn-NO)');
  });

  it('writes the innkalling in nynorsk too', async () => {
    const notice = (await fetchText('innkalling md')).body.toString('utf8');
    expect(notice).toContain('**Stad:** Sogndal kulturhus');
    expect(notice).toContain('**Vi ber deltakarane i møtet om å førebu dette:**');
    expect(notice).toContain('## Saksliste til møte i Vestlandsrådet for næring');
    expect(notice).toContain(`**Tid og stad:** ${Weekday}`);
    expect(notice).toContain('Med venleg helsing');
    expect(notice).toContain('## Inviterte');
    expect(notice).toContain('| Fornamn | Etternamn | Organisasjon |');
  });

  it('switching the language changes only the rendering: the same referat in Bokmål', async () => {
    expect(await say(CHAIR, 'språk bokmål')).toContain('Gruppen skriver nå på bokmål');
    const text = (await fetchText('referat md')).body.toString('utf8');
    expect(text).toContain('# Referat fra møte i Vestlandsrådet for næring');
    expect(text).toContain('**Frammøtte:**');
    // Referent's own decision wording follows the language; the chair's own words stay as written.
    expect(text).toContain('Innkallingen ble godkjent');
    expect(text).toContain('Møteplanen for 2031 vart vedteken.');
    expect(text).toContain('Vi har opna eit nytt næringsområde.');
  });

  it('mitt språk: a member’s own language in personal chat, shown in mine data', async () => {
    const personal = { id: 'a:nynorsk-sigrid', type: 'personal' as const };
    const inPersonal = async (text: string) => texts((await bot.say(personal, SIGRID, text)) as Record<string, unknown>[]);
    expect(await inPersonal('mitt språk nynorsk')).toContain('Eg skriv til deg på nynorsk her i den personlege chatten frå no av.');
    expect(await inPersonal('mitt språk')).toContain('Eg skriv til deg på nynorsk her.');
    expect(await inPersonal('hjelp')).toContain('Kommandoar du kan bruke her:');
    expect(await inPersonal('mine data')).toContain('valt språk (mitt språk): nynorsk');
    expect(await inPersonal('mitt språk klingon')).toContain('Eg kjenner ikkje språket «klingon». Vel nynorsk, bokmål eller english. Ingenting vart endra.');
    expect(await inPersonal('my language english')).toContain('I write to you in English here in the personal chat from now on.');
    // The group's chat keeps the group's language.
    expect(await say(SIGRID, 'hjelp')).toContain('Kommandoer du kan bruke her:');
    // A reminder reaches her in her own language, whatever the group writes.
    const before = bot.connector.captured.length;
    expect(await say(CHAIR, 'påminning')).toContain('Påminnelse sendt til 1 person.');
    const reminders = bot.connector.captured.slice(before).map((c) => c.activity as Record<string, unknown>);
    expect(reminders.some((a) => String(a.text).startsWith('Reminder from Vestlandsrådet for næring: we are missing input from Vik kommune'))).toBe(true);
    // The erasure card's click reads her record: it answers in her language (her Teams client says nb-NO).
    const erased = await click(bot, personal, SIGRID, 'privacy.erase.confirm', {});
    expect(cardText(erased.value)).toContain('Your data is erased');
  });
});
