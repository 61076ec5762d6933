/**
 * Round-table input end to end through Microsoft 365 Agents Playground (the Teams stand-in): five
 * members of .m365agentsplayground.yml write to Referent in personal chat (one confirms a preview,
 * one edits, one withdraws, one's activity is delivered twice, one sends after the meeting ended);
 * the secretariat's `status` shows the counts, `påminnelse` reaches the member still missing, and
 * input after the deadline is refused.
 *
 * The Playground has one personal chat (currentUser's); the members' personal-chat messages are
 * posted to it through its custom-activity route with their own identity, as Teams would deliver them.
 */
import { randomUUID } from 'node:crypto';
import { groupIdFor } from '../../src/app/groups';
import { syncInputWindow } from '../../src/app/input-windows';
import type { MeetingData } from '../../src/domain/meeting-types';
import { type PlaygroundUser } from '../../tools/playground/playground';
import { useReferentWithPlayground } from '../../tools/playground/stack';
import { fixtureDocument, INNKALLING_2024_11_07 } from '../../tools/fixtures/documents';

jest.setTimeout(120_000);

const DAY = 24 * 3600_000;

const stack = useReferentWithPlayground('input');

const member = (name: string): PlaygroundUser => stack.member(name);

/** A message from `from` in their personal chat with the bot (Norwegian client). Returns the activity id. */
async function personal(from: PlaygroundUser, text: string, id: string = randomUUID()): Promise<string> {
  return deliver(from, { id, type: 'message', text, textFormat: 'plain' });
}

/** A card click (Action.Execute) by `from` in their personal chat: the Playground's invoke route only knows currentUser there. */
async function personalInvoke(from: PlaygroundUser, verb: string, data: Record<string, unknown>, replyToId: string): Promise<void> {
  await deliver(from, { id: randomUUID(), type: 'invoke', name: 'adaptiveCard/action', replyToId, value: { action: { type: 'Action.Execute', verb, data } } });
}

async function deliver(from: PlaygroundUser, fields: Record<string, unknown> & { id: string }): Promise<string> {
  const { id } = fields;
  const conversationId = stack.pg.conversations.personal;
  const res = await fetch(`${stack.pg.url}/_internal/v1/customActivities/template?conversationId=${encodeURIComponent(conversationId)}`);
  const template = (await res.json()) as Record<string, unknown>;
  const { config } = await stack.pg.config();
  const activity = {
    ...template,
    ...fields,
    locale: 'nb-NO',
    from: { id: from.id, name: from.name, aadObjectId: from.aadObjectId },
    conversation: { ...(template.conversation as object), id: conversationId, conversationType: 'personal' },
    entities: [{ type: 'clientInfo', locale: 'nb-NO', country: 'NO', platform: 'Web' }],
    channelData: { tenant: { id: config.tenantId } },
  };
  const posted = await fetch(`${stack.pg.url}/_internal/v1/customActivities`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(activity),
  });
  if (!posted.ok) throw new Error(`customActivities answered ${posted.status}: ${await posted.text()}`);
  return id;
}

