import { createMeeting } from '../../src/app/meeting-writes';
import type { Repositories } from '../../src/app/ports';
import { meetingIdFor } from '../../src/domain/meeting';
import type { MeetingData } from '../../src/domain/meeting-types';

/**
 * #18 §3: a generated five-year group (60 meetings × 15 items × 30 inputs, a decision and a note on
 * every item) for timing `søk` over HTTP. Invented organizations only.
 */
export const SEARCH_SHAPE = { meetings: 60, items: 15, inputs: 30 };

export async function seedSearchGroup(repos: Repositories, groupId: string): Promise<void> {
  const { meetings, items, inputs } = SEARCH_SHAPE;
  const agenda: MeetingData['agenda'] = Array.from({ length: items }, (_, i) =>
    i === 1
      ? { number: 2, title: 'Runde rundt bordet', subPoints: [], kind: 'round-table' as const }
      : { number: i + 1, title: `Fagsak ${i + 1}`, subPoints: [], kind: 'discussion' as const },
  );
  for (let n = 0; n < meetings; n++) {
    const date = `${2019 + Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}-10`;
    const records: MeetingData['records'] = {};
    for (let i = 1; i <= items; i++)
      records[String(i)] = {
        decision: `Gruppen vedtok tiltak ${i} for periode ${n} om kollektivtrafikk og arealplan.`,
        notes: [`Diskusjon om veivedlikehold og sykkelveier i periode ${n}, sak ${i}.`],
      };
    if (n === 17) records['4'].decision = 'Ærfuglreservatet ved Østfjorden får vern.';
    const meetingId = meetingIdFor(groupId, date);
    // Input first, then the locked meeting through the meeting write path, which keeps the search
    // register (#18 §3) in step: the lock takes the input snapshot, as a real meeting's lock does.
    await Promise.all(
      Array.from({ length: inputs }, (_, k) =>
        repos.inputs.put({
          meetingId,
          groupId,
          organization: `Oppdiktet kommune ${k + 1}`,
          text: `Kommune ${k + 1} melder om arbeid med næringsareal og bredbånd i periode ${n}.`,
          authorName: `Innsender ${k + 1}`,
          enteredBySecretariat: false,
          received: 'before',
          updatedAt: `${date}T08:00:00.000Z`,
        }),
      ),
    );
    await createMeeting(repos, {
      meetingId,
      groupId,
      date,
      start: '10:00',
      end: '12:00',
      place: 'Rådhuset',
      state: 'locked',
      agenda,
      records,
      attendance: {},
    });
  }
}
