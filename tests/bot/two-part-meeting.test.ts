import { groupIdFor } from '../../src/app/groups';
import { meetingIdFor } from '../../src/domain/meeting';
import { osloDateOf } from '../../src/domain/norwegian-time';
import { downloadLink } from '../../tools/teams/download-link';
import { CHAIR, startBotForTest } from '../helpers/bot-client';
import { cardText } from '../helpers/invoke';

/*
 * A meeting in two parts (#17 §1.8) over the bot's HTTP endpoint: the common part and the group's
 * part, each with its heading, time and items, pasted with `sakskart`, shown on the agenda and
 * notice cards, run item by item and exported; bad parts are refused and change nothing.
 */
const CHAT = { id: '19:two-part-chat@thread.v2', type: 'groupChat' as const };
const PASTE = [
  '## Sakskart til møte i administrative faggrupper',
  '**Kl. 09:00-09:30**',
  '1. Godkjenning av innkalling og dagsorden',
  '2. Ny møteform med en felles del og parallelle faggruppemøter',
  '   - Struktur, mandat og roller',
  '',
  '## Sakskart til møte i faggruppe for næringssamarbeid',
  '**Kl. 09:40-12:30**',
  '1. Godkjenning av innkalling og dagsorden',
  '2. Handlingsprogram 2026',
  '3. Runde rundt bordet',
].join('\n');

const attachmentsOf = (a: Record<string, unknown>) => (a.attachments ?? []) as { content: unknown }[];

