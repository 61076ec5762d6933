import { groupIdFor } from '../../src/app/groups';
import { CHAIR, startBotForTest } from '../helpers/bot-client';
import { invoke } from '../helpers/invoke';
import { ddmmyyyy, makeMembers } from '../helpers/open-meeting';

/** Issue 6.5: when the next meeting approves these minutes (its item 2), the earlier meeting is locked. */
jest.setTimeout(60_000);

test('closing item 2 of the next meeting locks the previous minutes; later input to them is refused', async () => {
  const bot = await startBotForTest();
  const repos = bot.running.repositories;
  try {
    const chat = { id: '19:lock-approval@thread.v2', type: 'groupChat' as const };
    const [member] = makeMembers(1, 'Laas');
    await bot.say(chat, CHAIR, 'ny gruppe Låsegruppe');
    await bot.say(chat, CHAIR, `deltakere\n${member.first}\t${member.last}\t${member.organization}\nØrjan\tSålvik\tOslo kommune`);
    const groupId = groupIdFor(chat.id);
    await repos.meetings.create({
      meetingId: 'mt-earlier',
      groupId,
      date: '2024-09-12',
      start: '12:00',
      end: '13:00',
      place: 'Teams',
      state: 'ended',
      agenda: [{ number: 1, title: 'Eventuelt', subPoints: [], kind: 'other-business' }],
      records: {},
      attendance: {},
    });
    await bot.say(chat, CHAIR, `nytt møte ${ddmmyyyy(10)} 12:00-13:00 Teams`);
    const [agenda] = await bot.say(chat, CHAIR, 'sakskart\n1. Forslag til møteplan');
    expect(JSON.stringify(agenda)).toContain('12. september 2024');
    await bot.say(chat, CHAIR, 'innkalling', 3);
    const next = (await repos.meetings.listByGroup(groupId)).at(-1)!;
    expect(next.agenda[1]).toMatchObject({ number: 2, kind: 'approve-minutes' });

    await invoke(bot.running.url, bot.connector.serviceUrl, chat, member, 'approval.approve', { meetingId: next.meetingId, item: 2 });
    expect((await repos.meetings.get('mt-earlier'))?.value.state).toBe('ended');
    await invoke(bot.running.url, bot.connector.serviceUrl, chat, CHAIR, 'approval.close', { meetingId: next.meetingId, item: 2 });
    expect((await repos.meetings.get(next.meetingId))?.value.records['2'].decision).toBe('Referatet ble godkjent');
    const earlier = (await repos.meetings.get('mt-earlier'))?.value;
    expect(earlier?.state).toBe('locked');
    expect(earlier?.lockedAt).toBeTruthy();
  } finally {
    await bot.close();
  }
});