async function waitUntil(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  for (const end = Date.now() + timeoutMs; !(await check());) {
    if (Date.now() > end) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}

const reply = (match: (text: string) => boolean, since: number) => stack.pg.messages.waitFor((m) => match(m.text), 15_000, since);
const stored = (org: string) => stack.bot.repositories.inputs.get('mtg-e2e', org);

test('five members send input from personal chat; status, reminder and deadline', async () => {
  const chair = stack.pg.currentUser;
  const { group } = stack.pg.conversations;
  const seed = fixtureDocument(INNKALLING_2024_11_07);
  let since = stack.pg.messages.mark();
  await stack.pg.send(group, chair.id, 'ny gruppe Faggruppe for næringssamarbeid');
  await reply((t) => t.includes('is created') || t.includes('er opprettet'), since);
  since = stack.pg.messages.mark();
  await stack.pg.send(group, chair.id, `deltakere\n${seed.slice(seed.indexOf('Fornavn\tEtternavn\tOrganisasjon'))}`);
  await reply((t) => /45 (added|lagt til)/.test(t), since);

  const groupId = groupIdFor(group);
  const date = new Date(Date.now() + 3 * DAY).toISOString().slice(0, 10);
  const meeting: MeetingData = {
    meetingId: 'mtg-e2e',
    groupId,
    date,
    start: '12:00',
    end: '13:00',
    place: 'Oslo rådhus',
    state: 'notice-published',
    agenda: [],
    records: {},
    attendance: {},
    inputDeadline: new Date(Date.now() + 10 * DAY).toISOString(),
  };
  await stack.bot.repositories.meetings.create(meeting);
  await syncInputWindow(stack.bot.repositories, meeting);

  const dag = member('Didrik Aasland');
  const karl = member('Kjell Jøran Tveter');
  const camilla = member('Cecilie Hårstøl');
  const lina = member('Lene-Marit Lyngstad');
  const asbjorn = member('Arnbjørn Lier');

  // Didrik writes plain text: the preview card shows it under his organization; "Send inn" stores it.
  since = stack.pg.messages.mark();
  await personal(dag, 'Drammensregionen\n- Ny næringspark ved E134\n- Rekruttering');
  const preview = await reply((t) => t.includes('Slik blir innspillet ditt stående i referatet'), since);
  expect(preview.text).toContain('Drammensregionen\n- Ny næringspark ved E134');
  const card = preview.message!.attachments![0].content as { actions: { verb: string; data: Record<string, unknown> }[] };
  await personalInvoke(dag, 'input.confirm', card.actions[0].data, preview.message!.messageId);
  await waitUntil(async () => (await stored('Drammensregionen')) !== undefined);
  expect((await stored('Drammensregionen'))?.value).toMatchObject({ received: 'before', authorName: 'Didrik Aasland' });

  // Kjell stores directly, then edits through "mine innspill".
  since = stack.pg.messages.mark();
  await personal(karl, 'innspill Intercity: nytt stoppmønster gir dårligere tilbud.');
  await reply((t) => t.includes('Innspillet for Horten kommune er lagret'), since);
  since = stack.pg.messages.mark();
  await personal(karl, 'mine innspill');
  const mine = await reply((t) => t.includes('Dine innspill'), since);
  await personalInvoke(
    karl,
    'input.edit',
    { meetingId: 'mtg-e2e', organization: 'Horten kommune', field: 'text-0', 'text-0': 'Intercity: vi jobber videre for et godt togtilbud.' },
    mine.message!.messageId,
  );
  await waitUntil(async () => (await stored('Horten kommune'))?.value.text === 'Intercity: vi jobber videre for et godt togtilbud.');

  // Cecilie sends and withdraws.
  since = stack.pg.messages.mark();
  await personal(camilla, 'innspill Planhåndboka er ferdig.');
  await reply((t) => t.includes('Innspillet for Lørenskog kommune er lagret'), since);
  since = stack.pg.messages.mark();
  await personal(camilla, 'trekk innspill');
  await reply((t) => t.includes('er trukket'), since);
  expect(await stored('Lørenskog kommune')).toBeUndefined();

  // Lene's activity is delivered twice: stored once.
  const id = randomUUID();
  since = stack.pg.messages.mark();
  await personal(lina, 'innspill Treklyngen: avslag på utslippstillatelse.', id);
  await reply((t) => t.includes('Innspillet for Ringerike kommune er lagret'), since);
  await personal(lina, 'innspill Treklyngen: avslag på utslippstillatelse.', id);
  await reply((t) => t.includes('allerede lagret'), since);
  expect((await stack.bot.repositories.inputs.listByMeeting('mtg-e2e')).filter((c) => c.organization === 'Ringerike kommune')).toHaveLength(1);

  // The meeting ends; Arnbjørn's input is kept and marked as received afterwards.
  const ended = { ...meeting, state: 'ended' as const, date: new Date(Date.now() - DAY).toISOString().slice(0, 10) };
  await stack.bot.repositories.meetings.replace(ended, (await stack.bot.repositories.meetings.get('mtg-e2e'))!.etag);
  await syncInputWindow(stack.bot.repositories, ended);
  since = stack.pg.messages.mark();
  await personal(asbjorn, 'innspill Elverum+: 1000 nye innbyggere innen 2027.');
  await reply((t) => t.includes('(mottatt etter møtet)'), since);

  // Status (the Playground's own user writes in English): 4 of 32 organizations; Lørenskog among the missing.
  since = stack.pg.messages.mark();
  await stack.pg.send(group, chair.id, 'status');
  const status = await reply((t) => t.includes('organizations have sent input'), since);
  expect(status.text).toContain('4 of 32 organizations have sent input');
  const statusCard = await reply((t) => t.includes('Missing:'), since);
  expect(statusCard.text).toContain('- Lørenskog kommune');
  expect(statusCard.text).not.toContain('- Horten kommune');

  // Reminder: Cecilie (Lørenskog, has a personal chat with the bot) gets it; the unreachable are listed.
  since = stack.pg.messages.mark();
  await stack.pg.send(group, chair.id, 'påminnelse');
  const reminder = await reply((t) => t.includes('vi mangler innspill fra Lørenskog kommune'), since);
  expect(reminder.conversationId).toBe(stack.pg.conversations.personal);
  const summary = await reply((t) => t.startsWith('Reminder sent to'), since);
  expect(summary.text).toContain('Reminder sent to 1 person.');
  expect(summary.text).toContain('Grete-Lill Vassenden (Lørenskog kommune)');

  // After the deadline: refused, with the date.
  const closed = { ...ended, inputDeadline: new Date(Date.now() - 60_000).toISOString() };
  await stack.bot.repositories.meetings.replace(closed, (await stack.bot.repositories.meetings.get('mtg-e2e'))!.etag);
  await syncInputWindow(stack.bot.repositories, closed);
  since = stack.pg.messages.mark();
  await personal(camilla, 'innspill For sent.');
  await reply((t) => t.includes('Fristen for innspill til møtet') && t.includes('gikk ut'), since);
  expect(await stored('Lørenskog kommune')).toBeUndefined();
});
