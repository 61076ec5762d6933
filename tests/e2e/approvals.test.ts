/**
 * Approval of item 1 end to end through Microsoft 365 Agents Playground (the Teams stand-in): the
 * chair (currentUser, also secretariat) creates the group in the group chat, imports the 7.11.2024 notice's
 * invited list (which holds all five configured users), creates a meeting, pastes the 7.11.2024 notice's
 * sakskart and publishes the notice; five members click the approval card in parallel (one with a
 * remark, one changing their vote), a forged card naming another member counts for the sender,
 * the tally is right, the chair closes and the decision is stored on item 1.
 */
import { groupIdFor } from '../../src/app/groups';
import { meetingIdFor } from '../../src/domain/meeting';
import { type PlaygroundUser } from '../../tools/playground/playground';
import { useReferentWithPlayground } from '../../tools/playground/stack';
import { fixtureDocument, INNKALLING_2024_11_07, withEmails } from '../../tools/fixtures/documents';

jest.setTimeout(120_000);

const stack = useReferentWithPlayground('approvals');

const member = (name: string): PlaygroundUser => stack.member(name);
const reply = (match: (text: string) => boolean, since: number) => stack.pg.messages.waitFor((m) => match(m.text), 15_000, since);
const shown = (answer: { value?: unknown }) => JSON.stringify(answer.value ?? '');

test('notice, five parallel votes, a forged vote, the chair closes item 1', async () => {
  const chair = stack.pg.currentUser;
  const { group } = stack.pg.conversations;
  const seed = fixtureDocument(INNKALLING_2024_11_07);

  let since = stack.pg.messages.mark();
  await stack.pg.send(group, chair.id, 'ny gruppe Faggruppe for næringssamarbeid');
  await reply((t) => /er opprettet|is created/.test(t), since);
  since = stack.pg.messages.mark();
  await stack.pg.send(
    group,
    chair.id,
    `deltakere\n${withEmails(seed.slice(seed.indexOf('Fornavn\tEtternavn\tOrganisasjon')), { 'Didrik Aasland': 'didrik.aasland@drammensregionen.example' })}`,
  );
  await reply((t) => /45 (added|lagt til)/.test(t), since);
  await stack.pg.send(group, chair.id, 'rolle Didrik Aasland møteleder');

  const day = new Date(Date.now() + 30 * 24 * 3600_000);
  const iso = day.toISOString().slice(0, 10);
  const [y, m, d] = iso.split('-');
  since = stack.pg.messages.mark();
  await stack.pg.send(group, chair.id, `nytt møte ${d}.${m}.${y} 12:00-13:00 Oslo rådhus`);
  await reply((t) => /Møtet er opprettet|meeting is created/.test(t), since);
  since = stack.pg.messages.mark();
  await stack.pg.send(group, chair.id, `sakskart\n${seed}`);
  await reply((t) => /\(5 (saker|items)\)/.test(t), since);

  since = stack.pg.messages.mark();
  await stack.pg.send(group, chair.id, 'innkalling');
  const notice = await reply((t) => /Innkalling til møte i|Notice of meeting/.test(t), since);
  expect(notice.conversationId).toBe(group);
  expect(notice.text).toMatch(/Oslo rådhus/);
  const item1 = await reply((t) => /(Sak|Item) 1\. (Godkjenning av innkalling og dagsorden|Approval of the notice and agenda)/.test(t), since);
  await reply((t) => /(Sak|Item) 2\. (Godkjenning av referat fra møte|Approval of the minutes of the meeting of) 12\. september 2024/.test(t), since);
  const cardId = item1.message!.messageId;
  const meetingId = meetingIdFor(groupIdFor(group), iso);
  const data = { meetingId, item: 1 };

  const [dag, karl, camilla, lina, asbjorn] = ['Didrik Aasland', 'Kjell Jøran Tveter', 'Cecilie Hårstøl', 'Lene-Marit Lyngstad', 'Arnbjørn Lier'].map(member);
  const t0 = Date.now();
  const answers = await Promise.all([
    stack.pg.invoke(group, dag.id, 'approval.approve', data, cardId),
    stack.pg.invoke(group, karl.id, 'approval.approve', data, cardId),
    stack.pg.invoke(group, camilla.id, 'approval.remark', { ...data, comment: 'Sak 3 bør få mer tid.' }, cardId),
    stack.pg.invoke(group, lina.id, 'approval.approve', data, cardId),
    stack.pg.invoke(group, asbjorn.id, 'approval.remark', { ...data, comment: 'Endrer meg kanskje.' }, cardId),
  ]);
  console.log(`five parallel votes through the Playground answered in ${Date.now() - t0} ms`);
  for (const a of answers) expect(a.type).toBe('application/vnd.microsoft.card.adaptive');
  // Arnbjørn changes his vote.
  const changed = await stack.pg.invoke(group, asbjorn.id, 'approval.approve', data, cardId);
  expect(shown(changed)).toMatch(/4 (godkjent|approved) · 1 (merknad|remark)\b/);

  // The shared card was updated for everyone (updateMessage on the WebSocket).
  await stack.pg.messages.waitFor((e) => e.action === 'updateMessage' && e.message?.messageId === cardId && /4 (godkjent|approved) · 1/.test(e.text), 10_000);

  // Kjell's card data names Didrik: the vote still counts for Kjell.
  const forged = await stack.pg.invoke(
    group,
    karl.id,
    'approval.remark',
    { ...data, memberId: 'm-didrik-aasland', voter: dag.id, comment: 'Merknad fra Horten.' },
    cardId,
  );
  expect(shown(forged)).toMatch(/3 (godkjent|approved) · 2 (merknader|remarks)/);
  let approval = (await stack.bot.repositories.approvals.get(meetingId, 1))!.value;
  expect(approval.votes['m-didrik-aasland'].choice).toBe('approve');
  expect(approval.votes['m-kjell-jøran-tveter']).toMatchObject({ choice: 'remark', comment: 'Merknad fra Horten.', userId: karl.id });
  expect(Object.keys(approval.votes)).toHaveLength(5);

  // A member cannot close; the chair can.
  const refused = await stack.pg.invoke(group, lina.id, 'approval.close', data, cardId);
  expect(shown(refused)).toMatch(/Bare møteleder|Only the chair/);
  const closed = await stack.pg.invoke(group, dag.id, 'approval.close', data, cardId);
  // The stored decision is Referent's standard wording, shown in the reader's language (the Playground's client is en-US, #19).
  expect(shown(closed)).toMatch(
    /(Innkallingen ble godkjent med merknader|The notice and agenda were approved with remarks): Cecilie Hårstøl \(Lørenskog kommune\): Sak 3 bør få mer tid\.; Kjell Jøran Tveter \(Horten kommune\): Merknad fra Horten\./,
  );
  expect(shown(closed)).not.toContain('approval.approve');
  approval = (await stack.bot.repositories.approvals.get(meetingId, 1))!.value;
  expect(approval.state).toBe('closed');
  const meeting = (await stack.bot.repositories.meetings.get(meetingId))!.value;
  expect(meeting.state).toBe('notice-published');
  expect(meeting.records['1'].decision).toBe(approval.decision);
});
