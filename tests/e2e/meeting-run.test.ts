/**
 * Running a meeting end to end through Microsoft 365 Agents Playground (the Teams stand-in): the
 * secretariat (currentUser) sets up the group, the 7.11.2024 notice's invited list and a meeting today with
 * its sakskart; Didrik Aasland chairs. Five members report present, the chair starts the meeting,
 * steps through items 1–5 by typing and by clicking the current-item card (updated in place), records
 * decisions and notes, runs the round table (their organizations called in roster order), and ends
 * the meeting with a summary.
 */
import { groupIdFor } from '../../src/app/groups';
import { meetingIdFor } from '../../src/domain/meeting';
import { osloDateOf } from '../../src/domain/norwegian-time';
import { type PlaygroundUser } from '../../tools/playground/playground';
import { useReferentWithPlayground } from '../../tools/playground/stack';
import { fixtureDocument, INNKALLING_2024_11_07, withEmails } from '../../tools/fixtures/documents';

jest.setTimeout(180_000);

const stack = useReferentWithPlayground('meeting-run');

const member = (name: string): PlaygroundUser => stack.member(name);
const reply = (match: (text: string) => boolean, since: number) => stack.pg.messages.waitFor((m) => match(m.text), 15_000, since);
const shown = (answer: { value?: unknown }) => JSON.stringify(answer.value ?? '');

/** The data of an Action.Execute verb in a card (as the client would send it). */
function actionData(card: unknown, verb: string): Record<string, unknown> {
  let found: Record<string, unknown> | undefined;
  const walk = (n: unknown): void => {
    if (found || !n || typeof n !== 'object') return;
    if (Array.isArray(n)) return n.forEach(walk);
    const o = n as Record<string, unknown>;
    if (o.type === 'Action.Execute' && o.verb === verb) found = o.data as Record<string, unknown>;
    Object.values(o).forEach(walk);
  };
  walk(card);
  if (!found) throw new Error(`no ${verb} in the card`);
  return found;
}

