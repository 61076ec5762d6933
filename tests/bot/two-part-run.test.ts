import { groupIdFor } from '../../src/app/groups';
import { meetingIdFor } from '../../src/domain/meeting';
import { osloDateOf } from '../../src/domain/norwegian-time';
import { downloadLink } from '../../tools/teams/download-link';
import { readZip } from '../fixtures/read-zip';
import { CHAIR, startBotForTest, type TestUser } from '../helpers/bot-client';
import { cardText } from '../helpers/invoke';
import { click, endAnyway } from '../helpers/meeting-run-setup';

/*
 * A meeting in two parts run through both parts over the bot's HTTP endpoint (#17 §1.8 follow-through):
 * the chat speaks the documents' numbers. `sak <n>` is item n of the part being held, `sak 1.2` /
 * `del 1 sak 2` / `del 2` name another part, the current-item card says «Del 2 · Sak 2 av 4», the answers
 * name «sak 2 i del 2»; `forbered` and `rett referat` count in the group's own part; the referat numbers
 * per part and the archive package gives each sak its part. Bad references are refused and change nothing.
 */
const CHAT = { id: '19:two-part-run@thread.v2', type: 'groupChat' as const };
const PASTE = [
  '## Sakskart til møte i administrative faggrupper 16. januar',
  'Kl. 09:00-09:30',
  '1. Godkjenning av innkalling og dagsorden',
  '2. Ny møteform med en felles del',
  '',
  '## Sakskart til møte i faggruppe for næringssamarbeid',
  'Kl. 09:40-12:30',
  '1. Godkjenning av innkalling og dagsorden',
  '2. Handlingsprogram 2026',
  '3. Runde rundt bordet',
].join('\n');

const VIBEKE: TestUser = { id: '29:vibeke', aadObjectId: '00000000-0000-0000-0000-0000000002a1', name: 'Vibeke Strand' };
const VIBEKE_CHAT = { id: 'a:two-part-vibeke', type: 'personal' as const };

const attachmentsOf = (a: Record<string, unknown>) => (a.attachments ?? []) as { content: unknown }[];

