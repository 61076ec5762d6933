import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startReferent } from '../bot/server';
import { groupIdFor } from '../src/app/groups';
import { cardAction, message, type Person } from './bench/activities';
import { startSinkConnector } from './bench/connector';
import { downloadLink } from '../tools/teams/download-link';
import { postJson } from './bench/load';
// The invented group's notice; scripts may use the test fixtures until the tools wing (#13 §6) takes them.
import { fixtureDocument, INNKALLING_2024_11_07, invitedList } from '../tools/fixtures/documents';

/**
 * `npm run demo`: plays a whole meeting of the invented group of tools/fixtures/documents through the bot's real HTTP endpoint
 * on a fresh embedded store — group, roster, agenda, notice, approvals, attendance, round-table input
 * before and after, decisions — and writes the referat and the innkalling as DOCX, Markdown, HTML and
 * PDF/A, then locks the referat and writes its archive package (referat-arkiv.zip), into the folder
 * it names (DEMO_OUT, default ./demo-output).
 */
const ROOT = path.join(__dirname, '../..');
const person = (name: string, n: number): Person => ({ id: `29:demo-${n}`, aadObjectId: `00000000-0000-4000-9000-${String(n).padStart(12, '0')}`, name });

const secretariat = person('Kamilla Hovstøl Ulvestad', 1);
const chair = person('Ørjan Sålvik', 2);
const members = [
  person('Didrik Aasland', 3),
  person('Kjell Jøran Tveter', 4),
  person('Cecilie Hårstøl', 5),
  person('Lene-Marit Lyngstad', 6),
  person('Arnbjørn Lier', 7),
];
const chat = { id: '19:demo-faggruppe@thread.v2', type: 'groupChat' as const };
const personal = (p: Person) => ({ id: `a:demo-${p.id}`, type: 'personal' as const });