test('the chair runs the 7.11.2024 notice’s agenda from start to end; five members attend; the round table calls them in order', async () => {
  const secretariat = stack.pg.currentUser;
  const { group } = stack.pg.conversations;
  const seed = fixtureDocument(INNKALLING_2024_11_07);
  const today = osloDateOf(new Date());
  const meetingId = meetingIdFor(groupIdFor(group), today);
  const meeting = async () => (await stack.bot.repositories.meetings.get(meetingId))!.value;

  let since = stack.pg.messages.mark();
  await stack.pg.send(group, secretariat.id, 'ny gruppe Faggruppe for næringssamarbeid');
  await reply((t) => /er opprettet|is created/.test(t), since);
  since = stack.pg.messages.mark();
  await stack.pg.send(
    group,
    secretariat.id,
    `deltakere\n${withEmails(seed.slice(seed.indexOf('Fornavn\tEtternavn\tOrganisasjon')), { 'Didrik Aasland': 'didrik.aasland@drammensregionen.example' })}`,
  );
  await reply((t) => /45 (added|lagt til)/.test(t), since);
  since = stack.pg.messages.mark();
  await stack.pg.send(group, secretariat.id, 'rolle Didrik Aasland møteleder');
  await reply((t) => /møteleder|chair/.test(t), since);
  since = stack.pg.messages.mark();
  await stack.pg.send(group, secretariat.id, `nytt møte ${today.split('-').reverse().join('.')} 00:00-23:59 Oslo rådhus`);
  await reply((t) => /Møtet er opprettet|meeting is created/.test(t), since);
  since = stack.pg.messages.mark();
  await stack.pg.send(group, secretariat.id, `sakskart\n${seed.slice(seed.indexOf('Sakskart til møte'), seed.indexOf('Inviterte\n'))}`);
  await reply((t) => /\(5 (saker|items)\)/.test(t), since);

  const [dag, karl, camilla, lina, asbjorn] = ['Didrik Aasland', 'Kjell Jøran Tveter', 'Cecilie Hårstøl', 'Lene-Marit Lyngstad', 'Arnbjørn Lier'].map(member);

  // A member cannot start the meeting.
  since = stack.pg.messages.mark();
  await stack.pg.send(group, karl.id, 'start');
  await reply((t) => /Bare møteleder|Only the chair/.test(t), since);
  expect((await meeting()).state).toBe('draft');

  // Five members report present.
  for (const m of [dag, karl, camilla, lina, asbjorn]) {
    since = stack.pg.messages.mark();
    await stack.pg.send(group, m.id, 'til stede');
    await reply((t) => t.includes(m.name) && /til stede|present/.test(t), since);
  }
  expect(Object.values((await meeting()).attendance).filter((e) => e.status === 'present' && !e.secretariat)).toHaveLength(5);

  // The chair starts: the current-item card and the roll-call follow.
  since = stack.pg.messages.mark();
  await stack.pg.send(group, dag.id, 'start');
  const itemCard = await reply((t) => /(Sak|Item) 1 (av|of) 5: (Godkjenning av innkalling og dagsorden|Approval of the notice and agenda)/.test(t), since);
  await reply((t) => /Hvem er til stede|Who is here/.test(t), since);
  const cardId = itemCard.message!.messageId;
  const updated = (pattern: RegExp, from: number) =>
    stack.pg.messages.waitFor((e) => e.action === 'updateMessage' && e.message?.messageId === cardId && pattern.test(e.text), 10_000, from);

  // Item 1 by typing; the card is updated in place.
  since = stack.pg.messages.mark();
  await stack.pg.send(group, dag.id, 'vedtak: Innkallingen ble godkjent');
  // Referent's standard wording is shown in the reader's language (the Playground's client is en-US, #19).
  const afterDecision = await updated(/(Innkallingen ble godkjent|The notice and agenda were approved)/, since);

  // A click on the card as first posted (drawn before the decision) is stale: the current card, nothing moves.
  const stale = await stack.pg.invoke(group, dag.id, 'meeting.next', actionData(itemCard.message!.attachments![0].content, 'meeting.next'), cardId);
  expect(shown(stale)).toMatch(/(Sak|Item) 1 (av|of) 5/);
  expect((await meeting()).currentItem).toBe(1);

  // Item 2 by the card's own "next" button (the card as updated), decision and note from the card.
  since = stack.pg.messages.mark();
  const next = await stack.pg.invoke(group, dag.id, 'meeting.next', actionData(afterDecision.message!.attachments![0].content, 'meeting.next'), cardId);
  expect(shown(next)).toMatch(/(Sak|Item) 2 (av|of) 5: (Godkjenning av referat fra møte|Approval of the minutes of the meeting of) 12\. september 2024/);
  await updated(/(Sak|Item) 2 (av|of) 5/, since);
  const decided = await stack.pg.invoke(
    group,
    dag.id,
    'meeting.decision',
    { ...actionData(next.value, 'meeting.decision'), text: 'Referatet ble godkjent' },
    cardId,
  );
  expect(shown(decided)).toMatch(/(Referatet ble godkjent|The minutes were approved)/);
  const noted = await stack.pg.invoke(
    group,
    dag.id,
    'meeting.note',
    { ...actionData(decided.value, 'meeting.note'), text: 'Ingen merknader til referatet.' },
    cardId,
  );
  expect(shown(noted)).toContain('Ingen merknader til referatet.');

  // A member pressing the chair's button is refused; nothing moves.
  const refused = await stack.pg.invoke(group, camilla.id, 'meeting.next', actionData(noted.value, 'meeting.next'), cardId);
  expect(shown(refused)).toMatch(/Bare møteleder|Only the chair/);
  expect((await meeting()).currentItem).toBe(2);

  // Item 3 typed, with a note and a decision.
  since = stack.pg.messages.mark();
  await stack.pg.send(group, dag.id, 'neste');
  await updated(/(Sak|Item) 3 (av|of) 5: Forslag til møteplan 2025/, since);
  since = stack.pg.messages.mark();
  await stack.pg.send(group, dag.id, 'notat: Sekretariatet sender ut forslaget på nytt.');
  await updated(/Sekretariatet sender ut forslaget/, since);
  since = stack.pg.messages.mark();
  await stack.pg.send(group, dag.id, 'vedtak: Gruppen sluttet seg til forslaget til møteplan.');
  await updated(/Gruppen sluttet seg til forslaget/, since);

  // Item 4: the round table calls the five organizations present, in roster order.
  since = stack.pg.messages.mark();
  await stack.pg.send(group, dag.id, 'runde');
  const roundCard = await reply((t) => /Har ordet|Speaking now/.test(t), since);
  await updated(/(Sak|Item) 4 (av|of) 5: Runde rundt bordet/, since);
  const order = (await meeting()).run!.round!.order;
  expect(order.slice(0, 5)).toEqual(['Elverum Vekst', 'Lørenskog kommune', 'Drammensregionen', 'Horten kommune', 'Ringerike kommune']);
  let roundCardContent: unknown = roundCard.message!.attachments![0].content;
  for (const org of order.slice(0, 5)) {
    expect(JSON.stringify(roundCardContent)).toMatch(new RegExp(`(Har ordet|Speaking now): ${org}`));
    expect(JSON.stringify(roundCardContent)).toMatch(/3 min/);
    const answer = await stack.pg.invoke(group, dag.id, 'round.next', actionData(roundCardContent, 'round.next'), roundCard.message!.messageId);
    roundCardContent = answer.value;
  }
  const round = (await meeting()).run!.round!;
  expect(round.outcome.slice(0, 5)).toEqual(['spoken', 'spoken', 'spoken', 'spoken', 'spoken']);

  // Item 5 and the end: the summary lists the decisions, items without one and the attendance.
  since = stack.pg.messages.mark();
  await stack.pg.send(group, dag.id, 'neste');
  await updated(/(Sak|Item) 5 (av|of) 5: (Eventuelt|Any other business)/, since);
  since = stack.pg.messages.mark();
  await stack.pg.send(group, dag.id, 'avslutt');
  // Organizations of the roster were neither present nor sent input: avslutt asks first (#15 §2).
  const ask = await reply((t) => /organisasjoner mangler|organizations are missing/.test(t), since);
  since = stack.pg.messages.mark();
  await stack.pg.invoke(group, dag.id, 'meeting.end', actionData(ask.message!.attachments![0].content, 'meeting.end'), ask.message!.messageId);
  const summary = await reply((t) => /Møtet er avsluttet –|The meeting has ended –/.test(t), since);
  expect(summary.text).toMatch(/(Innkallingen ble godkjent|The notice and agenda were approved)/);
  expect(summary.text).toMatch(/(Referatet ble godkjent|The minutes were approved)/);
  expect(summary.text).toContain('Gruppen sluttet seg til forslaget til møteplan.');
  expect(summary.text).toMatch(/4\. Runde rundt bordet[\s\S]*5\. (Eventuelt|Any other business)/);
  expect(summary.text).toMatch(/5 (til stede|present)/);
  expect(summary.text).toMatch(/Frist for innspill|Deadline for input/);

  const ended = await meeting();
  expect(ended.state).toBe('ended');
  expect(ended.records['2']).toEqual({ decision: 'Referatet ble godkjent', notes: ['Ingen merknader til referatet.'] });
  expect(ended.records['3'].notes).toEqual(['Sekretariatet sender ut forslaget på nytt.']);
  // One live card for the whole meeting: every step was an update of it, none a new current-item card.
  const itemCards = stack.pg.messages.botMessages.filter((e) => e.action === 'createMessage' && /(Sak|Item) \d (av|of) 5:/.test(e.text));
  expect(itemCards).toHaveLength(1);
});
