import { createMeeting, mutateMeeting } from '../../src/app/meeting-writes';
import { registerFollowUpWrite } from '../../src/app/search-register';
import { newFollowUp } from '../../src/domain/follow-up';
import { groupIdFor } from '../../src/app/groups';
import { meetingIdFor } from '../../src/domain/meeting';
import type { MeetingData } from '../../src/domain/meeting-types';
import { CHAIR, post, startBotForTest, type TestUser } from '../helpers/bot-client';
import { MEMBERS, setUpGroupWithMeeting, STRANGER, type Bot } from '../helpers/meeting-run-setup';

/*
 * The message extension «Finn vedtak» (#18 §3) over the real HTTP endpoint: a composeExtension/query
 * invoke, from any chat, answers the hits of the invoking user's own groups (their stored roster link)
 * as cards to insert; restricted input and other groups' texts are never found; a short or empty query
 * is a message. Also: input of a meeting whose minutes are not locked is found (read, not copied).
 * Invented people and organizations only.
 */

const CHAT = { id: '19:message-extension@thread.v2', type: 'groupChat' as const };
const OTHER_CHAT = { id: '19:message-extension-other@thread.v2', type: 'groupChat' as const };
const ELSEWHERE = { id: '19:some-other-chat@thread.v2', type: 'groupChat' as const };
const OTHER_SECRETARIAT: TestUser = { id: '29:me-sec-other', aadObjectId: '00000000-0000-0000-0000-0000000002c1', name: 'Birgit Vangsnes' };

interface ExtensionAnswer {
  type: string;
  text?: string;
  attachments?: { contentType: string; content: { title: string; text: string }; preview: { contentType: string; content: { title: string } } }[];
}

const locked = (groupId: string, date: string, decision: string): MeetingData => ({
  meetingId: meetingIdFor(groupId, date),
  groupId,
  date,
  start: '10:00',
  end: '12:00',
  place: 'Rådhuset',
  state: 'locked',
  agenda: [
    { number: 1, title: 'Runde rundt bordet', subPoints: [], kind: 'round-table' },
    { number: 2, title: 'Havneplan', subPoints: [], kind: 'discussion' },
  ],
  records: { '2': { decision, notes: [] } },
  attendance: {},
});

