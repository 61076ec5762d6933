import type { Audience } from '../../src/app/commands';
import { COMMANDS } from '../../bot/commands';
import { registeredVerbs } from '../../bot/app';
import { CHAIR, post, startBotForTest, type TestUser } from '../helpers/bot-client';
import { cardText } from '../helpers/invoke';
import { click, MEMBERS, setUpGroupWithMeeting, STRANGER, type Bot } from '../helpers/meeting-run-setup';
import { ddmmyyyy } from '../helpers/open-meeting';

/*
 * Issue #8, item 3: every command of COMMANDS and every registered card verb against four actors.
 * The secretariat (Ørjan Sålvik, who made the group), the chair (Didrik Aasland, `rolle … møteleder`)
 * and a member (Aud Hetle) are on the roster; the stranger is not. A refused action answers with a
 * refusal and changes none of the group's documents (etags before and after; the input-window list
 * by content, since it is a cache re-derived before refusing input). Expectations come from
 * the tables below: a new command or verb without an entry here fails the first test.
 */

const GROUP_CHAT = { id: '19:role-matrix@thread.v2', type: 'groupChat' as const };
const AUD_CHAT = { id: 'a:role-matrix-anne', type: 'personal' as const };

type Actor = 'chair' | 'secretariat' | 'member' | 'stranger';
const ACTORS: Record<Actor, TestUser> = { secretariat: CHAIR, chair: MEMBERS.dag, member: MEMBERS.anne, stranger: STRANGER };
const ACTOR_NAMES = Object.keys(ACTORS) as Actor[];

/** Who may, per audience: chair commands are for the chair or the secretariat (README, BRIEF §3). */
const ALLOWED: Record<Audience, Actor[]> = {
  anyone: ['chair', 'secretariat', 'member', 'stranger'],
  member: ['chair', 'secretariat', 'member'],
  chair: ['chair', 'secretariat'],
  secretariat: ['secretariat'],
};

let meetingId = '';
let groupId = '';
let followUpId = '';

/** The intended audience of each command (checked against CommandSpec.audience) and a text that would succeed. */
const COMMAND_CASES: Record<string, { audience: Audience; text: () => string }> = {
  help: { audience: 'anyone', text: () => 'hjelp' },
  'new-group': { audience: 'anyone', text: () => 'ny gruppe Faggruppe for næringssamarbeid' },
  members: { audience: 'secretariat', text: () => 'deltakere\nKaja\tNordmann\tTestkommune' },
  role: { audience: 'secretariat', text: () => 'rolle Aud Hetle møteleder' },
  setting: { audience: 'secretariat', text: () => 'innstilling vedtaksetikett på' },
  // Bokmål, the default: the group's answers stay as the other cases expect them.
  language: { audience: 'secretariat', text: () => 'språk bokmål' },
  // Personal chat only, about one's own record (in the group chat: nothing happens).
  'my-language': { audience: 'anyone', text: () => 'mitt språk bokmål' },
  'new-meeting': { audience: 'secretariat', text: () => `nytt møte ${ddmmyyyy(40)} 12:00-13:00 Gjøvik` },
  'move-meeting': { audience: 'secretariat', text: () => `flytt møte ${ddmmyyyy(45)} 12:00-13:00 Gjøvik` },
  prepare: { audience: 'secretariat', text: () => 'forbered 2 Les vedlegget' },
  'meeting-link': { audience: 'secretariat', text: () => 'lenke sakspapirer https://example.org/sakspapirer' },
  // Asks on a card (the click below is what cancels; on the running meeting it is refused with the reason).
  'cancel-meeting': { audience: 'secretariat', text: () => 'avlys møte' },
  meetings: { audience: 'member', text: () => 'møter' },
  agenda: { audience: 'secretariat', text: () => 'sakskart\n1. Godkjenning av innkalling og dagsorden\n2. Referat\n3. Eventuelt' },
  notice: { audience: 'secretariat', text: () => 'innkalling' },
  start: { audience: 'chair', text: () => 'start' },
  next: { audience: 'chair', text: () => 'neste' },
  item: { audience: 'chair', text: () => 'sak 3' },
  decision: { audience: 'chair', text: () => 'vedtak: Tatt til orientering.' },
  note: { audience: 'chair', text: () => 'notat: Et notat.' },
  round: { audience: 'chair', text: () => 'runde' },
  end: { audience: 'chair', text: () => 'avslutt' },
  'reopen-meeting': { audience: 'chair', text: () => 'gjenåpne møte' },
  'follow-up': { audience: 'chair', text: () => 'oppfølging: Sende planen på høring ansvar Asker kommune' },
  'follow-ups': { audience: 'secretariat', text: () => 'oppfølging' },
  // Personal chat only (typed in the group chat: nothing happens); anyone may ask about their own.
  'my-tasks': { audience: 'anyone', text: () => 'mine oppgaver' },
  // #18 §3: the roster's members (a stranger in the chat is told they are not on it); nothing changes.
  decisions: { audience: 'member', text: () => 'vedtak' },
  search: { audience: 'member', text: () => 'søk planen' },
  input: { audience: 'member', text: () => 'innspill Vi har ansatt en ny rådgiver.' },
  'my-input': { audience: 'member', text: () => 'mine innspill' },
  'withdraw-input': { audience: 'member', text: () => 'trekk innspill' },
  present: { audience: 'member', text: () => 'til stede' },
  apologies: { audience: 'member', text: () => 'forfall' },
  absence: { audience: 'member', text: () => 'fravær Sykdom' },
  status: { audience: 'secretariat', text: () => 'status' },
  remind: { audience: 'secretariat', text: () => 'påminnelse' },
  minutes: { audience: 'secretariat', text: () => 'referat md' },
  'notice-export': { audience: 'secretariat', text: () => 'innkalling md' },
  'lock-minutes': { audience: 'secretariat', text: () => 'lås referat' },
  // #18 §2: while the meeting runs there is no ended referat to send or correct (answered with the reason).
  'send-review': { audience: 'secretariat', text: () => 'send referat på høring' },
  'correct-minutes': { audience: 'secretariat', text: () => 'rett referat sak 3: Ny tekst' },
  // Personal data: anyone, about themselves only, in personal chat (in the group chat: nothing happens).
  'my-data': { audience: 'anyone', text: () => 'mine data' },
  'erase-my-data': { audience: 'anyone', text: () => 'slett mine data' },
};