describe('a meeting in two parts', () => {
  let bot: Awaited<ReturnType<typeof startBotForTest>>;
  const today = osloDateOf(new Date());
  const meetingId = meetingIdFor(groupIdFor(CHAT.id), today);
  const stored = async () => (await bot.running.repositories.meetings.get(meetingId))!;
  const download = async (command: string) => {
    const [reply] = await bot.say(CHAT, CHAIR, command);
    const link = downloadLink(reply);
    if (!link) throw new Error(`no link in ${JSON.stringify(reply.text)}`);
    return (await fetch(link)).text();
  };

  beforeAll(async () => {
    bot = await startBotForTest();
    await bot.say(CHAT, CHAIR, 'ny gruppe Faggruppe for todelte møter');
    await bot.say(CHAT, CHAIR, 'deltakere\nVibeke\tStrand\tLenkeby kommune\nTorgeir\tHolm\tFjordvik kommune');
    await bot.say(CHAT, CHAIR, `nytt møte ${today.split('-').reverse().join('.')} 09:30-12:00 Teams`);
  });
  afterAll(async () => bot.close());

  it('sakskart stores both parts; the agenda card shows each part’s heading, time and own numbering', async () => {
    const [reply] = await bot.say(CHAT, CHAIR, `sakskart\n${PASTE}`);
    expect(reply.text).toContain('er lagret (6 saker)');
    expect(reply.text).not.toContain('ble ikke tatt med');
    const shown = cardText(attachmentsOf(reply)[0].content);
    const order = [
      'Sakskart til møte i administrative faggrupper\n\nKl. 09:00-09:30',
      '1. Godkjenning av innkalling og dagsorden',
      '2. Ny møteform med en felles del og parallelle faggruppemøter',
      'Sakskart til møte i faggruppe for næringssamarbeid\n\nKl. 09:40-12:30',
      '1. Godkjenning av innkalling og dagsorden',
      '2. Handlingsprogram 2026',
      '3. Runde rundt bordet',
      '4. Eventuelt',
    ];
    let at = -1;
    for (const mark of order) {
      at = shown.indexOf(mark, at + 1);
      expect(at).toBeGreaterThan(-1);
    }
    expect(shown).toContain('kl. 09.00 – 12.30'); // the card's time: the whole meeting
    const { value } = await stored();
    expect(value.parts?.map((p) => [p.start, p.end])).toEqual([
      ['09:00', '09:30'],
      ['09:40', '12:30'],
    ]);
    expect(value.agenda.map((i) => [i.number, i.part])).toEqual([
      [1, 0],
      [2, 0],
      [3, undefined],
      [4, undefined],
      [5, undefined],
      [6, undefined],
    ]);
  });

  it('refuses a part with no items, overlapping times and a third heading that is not a part, and changes nothing', async () => {
    const before = await stored();
    const [empty] = await bot.say(CHAT, CHAIR, `sakskart\n${PASTE}\n\n## Sakskart til møte i styringsgruppen\nKl. 13:00-14:00`);
    expect(empty.text).toContain('Delen «Sakskart til møte i styringsgruppen» har ingen saker');
    const [overlap] = await bot.say(CHAT, CHAIR, `sakskart\n${PASTE.replace('Kl. 09:40-12:30', 'Kl. 09:20-12:30')}`);
    expect(overlap.text).toContain('overlapper eller står i feil rekkefølge');
    const [third] = await bot.say(CHAT, CHAIR, `sakskart\n${PASTE}\n\n## Sakskart til møte i styringsgruppen\n1. Budsjett`);
    expect(third.text).toContain('har ingen tid under seg, så det er ikke en del av møtet');
    expect((await stored()).etag).toBe(before.etag);
  });

  it('a new paste in one part leaves no parts behind; the parts come back with the next paste in parts', async () => {
    await bot.say(CHAT, CHAIR, 'sakskart\n1. Godkjenning av innkalling og dagsorden\n2. Runde rundt bordet');
    const single = (await stored()).value;
    expect(single.parts).toBeUndefined();
    expect(single.agenda.some((i) => i.part !== undefined)).toBe(false);
    await bot.say(CHAT, CHAIR, `sakskart\n${PASTE}`);
    expect((await stored()).value.parts).toHaveLength(2);
  });

  it('the notice card shows the parts; the group approves its own part’s item 1', async () => {
    const [notice, approval] = await bot.say(CHAT, CHAIR, 'innkalling', 3);
    const shown = cardText(attachmentsOf(notice)[0].content);
    expect(shown).toContain('Sakskart til møte i faggruppe for næringssamarbeid\n\nKl. 09:40-12:30');
    // Each part's own «Sakskart …» heading stands in place of the group's one agenda title.
    expect(shown).not.toContain('Sakskart til møte i Faggruppe for todelte møter');
    expect(shown).toContain('Sak 3. Runde rundt bordet'); // what to prepare, by the number the notice prints
    expect(cardText(attachmentsOf(approval)[0].content)).toContain('Godkjenning av innkalling og dagsorden');
    expect(await bot.running.repositories.approvals.get(meetingId, 3)).toBeDefined();
    expect(await bot.running.repositories.approvals.get(meetingId, 1)).toBeUndefined();
  });

  it('the innkalling prints each part with its heading, time and items', async () => {
    const md = await download('innkalling md');
    expect(md).toContain('**Tid:** ');
    expect(md).toContain('kl 09:00-12:30');
    const parts = md.slice(md.indexOf('### Sakskart til møte i administrative faggrupper'));
    expect(parts).toMatch(
      /### Sakskart til møte i administrative faggrupper\n\n\*\*Kl\. 09:00-09:30\*\*\n\n\*\*1\. Godkjenning[\s\S]*\*\*2\. Ny møteform[\s\S]*### Sakskart til møte i faggruppe for næringssamarbeid\n\n\*\*Kl\. 09:40-12:30\*\*\n\n\*\*1\. Godkjenning[\s\S]*\*\*3\. Runde rundt bordet\*\*[\s\S]*\*\*4\. Eventuelt\*\*/,
    );
  });

  it('running the meeting steps through every item of both parts in order, and the referat prints both parts', async () => {
    await bot.say(CHAT, CHAIR, 'start', 3);
    const seen = [(await stored()).value.currentItem];
    for (let n = 0; n < 5; n++) {
      await bot.say(CHAT, CHAIR, 'neste');
      seen.push((await stored()).value.currentItem);
    }
    expect(seen).toEqual([1, 2, 3, 4, 5, 6]);
    await bot.say(CHAT, CHAIR, 'sak 2'); // item 2 of the part being held, part 2 (#17 §1.8 follow-through; stored number 4)
    await bot.say(CHAT, CHAIR, 'vedtak: Gruppen sluttet seg til forslaget.');
    const md = await download('referat md');
    expect(md).toContain('**Tid:** ');
    expect(md).toContain('kl. 09.00 – 12.30');
    expect(md).toMatch(
      /## Sakskart til møte i administrative faggrupper\n\n\*\*Kl\. 09:00-09:30\*\*\n\n## Sak 1\. Godkjenning[\s\S]*## Sak 2\. Ny møteform[\s\S]*## Sakskart til møte i faggruppe for næringssamarbeid\n\n\*\*Kl\. 09:40-12:30\*\*\n\n## Sak 1\. Godkjenning[\s\S]*## Sak 2\. Handlingsprogram 2026\n\nGruppen sluttet seg til forslaget\.[\s\S]*## Sak 3\. Runde rundt bordet[\s\S]*## Sak 4\. Eventuelt/,
    );
    for (const format of ['docx', 'html', 'pdf']) {
      const [reply] = await bot.say(CHAT, CHAIR, `referat ${format}`);
      const link = downloadLink(reply);
      expect(link).toBeDefined();
      expect((await fetch(link!)).status).toBe(200);
    }
  });
});
