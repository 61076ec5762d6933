import { groupIdFor } from '../../src/app/groups';
import { meetingIdFor } from '../../src/domain/meeting';
import { osloDateOf } from '../../src/domain/norwegian-time';
import { CHAIR, post, startBotForTest, type TestUser } from './bot-client';
import { invoke } from './invoke';
import { fixtureDocument, INNKALLING_2024_11_07, invitedList, withEmails } from '../../tools/fixtures/documents';

/*
 * A group with the 7.11.2024 notice's invited list and a meeting today with the 7.11.2024 notice's sakskart (items 1–5),
 * made through the bot's own commands, for the meeting-run, attendance and meeting-event tests.
 */

const NOTICE = fixtureDocument(INNKALLING_2024_11_07);
/**
 * The invited list, with Didrik Aasland's e-mail: he is made chair in several tests, and a role holder
 * links by the e-mail/UPN from Teams' member information, never by name alone (#15 §1).
 */
export const INVITED = withEmails(invitedList(NOTICE), { 'Didrik Aasland': 'didrik.aasland@drammen.example' });
export const SAKSKART = NOTICE.slice(NOTICE.indexOf('Sakskart til møte'), NOTICE.indexOf('Inviterte\n'));

const user = (n: number, name: string): TestUser => ({ id: `29:u${n}`, aadObjectId: `00000000-0000-0000-0000-0000000001${String(n).padStart(2, '0')}`, name });
/** Members of the 7.11.2024 notice's list, in different organizations. */
export const MEMBERS = {
  anne: user(1, 'Aud Hetle'), // Kongsvingerregionen
  asbjorn: user(2, 'Arnbjørn Fosse'), // Asker kommune
  camilla: user(3, 'Cecilie Hårstøl'), // Lørenskog kommune
  dag: { ...user(4, 'Didrik Aasland'), email: 'Didrik.Aasland@drammen.example' }, // Drammensregionen
  karl: user(5, 'Kjell Jøran Tveter'), // Horten kommune
};
export const STRANGER: TestUser = user(9, 'Ola Nordmann');

export type Bot = Awaited<ReturnType<typeof startBotForTest>>;
export type Chat = { id: string; type: 'groupChat' | 'channel' | 'personal' };

const dmy = (iso: string) => iso.split('-').reverse().join('.');

/** Creates the group in `chat` (CHAIR = secretariat), imports the roster, a meeting today, the agenda. */
export async function setUpGroupWithMeeting(bot: Bot, chat: Chat): Promise<{ groupId: string; meetingId: string }> {
  const today = osloDateOf(new Date());
  await bot.say(chat, CHAIR, 'ny gruppe Faggruppe for næringssamarbeid');
  await bot.say(chat, CHAIR, `deltakere\n${INVITED}`);
  const [created] = await bot.say(chat, CHAIR, `nytt møte ${dmy(today)} 00:00-23:59 Oslo rådhus`);
  if (!/opprettet/.test(String(created.text))) throw new Error(`meeting not created: ${created.text}`);
  await bot.say(chat, CHAIR, `sakskart\n${SAKSKART}`);
  const groupId = groupIdFor(chat.id);
  return { groupId, meetingId: meetingIdFor(groupId, today) };
}

/** Sends a message and returns everything the bot sent for it (replies and updates). */
export async function sayAll(bot: Bot, chat: Chat, from: TestUser, text: string, count: number) {
  return bot.say(chat, from, text, count);
}

/** Posts the very same activity twice (Teams re-sending it after a timeout). */
export async function sayTwice(bot: Bot, chat: Chat, from: TestUser, text: string) {
  const activity = bot.make(chat, from, text);
  await post(bot.running.url, activity);
  await post(bot.running.url, activity);
}

export const click = (bot: Bot, chat: Chat, from: TestUser, verb: string, data: Record<string, unknown>, replyToId?: string) =>
  invoke(bot.running.url, bot.connector.serviceUrl, chat, from, verb, data, replyToId ? { replyToId } : {});

export const attachments = (a: Record<string, unknown>) => (a.attachments ?? []) as { contentType: string; content: unknown }[];

export async function meetingOf(bot: Bot, meetingId: string) {
  const found = await bot.running.repositories.meetings.get(meetingId);
  if (!found) throw new Error(`no meeting ${meetingId}`);
  return found.value;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Posts the very same Action.Execute invoke twice (Teams re-sending it); returns both HTTP answers. */
export async function clickTwice(bot: Bot, chat: Chat, from: TestUser, verb: string, data: Record<string, unknown>) {
  const activity = {
    ...bot.make(chat, from, ''),
    type: 'invoke',
    name: 'adaptiveCard/action',
    replyToId: 'card-1',
    value: { action: { type: 'Action.Execute', verb, data } },
  };
  return [await post(bot.running.url, activity), await post(bot.running.url, activity)];
}

/**
 * `avslutt` when organizations were not heard asks on a card (#15 §2): types it, expects that card and
 * clicks «Avslutt likevel». Returns the card asked with, the click's answer and what the bot posted for it.
 */
export async function endAnyway(bot: Bot, chat: Chat, from: TestUser) {
  const [asked] = await bot.say(chat, from, 'avslutt');
  const card = attachments(asked)[0]?.content as { actions?: { verb?: string; data?: { meetingId?: string } }[] } | undefined;
  const meetingId = card?.actions?.find((a) => a.verb === 'meeting.end')?.data?.meetingId;
  if (!meetingId) throw new Error(`avslutt did not ask on a card: ${String(asked.text ?? '')}`);
  const before = bot.connector.captured.length;
  const answer = await click(bot, chat, from, 'meeting.end', { meetingId });
  return { asked, answer, posted: bot.connector.captured.slice(before).map((c) => c.activity as Record<string, unknown>) };
}
