import { groupIdFor } from '../../src/app/groups';
import { syncInputWindow } from '../../src/app/input-windows';
import type { MeetingData } from '../../src/domain/meeting-types';
import { CHAIR, startBotForTest, type TestUser } from '../helpers/bot-client';
import { downloadLink } from '../../tools/teams/download-link';

/** Direction controls sent through the real bot never reach the store or the documents (#14 item 7). */
const CHAT = { id: '19:bidi-chat@thread.v2', type: 'groupChat' as const };
const RLO = '\u202e';
const PDF = '\u202c';
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
// Invented people; the Teams display name itself carries an override.
const ADA: TestUser = { id: '29:ada', aadObjectId: '00000000-0000-0000-0000-0000000000a7', name: `Ada ${RLO}Lovlien${PDF}` };
const ROSTER = ['Ada\tLovlien\tNes kommune', `Bjørn\tFjellvik\tTest${'\u2067'}by kommune${'\u2069'}`].join('\n');
const DAY = 24 * 3600_000;

describe('bidi controls through the real HTTP endpoint', () => {
  let bot: Awaited<ReturnType<typeof startBotForTest>>;
  const groupId = groupIdFor(CHAT.id);
  beforeAll(async () => {
    bot = await startBotForTest();
    await bot.say(CHAT, CHAIR, 'ny gruppe Faggruppe for bidi-prøver');
    await bot.say(CHAT, CHAIR, `deltakere\n${ROSTER}`);
    const date = new Date(Date.now() - DAY).toISOString().slice(0, 10);
    const meeting: MeetingData = {
      meetingId: 'mt-bidi',
      groupId,
      date,
      start: '10:00',
      end: '11:00',
      place: 'Teams',
      state: 'ended',
      agenda: [{ number: 1, title: 'Runde rundt bordet', subPoints: [], kind: 'round-table' }],
      records: {},
      attendance: {},
      inputDeadline: new Date(Date.now() + 6 * DAY).toISOString(),
    };
    await bot.running.repositories.meetings.create(meeting);
    await syncInputWindow(bot.running.repositories, meeting);
  });
  afterAll(async () => bot.close());
  /** The bot's first message after `before` (connector GETs such as member look-ups are left out). */
  const answer = async (before: number) => {
    for (const deadline = Date.now() + 5000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 20))) {
      const post = bot.connector.captured.slice(before).find((c) => c.method === 'POST');
      if (post) return post.activity;
    }
    throw new Error('no answer');
  };

  it('stores the input, its author and the roster without them, and the Markdown and HTML referat carry none', async () => {
    const before = bot.connector.captured.length;
    await bot.say({ id: `a:personal-${ADA.id}`, type: 'personal' }, ADA, `innspill Ny ${RLO}fdp.exe${PDF} i havna\n- ${'\u2066'}punkt${'\u2069'} to`, 0);
    const reply = await answer(before);
    expect(reply.text).toContain('Innspillet for Nes kommune er lagret');
    const stored = await bot.running.repositories.inputs.get('mt-bidi', 'Nes kommune');
    expect(stored?.value.text).toBe('Ny fdp.exe i havna\n- punkt to');
    expect(stored?.value.authorName).toBe('Ada Lovlien');
    const roster = await bot.running.repositories.rosters.get(groupId);
    expect(JSON.stringify(roster?.value)).not.toMatch(BIDI);
    expect(roster?.value.map((m) => m.organization)).toContain('Testby kommune');

    for (const format of ['md', 'html']) {
      const mark = bot.connector.captured.length;
      await bot.say(CHAT, CHAIR, `referat ${format}`, 0);
      const link = await answer(mark);
      const res = await fetch(downloadLink(link)!);
      expect(res.status).toBe(200);
      const body = await res.text();
      expect(body).toContain('fdp.exe i havna');
      expect(body).not.toMatch(BIDI);
    }
  });
});
