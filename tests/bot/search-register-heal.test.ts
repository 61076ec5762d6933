import { Writable } from 'node:stream';
import { CosmosSearchRegister } from '../../src/persistence/cosmos/search-register';
import { CHAIR, startBotForTest } from '../helpers/bot-client';
import { setUpGroupWithMeeting, type Bot } from '../helpers/meeting-run-setup';

/*
 * #18 §3: a search register write that fails (the store answers 503 for that one request) does not fail
 * the user's turn — the meeting or follow-up write it mirrors is the truth — and is logged with the group
 * and meeting id and never the text. The entry is healed by the next write of the meeting in the same
 * instance, and, when no write comes before a restart, by the start-up backfill (the meeting's register
 * fingerprint differs from the entry's; a follow-up of the meeting is missing from it).
 */
const CHAT = { id: '19:register-heal@thread.v2', type: 'groupChat' as const };
const unavailable = () => Object.assign(new Error('Service Unavailable'), { code: 503 });

describe('search register: a failed write is logged, does not fail the turn, and is healed', () => {
  let bot: Bot;
  let groupId = '';
  let meetingId = '';
  const logs: Record<string, unknown>[] = [];
  const logStream = new Writable({
    write: (chunk, _enc, done) => (
      logs.push(
        ...String(chunk)
          .split('\n')
          .filter(Boolean)
          .map((l) => JSON.parse(l) as Record<string, unknown>),
      ),
      done()
    ),
  });
  const search = async (words: string) => String((await bot.say(CHAT, CHAIR, `søk ${words}`))[0]?.text ?? '');
  const failures = () => logs.filter((l) => l.msg === 'search register write failed: the next write or the start-up backfill mends it');

  beforeAll(async () => {
    bot = await startBotForTest({ LOG_LEVEL: 'warn' }, { logStream });
    ({ groupId, meetingId } = await setUpGroupWithMeeting(bot, CHAT));
    await bot.say(CHAT, CHAIR, 'innkalling', 3);
    await bot.say(CHAT, CHAIR, 'start', 3);
  }, 60_000);
  afterAll(async () => {
    jest.restoreAllMocks();
    await bot?.close();
  });

  it('a decision whose register write fails is stored and answered as usual; the failure is logged without the text', async () => {
    jest.spyOn(CosmosSearchRegister.prototype, 'setMeeting').mockRejectedValueOnce(unavailable());
    const replies = await bot.say(CHAT, CHAIR, 'vedtak: Gruppen vedtok REGHEALVEDTAK for bredbånd', 2);
    expect(replies.map((r) => String(r.text ?? '')).join(' ')).not.toMatch(/feil|error|ikke lagret/i);
    expect((await bot.running.repositories.meetings.get(meetingId))!.value.records['1'].decision).toContain('REGHEALVEDTAK');
    expect(failures()).toEqual([expect.objectContaining({ level: 40, groupId, meetingId, part: 'meeting', code: 503 })]);
    expect(JSON.stringify(logs)).not.toContain('REGHEALVEDTAK');
    // The register is behind: the decision is not found yet.
    expect(await search('reghealvedtak')).toBe('Fant ingenting om «reghealvedtak».');
  });

  it('the next write of the meeting (a move to the next item, which changes nothing searchable) heals the entry', async () => {
    await bot.say(CHAT, CHAIR, 'neste', 2);
    expect(await search('reghealvedtak')).toContain('Gruppen vedtok REGHEALVEDTAK for bredbånd');
  });

  it('with no write before a restart, the start-up backfill heals a follow-up and a meeting part that failed', async () => {
    jest.spyOn(CosmosSearchRegister.prototype, 'setFollowUp').mockRejectedValueOnce(unavailable());
    const [saved] = await bot.say(CHAT, CHAIR, 'oppfølging: Kartlegge REGHEALOPPF ansvar Asker kommune');
    expect(String(saved.text)).toContain('Oppfølgingspunktet er lagret');
    // The meeting's next write tries to heal the whole entry, and that fails too.
    jest.spyOn(CosmosSearchRegister.prototype, 'put').mockRejectedValueOnce(unavailable());
    await bot.say(CHAT, CHAIR, 'notat: Notatet REGHEALNOTAT om veier', 2);
    expect(
      failures()
        .slice(1)
        .map((l) => [l.part, l.meetingId]),
    ).toEqual([
      ['follow-up', meetingId],
      ['entry', meetingId],
    ]);
    expect(JSON.stringify(logs)).not.toMatch(/REGHEAL/);
    expect(await search('reghealnotat')).toBe('Fant ingenting om «reghealnotat».');
    expect(await search('reghealoppf')).toBe('Fant ingenting om «reghealoppf».');
    jest.restoreAllMocks();
    // The instance stops before any other write of the meeting; a new one starts on the same store.
    const dataDir = bot.dataDir;
    await bot.close();
    bot = await startBotForTest({ REFERENT_DATA_DIR: dataDir });
    expect(await search('reghealnotat')).toContain('Notatet REGHEALNOTAT om veier');
    expect(await search('reghealoppf')).toContain('Kartlegge REGHEALOPPF');
    // Healed: a further start writes nothing.
    expect((await bot.running.backfillSearchRegister()).written).toBe(0);
  });
});