async function main(): Promise<void> {
  const out = path.resolve(process.env.DEMO_OUT ?? path.join(ROOT, 'demo-output'));
  await mkdir(out, { recursive: true });
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'referent-demo-'));
  const sink = await startSinkConnector();
  const bot = await startReferent({ ...process.env, PORT: '0', REFERENT_DATA_DIR: dataDir, LOG_LEVEL: 'warn', COSMOS_ENDPOINT: '', MicrosoftAppId: '' });
  const step = async (who: Person, conversation: { id: string; type: 'personal' | 'groupChat' }, text: string) => {
    const res = await postJson(bot.url, message(sink.serviceUrl, conversation, who, text));
    const answer = sink.lastText(conversation.id);
    process.stdout.write(
      `\n${who.name} › ${text.split('\n')[0]}${text.includes('\n') ? ' …' : ''}\n  Referent › ${answer.split('\n').slice(0, 3).join('\n             ')}\n`,
    );
    if (res.status !== 200) throw new Error(`the bot answered HTTP ${res.status} to "${text.split('\n')[0]}"`);
    return answer;
  };
  const click = async (who: Person, verb: string, data: Record<string, unknown>) => {
    const res = await postJson(bot.url, cardAction(sink.serviceUrl, chat, who, verb, data));
    process.stdout.write(`\n${who.name} clicks ${verb} → HTTP ${res.status}\n`);
  };
  try {
    const seed = fixtureDocument(INNKALLING_2024_11_07);
    const invited = invitedList(seed);
    const agenda = seed.slice(seed.indexOf('Sakskart til møte'), seed.indexOf('\nInviterte'));
    const day = new Date(Date.now() + 86400_000);
    const date = `${String(day.getDate()).padStart(2, '0')}.${String(day.getMonth() + 1).padStart(2, '0')}.${day.getFullYear()}`;

    await step(secretariat, chat, 'ny gruppe Osloregionens faggruppe for Nærings samarbeid');
    await step(secretariat, chat, `deltakere\n${invited}`);
    await step(secretariat, chat, 'rolle Ørjan Sålvik møteleder');
    // A chair is never linked by name alone (#15 §1): his first message asks the secretariat «Hvem er «Ørjan Sålvik»?», who links him.
    await step(chair, chat, 'hjelp');
    await click(secretariat, 'identity.link', { groupId: groupIdFor(chat.id), aad: chair.aadObjectId, memberId: 'm-ørjan-sålvik' });
    await step(secretariat, chat, `nytt møte ${date} 12:00-13:00 Oslo rådhus, møteromssenteret`);
    await step(secretariat, chat, `sakskart\n${agenda}`);
    await step(secretariat, chat, 'innkalling');
    const meeting = (await bot.repositories.meetings.listByGroup((await bot.repositories.conversations.get(chat.id))?.groupId ?? '')).at(-1);
    if (!meeting) throw new Error('no meeting was created');

    for (const m of members) await click(m, 'approval.approve', { meetingId: meeting.meetingId, item: 1 });
    await click(chair, 'approval.close', { meetingId: meeting.meetingId, item: 1 });

    await step(
      members[0],
      personal(members[0]),
      'innspill Drammensregionen jobber med ny havnestrategi og næringsareal langs E18.\n- Nytt sykehus i Drammen\n- Rekruttering av fagarbeidere',
    );
    await step(members[1], personal(members[1]), 'innspill Horten Tech Festival 2024 ble en suksess med rekrutteringsmesse og næringslivskonferanse.');

    // The meeting is dated tomorrow and held today: Referent asks on a card, and the chair starts it.
    await step(chair, chat, 'start');
    await click(chair, 'meeting.start', { meetingId: meeting.meetingId });
    for (const p of [chair, secretariat, ...members.slice(0, 4)]) await step(p, chat, 'til stede');
    await step(members[4], chat, 'forfall');
    await step(chair, chat, 'neste');
    await step(chair, chat, 'vedtak: Referatet ble godkjent');
    await step(chair, chat, 'neste');
    await step(chair, chat, 'notat: Sekretariatet la fram forslag til møteplan for 2025.');
    await step(chair, chat, 'vedtak: Gruppen sluttet seg til forslaget.');
    await step(chair, chat, 'neste');
    await step(chair, chat, 'runde');
    await step(chair, chat, 'notat: Lørenskog kommune: Innovasjonskonferansen 2024 er gjennomført med rekordstor påmelding.');
    await step(chair, chat, 'neste');
    await step(chair, chat, 'avslutt');
    // Not every organization was heard, so avslutt asks first («N organisasjoner mangler»): the chair ends anyway.
    await click(chair, 'meeting.end', { meetingId: meeting.meetingId });
    await step(members[3], personal(members[3]), 'innspill Ringerike: Treklyngen har fått avslag på utslippstillatelse; kommunen har sendt felles uttalelse.');

    // A download link is personal: asked for in the group chat it goes to the secretariat's own chat with the bot.
    await step(secretariat, personal(secretariat), 'hjelp');
    const written: string[] = [];
    for (const [kind, command] of [
      ['referat', 'referat'],
      ['innkalling', 'innkalling'],
    ] as const) {
      for (const format of ['docx', 'md', 'html', 'pdf'] as const) {
        await step(secretariat, chat, `${command} ${format} ${meeting.date.split('-').reverse().join('.')}`);
        const link = downloadLink(sink.lastActivity(personal(secretariat).id));
        if (!link) throw new Error(`no download link in the answer to "${command} ${format}"`);
        const res = await fetch(link);
        if (!res.ok) throw new Error(`download of ${kind}.${format} answered HTTP ${res.status}`);
        const file = path.join(out, `${kind}.${format}`);
        await writeFile(file, Buffer.from(await res.arrayBuffer()));
        written.push(file);
      }
    }
    // The secretariat locks the minutes, then hands the archive package (PDF/A + metadata) to the archive.
    const held = meeting.date.split('-').reverse().join('.');
    await step(secretariat, chat, `lås referat ${held}`);
    await step(secretariat, chat, `referat arkiv ${held}`);
    const archive = downloadLink(sink.lastActivity(personal(secretariat).id));
    if (!archive) throw new Error('no download link in the answer to "referat arkiv"');
    const pkg = await fetch(archive);
    if (!pkg.ok) throw new Error(`download of the archive package answered HTTP ${pkg.status}`);
    written.push(path.join(out, 'referat-arkiv.zip'));
    await writeFile(written[written.length - 1], Buffer.from(await pkg.arrayBuffer()));
    process.stdout.write(`\nThe demo meeting is played. Documents written to ${out}:\n${written.map((f) => `  ${f}`).join('\n')}\n`);
  } finally {
    await bot.close();
    await sink.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`demo failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
