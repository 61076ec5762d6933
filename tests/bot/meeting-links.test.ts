import { groupIdFor } from '../../src/app/groups';
import type { MeetingData } from '../../src/domain/meeting-types';
import { CHAIR, startBotForTest, type TestUser } from '../helpers/bot-client';
import { downloadLink } from '../../tools/teams/download-link';

/** `lenke sakspapirer|presentasjoner|teams <url>|av [dato]` over the bot's HTTP endpoint (#17 §1.4). */
const CHAT = { id: '19:links-chat@thread.v2', type: 'groupChat' as const };
const MEMBER: TestUser = { id: '29:links-member', aadObjectId: '00000000-0000-4000-a000-11e1c0000001', name: 'Vibeke Strand' };

function meeting(groupId: string, id: string, date: string, state: MeetingData['state']): MeetingData {
  return {
    meetingId: id,
    groupId,
    date,
    start: '12:00',
    end: '13:00',
    place: 'Teams',
    state,
    agenda: [{ number: 1, title: 'Godkjenning av innkalling og dagsorden', subPoints: [], kind: 'approve-notice' }],
    records: {},
    attendance: {},
    ...(state === 'ended' || state === 'locked' ? { startedAt: `${date}T11:00:00Z`, endedAt: `${date}T12:00:00Z` } : {}),
  };
}

describe('meeting links', () => {
  let bot: Awaited<ReturnType<typeof startBotForTest>>;
  const groupId = groupIdFor(CHAT.id);
  const stored = async (id: string) => (await bot.running.repositories.meetings.get(id))!;
  beforeAll(async () => {
    bot = await startBotForTest();
    await bot.say(CHAT, CHAIR, 'ny gruppe Faggruppe for lenker');
    await bot.say(CHAT, CHAIR, 'deltakere\nVibeke\tStrand\tLenkeby kommune');
    await bot.running.repositories.meetings.create(meeting(groupId, 'mt-locked', '2024-05-02', 'locked'));
    await bot.running.repositories.meetings.create(meeting(groupId, 'mt-ended', '2024-11-07', 'ended'));
    await bot.running.repositories.meetings.create(meeting(groupId, 'mt-next', '2099-01-16', 'draft'));
  });
  afterAll(async () => bot.close());

  it('sets the documents and Teams links on the next meeting and the innkalling prints them as links', async () => {
    const [docs] = await bot.say(CHAT, CHAIR, 'lenke sakspapirer https://example.org/faggruppe/2099-01?fil=1&x=(2)');
    expect(docs.text).toBe('Lenken til sakspapirene for møtet 16.01.2099 er lagret. Den står i innkallingen.');
    await bot.say(CHAT, CHAIR, 'lenke teams https://teams.example/l/meetup-join/abc');
    expect((await stored('mt-next')).value.links).toEqual({
      documents: 'https://example.org/faggruppe/2099-01?fil=1&x=%282%29',
      teams: 'https://teams.example/l/meetup-join/abc',
    });
    const [reply] = await bot.say(CHAT, CHAIR, 'innkalling html');
    const page = await (await fetch(downloadLink(reply)!)).text();
    expect(page).toContain('<a href="https://example.org/faggruppe/2099-01?fil=1&amp;x=%282%29">Sakspapirer og underlag kan lastes ned her</a>');
    expect(page).toContain('<a href="https://teams.example/l/meetup-join/abc">Lenke til møtet i Teams</a>');
    const [list] = await bot.say(CHAT, CHAIR, 'lenke');
    expect(list.text).toContain('Lenker for møtet 16.01.2099:');
    expect(list.text).toContain('- Lenken til presentasjonene: ikke satt');
  });

  it('puts presentations on the meeting that ended last; the referat prints them; «av» removes, a repeat changes nothing', async () => {
    const [set] = await bot.say(CHAT, CHAIR, 'lenke presentasjoner https://example.org/presentasjoner');
    expect(set.text).toContain('for møtet 07.11.2024 er lagret. Den står i referatet.');
    const [reply] = await bot.say(CHAT, CHAIR, 'referat md 07.11.2024');
    const md = await (await fetch(downloadLink(reply)!)).text();
    expect(md).toContain('[Presentasjoner fra møtet finner man her](https://example.org/presentasjoner)');
    const before = await stored('mt-ended');
    const [again] = await bot.say(CHAT, CHAIR, 'lenke presentasjoner https://example.org/presentasjoner');
    expect(again.text).toContain('var allerede slik');
    expect((await stored('mt-ended')).etag).toBe(before.etag);
    const [off] = await bot.say(CHAT, CHAIR, 'lenke presentasjoner av');
    expect(off.text).toContain('er fjernet');
    expect((await stored('mt-ended')).value.links).toEqual({});
  });

  it('refuses bad links, unknown kinds and dates, locked minutes and members, and changes nothing', async () => {
    const before = await Promise.all(['mt-locked', 'mt-ended', 'mt-next'].map(stored));
    const cases: [string, string][] = [
      ['lenke sakspapirer javascript:alert(1)', '«javascript:alert(1)» er ikke en nettadresse'],
      ['lenke sakspapirer www.example.org', 'Lim inn hele adressen, som begynner med https://'],
      ['lenke bilder https://example.org', 'Jeg kjenner ikke lenketypen «bilder»'],
      ['lenke sakspapirer', 'Lenken mangler'],
      ['lenke sakspapirer https://example.org 03.03.2099', 'Gruppen har ikke noe møte 03.03.2099'],
      ['lenke presentasjoner https://example.org 02.05.2024', 'Referatet fra møtet 02.05.2024 er låst'],
    ];
    for (const [text, answer] of cases) {
      const [reply] = await bot.say(CHAT, CHAIR, text);
      expect(reply.text).toContain(answer);
      expect(reply.text).toContain('Ingenting ble endret');
    }
    const [member] = await bot.say(CHAT, MEMBER, 'lenke sakspapirer https://example.org/ond');
    expect(member.text).not.toContain('er lagret');
    const after = await Promise.all(['mt-locked', 'mt-ended', 'mt-next'].map(stored));
    expect(after.map((m) => m.etag)).toEqual(before.map((m) => m.etag));
  });
});