/**
 * Other words of a command that reach another part of it, each against the four actors like the command
 * (#18 §4: the scheduled reminders' settings under `innstilling`).
 */
const FORM_CASES: Record<string, { command: string; text: () => string }> = {
  'setting reminder input': { command: 'setting', text: () => 'innstilling påminnelse innspill 3 dager' },
  'setting reminder meeting-day': { command: 'setting', text: () => 'innstilling påminnelse møtedag 07:30' },
  'setting reminder off (nynorsk)': { command: 'setting', text: () => 'innstilling påminning innspel av' },
};

/**
 * 'own': acts only on the clicker's own data (a draft on their people record): forged card data
 * changes nothing for anyone. Otherwise the audience as for commands.
 */
type VerbCase = { who: Audience | 'own'; data: (bot: Bot) => Promise<Record<string, unknown>> };
const at =
  (extra: Record<string, unknown> = {}) =>
  async () => ({ meetingId, ...extra });
const live =
  (extra: Record<string, unknown> = {}) =>
  async (bot: Bot) => {
    const m = (await bot.running.repositories.meetings.get(meetingId))!.value;
    return { meetingId, version: m.run?.version, step: m.run?.round?.step, item: m.currentItem, ...extra };
  };
const AUD_ORG = 'Kongsvingerregionen';
const VERB_CASES: Record<string, VerbCase> = {
  'approval.approve': { who: 'member', data: at({ item: 1 }) },
  'approval.remark': { who: 'member', data: at({ item: 1, comment: 'En merknad.' }) },
  'approval.close': { who: 'chair', data: at({ item: 1 }) },
  'approval.refresh': { who: 'anyone', data: at({ item: 1 }) },
  'meeting.start': { who: 'chair', data: at() },
  'meeting.start.cancel': { who: 'chair', data: at() },
  'meeting.prev': { who: 'chair', data: live() },
  'meeting.next': { who: 'chair', data: live() },
  'meeting.decision': { who: 'chair', data: live({ text: 'Vedtatt fra kortet.' }) },
  'meeting.note': { who: 'chair', data: live({ text: 'Notat fra kortet.' }) },
  'meeting.round': { who: 'chair', data: live() },
  'round.next': { who: 'chair', data: live() },
  'round.skip': { who: 'chair', data: live() },
  'attendance.present': { who: 'member', data: at() },
  'attendance.apologies': { who: 'member', data: at() },
  'input.confirm': { who: 'own', data: at({ draftId: 'forged-draft' }) },
  'input.cancel': { who: 'own', data: at({ draftId: 'forged-draft' }) },
  'input.pick': { who: 'own', data: at({ draftId: 'forged-draft', organization: AUD_ORG }) },
  'input.replace': { who: 'own', data: at({ draftId: 'forged-draft' }) },
  'input.append': { who: 'own', data: at({ draftId: 'forged-draft' }) },
  // Aud's input: only Aud (her organization) may edit or withdraw it from the card.
  'input.edit': { who: 'member', data: at({ organization: AUD_ORG, field: 'text-0', 'text-0': 'Endret av noen.' }) },
  'input.withdraw': { who: 'member', data: at({ organization: AUD_ORG }) },
  'input.remind': { who: 'secretariat', data: async () => ({}) },
  // The erase card lives in personal chat and carries no data: clicked in the group chat it erases nothing.
  'privacy.erase.confirm': { who: 'own', data: at({ aadObjectId: MEMBERS.anne.aadObjectId }) },
  'privacy.erase.cancel': { who: 'own', data: at() },
  // The form cards of deltakere / sakskart: the group on the card, roles from the store.
  'paste.members': { who: 'secretariat', data: async () => ({ groupId, text: 'Kaja\tNordmann\tTestkommune' }) },
  // A follow-up owned by Asker kommune (none of the four): «Utført» for the owner, chair or secretariat; the rest for chair or secretariat.
  'followup.add': { who: 'chair', data: live({ text: 'Oppfølging fra kortet ansvar Asker kommune' }) },
  'followup.done': { who: 'chair', data: async () => ({ groupId, followUpId, ids: followUpId, view: 'group' }) },
  'followup.carry': { who: 'chair', data: async () => ({ groupId, followUpId, ids: followUpId, view: 'group' }) },
  'followup.drop': { who: 'chair', data: async () => ({ groupId, followUpId, ids: followUpId, view: 'group', meetingId }) },
  // «Hvem er …?» (#15 §1): only the secretariat links; a forged click by anyone else changes nothing.
  'identity.link': { who: 'secretariat', data: async () => ({ groupId, aad: STRANGER.aadObjectId, memberId: 'm-aud-hetle' }) },
  'paste.agenda': { who: 'secretariat', data: async () => ({ groupId, text: '1. Godkjenning av innkalling og dagsorden\n2. Referat\n3. Eventuelt' }) },
  // «Avlys møtet» / «Avbryt» on the card `avlys møte` asks with.
  // «Legg i kalender» on the notice card (#18 §4): a member gets the .ics in personal chat; a stranger nothing.
  'notice.calendar': { who: 'member', data: at() },
  'meeting.cancel': { who: 'secretariat', data: at() },
  // The review card (#18 §2): only the round's stored recipients answer, matched to the clicking Teams user; no round here.
  'review.approve': { who: 'own', data: async () => ({ groupId, meetingId, round: 1 }) },
  'review.remark': { who: 'own', data: async () => ({ groupId, meetingId, round: 1, comment: 'En merknad.' }) },
  'meeting.cancel.keep': { who: 'secretariat', data: at() },
  // «Avslutt likevel» / «Avbryt» on the card `avslutt` asks with (last: an allowed click ends the meeting).
  // «Vis flere» under søk / vedtak (#18 §3): any member of the chat's group; a stranger gets the roster refusal.
  'search.more': { who: 'member', data: async () => ({ query: 'næringssjef', page: 1 }) },
  'decisions.more': { who: 'member', data: async () => ({ page: 1 }) },
  'meeting.end.cancel': { who: 'chair', data: at() },
  'meeting.end': { who: 'chair', data: at() },
};
/** Card verbs on Aud's own input: of the roster actors only Aud herself is allowed. */
const ONLY_AUD = new Set(['input.edit', 'input.withdraw']);