describe('message extension «Finn vedtak» through the real HTTP endpoint', () => {
  let bot: Bot;
  let groupId: string;

  async function query(from: TestUser, text: string | undefined, extra: Record<string, unknown> = {}): Promise<ExtensionAnswer> {
    const activity = {
      ...bot.make(ELSEWHERE, from, ''),
      type: 'invoke',
      name: 'composeExtension/query',
      value: { commandId: 'findDecisions', parameters: text === undefined ? [] : [{ name: 'query', value: text }], queryOptions: { skip: 0, count: 25 } },
      ...extra,
    };
    const res = await post(bot.running.url, activity);
    expect(res.status).toBe(200);
    return (JSON.parse(res.body) as { composeExtension: ExtensionAnswer }).composeExtension;
  }

  beforeAll(async () => {
    bot = await startBotForTest();
    ({ groupId } = await setUpGroupWithMeeting(bot, CHAT));
    const repos = bot.running.repositories;
    const old = locked(groupId, '2023-05-10', 'Havneplanen for Solvika vedtas med endringene fra arbeidsutvalget.');
    // Input first: locked minutes take none, so the lock's snapshot is what a search finds.
    for (const [organization, text, restricted] of [
      ['Asker kommune', 'Solvika havn får ny kai.', undefined],
      ['Horten kommune', 'Solvika HEMMELIGORD som er begrenset.', '2024-01-01T00:00:00.000Z'],
    ] as const)
      await repos.inputs.put({
        meetingId: old.meetingId,
        groupId,
        organization,
        text,
        authorName: 'Innsender',
        enteredBySecretariat: false,
        received: 'before',
        updatedAt: '2023-05-09T08:00:00.000Z',
        ...(restricted ? { restricted } : {}),
      });
    await createMeeting(repos, old);
    for (let n = 0; n < 12; n++)
      await createMeeting(repos, locked(groupId, `2022-${String(n + 1).padStart(2, '0')}-05`, `Solvika budsjettpost ${n + 1} vedtas.`));
    // Another group with the same word, where none of the members above is on the roster.
    await bot.say(OTHER_CHAT, OTHER_SECRETARIAT, 'ny gruppe Oppdiktet nabogruppe');
    await createMeeting(repos, locked(groupIdFor(OTHER_CHAT.id), '2023-06-01', 'Solvika i nabogruppen: ikke for andre grupper.'));
    // Today's meeting takes input: Arnbjørn's is found while the minutes are open.
    await bot.say(CHAT, CHAIR, 'innkalling', 4);
    await bot.say({ id: 'a:me-asbjorn', type: 'personal' }, MEMBERS.asbjorn, 'innspill Solvika småbåthavn er åpnet.');
  }, 120_000);
  afterAll(async () => bot?.close());

  it('returns the invoking member’s hits as cards with a preview, newest first, from any chat', async () => {
    const answer = await query(MEMBERS.asbjorn, 'havneplanen solvika');
    expect(answer.type).toBe('result');
    expect(answer.attachments).toHaveLength(1);
    const [hit] = answer.attachments!;
    expect(hit.contentType).toBe('application/vnd.microsoft.card.hero');
    expect(hit.content.title).toBe('10.05.2023 – sak 2 Havneplan – Vedtak');
    expect(hit.content.text).toContain('Havneplanen for Solvika vedtas');
    expect(hit.preview.contentType).toBe('application/vnd.microsoft.card.thumbnail');
    expect(hit.preview.content.title).toBe(hit.content.title);
  });

  it('finds locked and open meetings’ input, never restricted input nor another group’s texts; 10 a page, then the next on scroll', async () => {
    const all = await query(MEMBERS.asbjorn, 'solvika');
    const titles = all.attachments!.map((a) => `${a.content.title}: ${a.content.text}`);
    expect(titles).toHaveLength(10);
    expect(titles[0]).toMatch(/– sak \d+ Runde rundt bordet.* – Innspill: Asker kommune: Solvika småbåthavn er åpnet\.$/);
    expect(titles.join('\n')).toContain('Asker kommune: Solvika havn får ny kai.');
    expect(titles.join('\n')).not.toMatch(/HEMMELIGORD|nabogruppen/);
    const next = await query(MEMBERS.asbjorn, 'solvika', {
      value: { commandId: 'findDecisions', parameters: [{ name: 'query', value: 'solvika' }], queryOptions: { skip: 10, count: 25 } },
    });
    expect(next.attachments!.length).toBe(5);
    const beyond = await query(MEMBERS.asbjorn, 'solvika', {
      value: { commandId: 'findDecisions', parameters: [{ name: 'query', value: 'solvika' }], queryOptions: { skip: 20, count: 25 } },
    });
    expect(beyond).toMatchObject({ type: 'result', attachments: [] });
    expect((await query(MEMBERS.asbjorn, 'hemmeligord')).text).toBe('Fant ingenting om «hemmeligord».');
  });

  it('a cancelled meeting’s decisions and follow-ups are not found once it is cancelled', async () => {
    const repos = bot.running.repositories;
    const planned = { ...locked(groupId, '2024-02-07', 'Fergeleiet ved Solvika utvides.'), state: 'notice-published' as const };
    await createMeeting(repos, planned);
    await registerFollowUpWrite(
      repos,
      undefined,
      newFollowUp({
        followUpId: 'me-fu-ferge',
        groupId,
        meetingId: planned.meetingId,
        meetingDate: planned.date,
        item: 2,
        itemTitle: 'Havneplan',
        text: 'Utrede fergeleiet',
        createdAt: '2024-02-07T10:00:00.000Z',
        createdBy: 'Sekretær',
      }),
    );
    expect((await query(MEMBERS.asbjorn, 'fergeleiet')).attachments).toHaveLength(2);
    await mutateMeeting(repos, planned.meetingId, (m) => ({ next: { ...m, state: 'cancelled' }, result: 0 }));
    expect((await query(MEMBERS.asbjorn, 'fergeleiet')).text).toBe('Fant ingenting om «fergeleiet».');
  });

  it('a short, empty or missing query, or a user of no group: a clear message, not an error', async () => {
    expect(await query(MEMBERS.asbjorn, 'a')).toEqual({
      type: 'message',
      text: 'Søket er for kort: skriv minst 2 bokstaver eller tall, for eksempel «søk budsjett».',
    });
    expect((await query(MEMBERS.asbjorn, '')).text).toContain('Skriv hva du leter etter');
    expect((await query(MEMBERS.asbjorn, undefined)).text).toContain('Skriv hva du leter etter');
    expect((await query(MEMBERS.asbjorn, 'x'.repeat(10_000))).text).toContain('Søket er for langt');
    expect((await query(STRANGER, 'solvika')).text).toBe('Jeg finner deg ikke på deltakerlisten til noen gruppe, så det er ingenting å søke i.');
    // The other group's secretariat is on no roster, but holds its stored role: her own group is searched (no hit there), never the first group's texts.
    expect((await query(OTHER_SECRETARIAT, 'havneplanen')).text).toBe('Fant ingenting om «havneplanen».');
    const hers = await query(OTHER_SECRETARIAT, 'solvika');
    expect(hers.attachments?.map((a) => String((a.content as { text?: string }).text))).toEqual([expect.stringContaining('Solvika i nabogruppen')]);
    // English client: English answers.
    expect((await query(MEMBERS.asbjorn, 'a', { locale: 'en-US' })).text).toContain('The search is too short');
  });
});