describe('a meeting in two parts, run through both parts', () => {
  let bot: Awaited<ReturnType<typeof startBotForTest>>;
  const today = osloDateOf(new Date());
  const meetingId = meetingIdFor(groupIdFor(CHAT.id), today);
  const stored = async () => (await bot.running.repositories.meetings.get(meetingId))!;
  /** The current-item card as last posted or updated in place. */
  const itemCardText = () => {
    const cards = bot.connector.captured.map((c) => attachmentsOf(c.activity as Record<string, unknown>)).filter((a) => a.length > 0);
    const texts = cards.map((a) => cardText(a[0].content)).filter((t) => /Sak \d+ av \d+/.test(t));
    return texts[texts.length - 1] ?? '';
  };
  const say = async (text: string, count = 1) => bot.say(CHAT, CHAIR, text, count);
  /** A refused command: its answer, and the meeting document untouched (same etag). */
  const refused = async (text: string) => {
    const before = (await stored()).etag;
    const [reply] = await say(text);
    expect((await stored()).etag).toBe(before);
    return String(reply.text);
  };

  beforeAll(async () => {
    bot = await startBotForTest();
    await say('ny gruppe Faggruppe for todelte møter');
    await say('deltakere\nVibeke\tStrand\tLenkeby kommune\nTorgeir\tHolm\tFjordvik kommune');
    await say(`nytt møte ${today.split('-').reverse().join('.')} 09:30-12:00 Teams`);
    const [agenda] = await say(`sakskart\n${PASTE}`);
    expect(agenda.text).toContain('er lagret (6 saker)');
  });
  afterAll(async () => bot.close());

  it('forbered counts in the group’s own part before the meeting; «1.2» reaches the common part; bad numbers are refused', async () => {
    const [own] = await say('forbered 2 Les utkastet til handlingsprogram.');
    expect(own.text).toContain('Sak 2 i del 2 i møtet');
    const [common] = await say('forbered 1.2: Les om den nye møteformen.');
    expect(common.text).toContain('Sak 2 i del 1 i møtet');
    const agenda = (await stored()).value.agenda;
    expect(agenda.find((i) => i.number === 4)?.prepare).toBe('Les utkastet til handlingsprogram.');
    expect(agenda.find((i) => i.number === 2)?.prepare).toBe('Les om den nye møteformen.');
    expect(agenda.filter((i) => i.prepare).map((i) => i.number)).toEqual([2, 4]);
    expect(await refused('forbered 9 Noe')).toContain('Del 2 har ingen sak 9; den har sak 1 til 4.');
    expect(await refused('forbered del 3 sak 1 Noe')).toContain('Møtet har ingen del 3; det har 2 deler.');
    expect(await refused('forbered 1.3 Noe')).toContain('Del 1 har ingen sak 3; den har sak 1 til 2.');
  });

  it('hjelp says how to name an item of another part', async () => {
    const [help] = await say('hjelp');
    expect(help.text).toContain('«sak 1.2» eller «del 1 sak 2» for sak 2 i del 1');
    expect(help.text).toContain('«1.2» er sak 2 i del 1');
  });

  it('the notice card’s title covers both parts', async () => {
    const [notice, approval] = await say('innkalling', 3);
    // The group approves its own part's item 1 (stored 3), named as the notice numbers it.
    expect(cardText(attachmentsOf(approval)[0].content)).toContain('Del 2 · Sak 1. Godkjenning av innkalling og dagsorden');
    expect((await bot.running.repositories.approvals.get(meetingId, 3))?.value).toMatchObject({ part: 2, shown: 1 });
    expect(cardText(attachmentsOf(notice)[0].content)).toContain('Innkalling til møte i administrative faggrupper og møte i faggruppe for næringssamarbeid');
  });

  it('a vote on the group’s part’s approval card (stored item 3) is in mine data as «sak 1 i del 2», and slett mine data erases it', async () => {
    const approval = async () => (await bot.running.repositories.approvals.get(meetingId, 3))!.value;
    await bot.say(VIBEKE_CHAT, VIBEKE, 'hei');
    expect((await click(bot, CHAT, VIBEKE, 'approval.approve', { meetingId, item: 3 })).httpStatus).toBe(200);
    expect(Object.keys((await approval()).votes)).toHaveLength(1);
    const [mine] = await bot.say(VIBEKE_CHAT, VIBEKE, 'mine data');
    expect(mine.text).toContain('sak 1 i del 2: godkjent');
    await bot.say(VIBEKE_CHAT, VIBEKE, 'slett mine data');
    const erased = await click(bot, VIBEKE_CHAT, VIBEKE, 'privacy.erase.confirm', {});
    expect(erased.httpStatus).toBe(200);
    expect(JSON.stringify(erased)).toContain('stemme: Faggruppe for todelte møter');
    expect(JSON.stringify(erased)).toContain('sak 1 i del 2');
    expect((await approval()).votes).toEqual({});
  });

  it('the card says the part and the item’s number in it; sak <n> counts in the part being held', async () => {
    await say('start', 3);
    expect((await stored()).value.currentItem).toBe(1);
    expect(itemCardText()).toContain('Del 1 · Sak 1 av 2: Godkjenning av innkalling og dagsorden');

    const [two] = await say('sak 2', 2);
    expect(two.text).toBe('Del 1 · Sak 2: Ny møteform med en felles del');
    expect((await stored()).value.currentItem).toBe(2);
    expect(itemCardText()).toContain('Del 1 · Sak 2 av 2: Ny møteform med en felles del');

    // Part 1 has two items: «sak 3» is refused there, not the whole meeting's third item.
    expect(await refused('sak 3')).toContain('Del 1 har ingen sak 3; den har sak 1 til 2.');
    const [note] = await say('notat: Felles del fra neste år.');
    expect(note.text).toBe('Notatet på sak 2 i del 1 er lagret.');

    await say('neste', 2);
    expect((await stored()).value.currentItem).toBe(3);
    expect(itemCardText()).toContain('Del 2 · Sak 1 av 4: Godkjenning av innkalling og dagsorden');

    // In part 2, «sak 2» is the item part 2's sakskart calls 2: Handlingsprogram (stored number 4).
    const [program] = await say('sak 2', 2);
    expect(program.text).toBe('Del 2 · Sak 2: Handlingsprogram 2026');
    expect((await stored()).value.currentItem).toBe(4);
    expect(itemCardText()).toContain('Del 2 · Sak 2 av 4: Handlingsprogram 2026');
    const [decision] = await say('vedtak: Gruppen sluttet seg til forslaget.');
    expect(decision.text).toBe('Vedtaket på sak 2 i del 2 er lagret.');
    expect((await stored()).value.records['4']?.decision).toBe('Gruppen sluttet seg til forslaget.');
    const [action] = await say('oppfølging: Send utkastet til gruppen ansvar Vibeke Strand');
    expect(action.text).toContain('Oppfølgingspunktet er lagret på sak 2 i del 2');
    const followUps = await bot.running.repositories.followUps.listByGroup(groupIdFor(CHAT.id));
    expect(followUps.map((f) => [f.item, f.itemPart, f.itemShown])).toEqual([[4, 2, 2]]);
  });

  it('another part by «sak 1.2», «del 1 sak 2», «del 2»; bad items and parts are refused and nothing moves', async () => {
    expect(await refused('sak 9')).toContain('Del 2 har ingen sak 9; den har sak 1 til 4.');
    expect(await refused('del 3')).toContain('Møtet har ingen del 3; det har 2 deler.');
    expect(await refused('sak 3.1')).toContain('Møtet har ingen del 3');
    expect(await refused('sak 1.5')).toContain('Del 1 har ingen sak 5; den har sak 1 til 2.');
    expect((await stored()).value.currentItem).toBe(4);

    await say('sak 1.1', 2);
    expect((await stored()).value.currentItem).toBe(1);
    expect(itemCardText()).toContain('Del 1 · Sak 1 av 2');
    await say('del 2 sak 4', 2);
    expect((await stored()).value.currentItem).toBe(6);
    expect(itemCardText()).toContain('Del 2 · Sak 4 av 4: Eventuelt');
    await say('del 2', 2);
    expect((await stored()).value.currentItem).toBe(3);
    await say('item 2.3', 2);
    expect((await stored()).value.currentItem).toBe(5);
    expect(itemCardText()).toContain('Del 2 · Sak 3 av 4: Runde rundt bordet');
  });

  it('the end summary lists items by part; the referat numbers per part; rett referat counts in the group’s part', async () => {
    const { posted } = await endAnyway(bot, CHAT, CHAIR);
    const summary = posted
      .map((a) => attachmentsOf(a))
      .filter((a) => a.length > 0)
      .map((a) => cardText(a[0].content))
      .join('\n');
    expect(summary).toContain('Del 2 · 2. Handlingsprogram 2026');
    expect((await stored()).value.state).toBe('ended');

    // The follow-up names the item as the referat does.
    const [list] = await say('oppfølging');
    expect(cardText(attachmentsOf(list)[0].content)).toContain(`Fra ${today.split('-').reverse().join('.')}, sak 2 i del 2`);

    // The decision register and the search name the item as the referat does.
    const shown = (a: Record<string, unknown>) => [String(a.text ?? ''), ...attachmentsOf(a).map((x) => cardText(x.content))].join('\n');
    const [register] = await say('vedtak');
    expect(shown(register)).toContain('sak 2 i del 2 Handlingsprogram 2026: Gruppen sluttet seg til forslaget.');
    const [found] = await say('søk utkastet gruppen');
    expect(shown(found)).toContain('sak 2 i del 2 Handlingsprogram 2026 – Oppfølging: Send utkastet til gruppen');

    const [fixed] = await say('rett referat sak 2: Handlingsprogrammet ble lagt fram.');
    expect(fixed.text).toContain('Teksten under sak 2 i del 2 i referatet');
    const [fixedCommon] = await say('rett referat del 1 sak 2: Møteformen ble drøftet.');
    expect(fixedCommon.text).toContain('Teksten under sak 2 i del 1 i referatet');
    expect(await refused('rett referat sak 5: Finnes ikke')).toContain('Del 2 har ingen sak 5');
    const records = (await stored()).value.records;
    expect(records['4']?.notes).toEqual(['Handlingsprogrammet ble lagt fram.']);
    expect(records['2']?.notes).toEqual(['Møteformen ble drøftet.']);
    expect(records['4']?.decision).toBe('Gruppen sluttet seg til forslaget.');

    const [reply] = await say('referat md');
    const md = await (await fetch(downloadLink(reply)!)).text();
    expect(md).toMatch(
      /## Sakskart til møte i administrative faggrupper 16\. januar\n\n\*\*Kl\. 09:00-09:30\*\*\n\n## Sak 1\. Godkjenning[\s\S]*## Sak 2\. Ny møteform med en felles del\n\nMøteformen ble drøftet\.[\s\S]*## Sakskart til møte i faggruppe for næringssamarbeid\n\n\*\*Kl\. 09:40-12:30\*\*\n\n## Sak 1\. Godkjenning[\s\S]*## Sak 2\. Handlingsprogram 2026\n\nHandlingsprogrammet ble lagt fram\.[\s\S]*Gruppen sluttet seg til forslaget\.[\s\S]*## Sak 3\. Runde rundt bordet[\s\S]*## Sak 4\. Eventuelt/,
    );
  });

  it('the archive package gives each sak its part, so the repeated saksnumre are unambiguous', async () => {
    expect((await say('lås referat'))[0].text).toContain('er låst');
    const [reply] = await say('referat arkiv');
    const res = await fetch(downloadLink(reply)!);
    expect(res.status).toBe(200);
    const files = readZip(Buffer.from(await res.arrayBuffer()));
    const meta = JSON.parse(files.get('metadata.json')!.toString('utf8'));
    expect(meta.møtedeler).toEqual([
      { delnummer: 1, tittel: 'Sakskart til møte i administrative faggrupper 16. januar', start: '09:00', slutt: '09:30' },
      { delnummer: 2, tittel: 'Sakskart til møte i faggruppe for næringssamarbeid', start: '09:40', slutt: '12:30' },
    ]);
    expect(meta.saker.map((s: { delnummer: number; saksnummer: number; tittel: string }) => [s.delnummer, s.saksnummer, s.tittel])).toEqual([
      [1, 1, 'Godkjenning av innkalling og dagsorden'],
      [1, 2, 'Ny møteform med en felles del'],
      [2, 1, 'Godkjenning av innkalling og dagsorden'],
      [2, 2, 'Handlingsprogram 2026'],
      [2, 3, 'Runde rundt bordet'],
      [2, 4, 'Eventuelt'],
    ]);
    expect(meta.saker[3].vedtak).toBe('Gruppen sluttet seg til forslaget.');
    const xml = files.get('metadata.xml')!.toString('utf8');
    expect(xml).toContain('<moetedeler>\n    <moetedel>\n      <delnummer>1</delnummer>');
    expect(xml).toMatch(/<sak>\n\s*<delnummer>2<\/delnummer>\n\s*<saksnummer>2<\/saksnummer>\n\s*<tittel>Handlingsprogram 2026<\/tittel>/);
  });
});