const REFUSAL = /Bare (sekretariatet|møteleder)|står ikke på deltakerlisten|finner deg ikke på deltakerlisten/;

function expected(who: Audience | 'own', actor: Actor, verb?: string): 'allowed' | 'refused' | 'no-effect' {
  if (who === 'own') return 'no-effect';
  if (verb && ONLY_AUD.has(verb)) return actor === 'member' ? 'allowed' : 'refused';
  return ALLOWED[who].includes(actor) ? 'allowed' : 'refused';
}

describe('role matrix: every command and card verb against chair, secretariat, member and stranger', () => {
  let bot: Bot;

  /** The etags of everything an action in this group could change. */
  async function snapshot() {
    const r = bot.running.repositories;
    const [group, roster, meeting, a1, a2, windows, inputs, meetings, anne, followUps, jobs, reviews] = await Promise.all([
      r.groups.get(groupId),
      r.rosters.get(groupId),
      r.meetings.get(meetingId),
      r.approvals.get(meetingId, 1),
      r.approvals.get(meetingId, 2),
      r.inputWindows.get(groupId),
      r.inputs.listByMeeting(meetingId),
      r.meetings.listByGroup(groupId),
      r.people.get(`aad:${MEMBERS.anne.aadObjectId}`),
      r.followUps.listByGroup(groupId),
      r.schedule.listByGroup(groupId),
      r.reviews.listByGroup(groupId),
    ]);
    return {
      group: group?.etag,
      roster: roster?.etag,
      meeting: meeting?.etag,
      approval1: a1?.etag,
      approval2: a2?.etag,
      // Its meeting list, not its etag: resolving input targets re-derives the list (refreshedAt) before a refusal.
      windows: JSON.stringify(windows?.value.meetings),
      inputs: JSON.stringify(inputs.map((c) => [c.organization, c.updatedAt, c.text]).sort()),
      meetings: meetings.map((m) => m.meetingId).join(','),
      anne: JSON.stringify(anne?.value.memberships),
      followUps: JSON.stringify(followUps.map((f) => [f.followUpId, f.status, f.history.length])),
      jobs: JSON.stringify(jobs.map((j) => [j.kind, j.subjectId, j.dueAt, j.state])),
      // #18 §2: a review round and its answers (none is sent here: every review click must leave it so).
      reviews: JSON.stringify(reviews),
    };
  }

  /** Posts a message in the group chat; the HTTP answer comes after the turn, so its replies are all captured. */
  async function typed(from: TestUser, text: string): Promise<string> {
    const before = bot.connector.captured.length;
    const res = await post(bot.running.url, bot.make(GROUP_CHAT, from, text));
    expect(res.status).toBeLessThan(300);
    return bot.connector.captured
      .slice(before)
      .map((c) => `${c.activity.text ?? ''}\n${cardText(c.activity.attachments?.map((a: { content: unknown }) => a.content))}`)
      .join('\n');
  }

  async function clicked(from: TestUser, verb: string, data: Record<string, unknown>): Promise<string> {
    const answer = await click(bot, GROUP_CHAT, from, verb, data);
    expect(answer.httpStatus).toBe(200);
    return typeof answer.value === 'string' ? answer.value : cardText(answer.value);
  }

  beforeAll(async () => {
    bot = await startBotForTest();
    ({ groupId, meetingId } = await setUpGroupWithMeeting(bot, GROUP_CHAT));
    await bot.say(GROUP_CHAT, CHAIR, 'rolle Didrik Aasland møteleder');
    await bot.say(GROUP_CHAT, CHAIR, 'innkalling', 4);
    // Everyone on the roster has talked to the bot once (linked), and Aud has sent input.
    for (const who of [CHAIR, MEMBERS.dag]) await bot.say({ id: `a:role-matrix-${who.id}`, type: 'personal' }, who, 'mine innspill');
    await bot.say(AUD_CHAT, MEMBERS.anne, 'innspill Kongsvingerregionen har fått ny næringssjef.');
    await bot.say(GROUP_CHAT, MEMBERS.dag, 'start', 2);
    await bot.say(GROUP_CHAT, MEMBERS.dag, 'runde', 1);
    await bot.say(GROUP_CHAT, MEMBERS.dag, 'oppfølging: Sende planen på høring ansvar Asker kommune frist 01.01.2099', 1);
    followUpId = (await bot.running.repositories.followUps.listByGroup(groupId))[0]?.followUpId ?? '';
    if (!followUpId) throw new Error('fixture: no follow-up');
    const m = (await bot.running.repositories.meetings.get(meetingId))!.value;
    if (m.state !== 'in-progress' || !m.run?.round) throw new Error('fixture: the meeting is not running with a round');
  }, 60_000);
  afterAll(async () => bot?.close());

  it('every command and every registered verb has an expectation, and the audiences are the intended ones', () => {
    expect(Object.keys(COMMAND_CASES).sort()).toEqual(COMMANDS.map((c) => c.name).sort());
    for (const spec of COMMANDS)
      expect({ command: spec.name, audience: spec.audience }).toEqual({ command: spec.name, audience: COMMAND_CASES[spec.name].audience });
    expect(Object.keys(VERB_CASES).sort()).toEqual([...registeredVerbs()].sort());
  });

  const refusedCommands = COMMANDS.flatMap((spec) => ACTOR_NAMES.filter((a) => expected(spec.audience, a) === 'refused').map((a) => [spec.name, a] as const));
  it.each(refusedCommands)('command %s by the %s is refused and changes nothing', async (name, actor) => {
    const before = await snapshot();
    const reply = await typed(ACTORS[actor], COMMAND_CASES[name].text());
    expect(reply).toMatch(REFUSAL);
    expect(await snapshot()).toEqual(before);
  });

  const formAudience = (form: string) => COMMANDS.find((c) => c.name === FORM_CASES[form].command)!.audience;
  const refusedForms = Object.keys(FORM_CASES).flatMap((form) =>
    ACTOR_NAMES.filter((a) => expected(formAudience(form), a) === 'refused').map((a) => [form, a] as const),
  );
  it.each(refusedForms)('command form %s by the %s is refused and changes nothing', async (form, actor) => {
    const before = await snapshot();
    expect(await typed(ACTORS[actor], FORM_CASES[form].text())).toMatch(REFUSAL);
    expect(await snapshot()).toEqual(before);
  });
  const allowedForms = Object.keys(FORM_CASES).flatMap((form) =>
    ACTOR_NAMES.filter((a) => expected(formAudience(form), a) === 'allowed').map((a) => [form, a] as const),
  );
  it.each(allowedForms)('command form %s by the %s is accepted', async (form, actor) => {
    expect(await typed(ACTORS[actor], FORM_CASES[form].text())).not.toMatch(REFUSAL);
  });

  const quietVerbs = Object.entries(VERB_CASES).flatMap(([verb, c]) =>
    ACTOR_NAMES.filter((a) => expected(c.who, a, verb) !== 'allowed').map((a) => [verb, a] as const),
  );
  it.each(quietVerbs)('card verb %s by the %s (forged or not theirs) changes nothing', async (verb, actor) => {
    const before = await snapshot();
    const answer = await clicked(ACTORS[actor], verb, await VERB_CASES[verb].data(bot));
    if (expected(VERB_CASES[verb].who, actor, verb) === 'refused') expect(answer).toMatch(REFUSAL);
    expect(await snapshot()).toEqual(before);
  });

  // Allowed actions change the fixture, so they run after every refusal, ending the meeting last.
  const allowedVerbs = Object.entries(VERB_CASES).flatMap(([verb, c]) =>
    ACTOR_NAMES.filter((a) => expected(c.who, a, verb) === 'allowed').map((a) => [verb, a] as const),
  );
  it.each(allowedVerbs)('card verb %s by the %s is accepted', async (verb, actor) => {
    const answer = await clicked(ACTORS[actor], verb, await VERB_CASES[verb].data(bot));
    expect(answer).not.toMatch(REFUSAL);
  });

  const LAST = ['end', 'lock-minutes'];
  const allowedCommands = [...COMMANDS.filter((c) => !LAST.includes(c.name)), ...LAST.map((n) => COMMANDS.find((c) => c.name === n)!)].flatMap((spec) =>
    ACTOR_NAMES.filter((a) => expected(spec.audience, a) === 'allowed').map((a) => [spec.name, a] as const),
  );
  it.each(allowedCommands)('command %s by the %s is accepted', async (name, actor) => {
    const reply = await typed(ACTORS[actor], COMMAND_CASES[name].text());
    expect(reply).not.toMatch(REFUSAL);
  });
});
