import { groupIdFor } from '../../src/app/groups';
import { downloadLink } from '../../tools/teams/download-link';
import { CHAIR, startBotForTest, type TestUser } from '../helpers/bot-client';
import { ddmmyyyy } from '../helpers/open-meeting';

/*
 * `innstilling kortnavn <organisasjon> = <kortnavn>|av` over the bot's HTTP endpoint (#17 §1.3): the
 * round table's headings in the referat use the group's short name, a prefix written with the short
 * name is not doubled, a new roster paste keeps it, and bad input changes nothing.
 */
const CHAT = { id: '19:short-names@thread.v2', type: 'groupChat' as const };
const MEMBER: TestUser = { id: '29:short-member', aadObjectId: '00000000-0000-4000-a000-5407e0000001', name: 'Lene Lyngstad' };
const ROSTER = 'Lene\tLyngstad\tRingerike kommune\nTorgeir\tHolm\tFjordvik kommune';

describe('short organization names', () => {
  let bot: Awaited<ReturnType<typeof startBotForTest>>;
  const group = async () => (await bot.running.repositories.groups.get(groupIdFor(CHAT.id)))!;
  beforeAll(async () => {
    bot = await startBotForTest();
    await bot.say(CHAT, CHAIR, 'ny gruppe Faggruppe for kortnavn');
    await bot.say(CHAT, CHAIR, `deltakere\n${ROSTER}`);
  });
  afterAll(async () => bot.close());

  it('sets a short name for an organization on the roster, once; the settings list shows it', async () => {
    const [set] = await bot.say(CHAT, CHAIR, 'innstilling kortnavn ringerike  kommune = Ringeriksregionen');
    expect(set.text).toContain('«Ringerike kommune» heter nå «Ringeriksregionen» i rundens overskrifter');
    const after = await group();
    expect(after.value.settings?.shortNames).toEqual({ 'ringerike kommune': { organization: 'Ringerike kommune', short: 'Ringeriksregionen' } });
    const [again] = await bot.say(CHAT, CHAIR, 'innstilling kortnavn Ringerike kommune = Ringeriksregionen');
    expect(again.text).toContain('hadde allerede kortnavnet «Ringeriksregionen»');
    expect((await group()).etag).toBe(after.etag);
    const [list] = await bot.say(CHAT, CHAIR, 'innstilling');
    expect(list.text).toContain('- kortnavn i rundens overskrifter: Ringerike kommune = Ringeriksregionen');
  });

  it('refuses an organization not on the roster, a missing name, a long one and a member, and changes nothing', async () => {
    const before = await group();
    const [unknown] = await bot.say(CHAT, CHAIR, 'innstilling kortnavn Hole kommune = Hole');
    expect(unknown.text).toContain('Ingen på deltakerlista er fra «Hole kommune»');
    const [usage] = await bot.say(CHAT, CHAIR, 'innstilling kortnavn Ringerike kommune');
    expect(usage.text).toContain('Skriv organisasjonen slik den står på deltakerlista');
    const [empty] = await bot.say(CHAT, CHAIR, 'innstilling kortnavn Ringerike kommune =');
    expect(empty.text).toContain('Ingenting ble endret');
    const [long] = await bot.say(CHAT, CHAIR, `innstilling kortnavn Ringerike kommune = ${'R'.repeat(61)}`);
    expect(long.text).toContain('høyst 60 tegn');
    const [member] = await bot.say(CHAT, MEMBER, 'innstilling kortnavn Ringerike kommune = Ringerike');
    expect(member.text).not.toContain('heter nå');
    expect((await group()).etag).toBe(before.etag);
  });

  it('the referat heads the round table with the short name, without doubling a prefix written with it; a new roster paste keeps it', async () => {
    await bot.say(CHAT, CHAIR, `deltakere\n${ROSTER}`);
    expect((await group()).value.settings?.shortNames?.['ringerike kommune']?.short).toBe('Ringeriksregionen');
    await bot.say(CHAT, CHAIR, `nytt møte ${ddmmyyyy(0)} 00:00-23:59 Teams`);
    await bot.say(CHAT, CHAIR, 'sakskart\n1. Godkjenning av innkalling og dagsorden\n2. Runde rundt bordet\n3. Eventuelt');
    await bot.say(CHAT, CHAIR, 'innkalling', 3);
    await bot.say(CHAT, CHAIR, 'innspill for Ringerike kommune: Ringeriksregionen: Ny næringsplan er vedtatt.');
    await bot.say(CHAT, CHAIR, 'innspill for Fjordvik kommune: Ingen nye saker.');
    await bot.say(CHAT, CHAIR, 'start', 3);
    const [ended] = await bot.say(CHAT, CHAIR, 'avslutt');
    expect(ended.text ?? '').not.toContain('mangler');
    const [reply] = await bot.say(CHAT, CHAIR, 'referat md');
    const md = await (await fetch(downloadLink(reply)!)).text();
    expect(md).toContain('### Ringeriksregionen:\n\nNy næringsplan er vedtatt.');
    expect(md).not.toContain('Ringeriksregionen: Ny næringsplan');
    expect(md).toContain('### Fjordvik kommune:'); // no short name: the full name
  });

  it('«av» removes it: the full name again', async () => {
    const [off] = await bot.say(CHAT, CHAIR, 'innstilling kortnavn Ringerike kommune av');
    expect(off.text).toContain('har ikke lenger et kortnavn');
    expect((await group()).value.settings?.shortNames).toBeUndefined();
    const [reply] = await bot.say(CHAT, CHAIR, 'referat md');
    expect(await (await fetch(downloadLink(reply)!)).text()).toContain('### Ringerike kommune:');
  });
});
