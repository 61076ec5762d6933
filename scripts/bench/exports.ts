import type { MinutesUseCases } from '../../src/app/minutes';
import type { Repositories } from '../../src/app/ports';
import type { MeetingData } from '../../src/domain/meeting-types';

const agenda: MeetingData['agenda'] = [
  { number: 1, title: 'Godkjenning av innkalling og dagsorden', subPoints: [], kind: 'approve-notice' },
  { number: 2, title: 'Runde rundt bordet', subPoints: [], kind: 'round-table' },
  { number: 3, title: 'Eventuelt', subPoints: [], kind: 'other-business' },
];

/** Two ended meetings in the store: 45 organizations' input, and 1,000 inputs. */
export async function seedExportMeetings(repos: Repositories, groupId: string): Promise<{ small: string; large: string }> {
  const make = async (meetingId: string, date: string, inputs: number) => {
    const attendance: MeetingData['attendance'] = {};
    for (let i = 0; i < Math.min(inputs, 45); i++)
      attendance[`member:x${i}`] = { name: `Person ${i} Ås`, organization: `Kommune ${i}`, status: 'present', secretariat: false };
    await repos.meetings.create({
      meetingId,
      groupId,
      date,
      start: '12:00',
      end: '13:00',
      place: 'Teams',
      state: 'ended',
      agenda,
      records: { '1': { decision: 'Innkallingen ble godkjent', notes: [] } },
      attendance,
    });
    for (let start = 0; start < inputs; start += 50) {
      await Promise.all(
        Array.from({ length: Math.min(50, inputs - start) }, (_, k) => {
          const i = start + k;
          return repos.inputs.put({
            meetingId,
            organization: `Kommune ${i}`,
            authorName: `Person ${i} Ås`,
            enteredBySecretariat: false,
            received: i % 5 === 0 ? 'after' : 'before',
            updatedAt: new Date().toISOString(),
            text: `- Næringsareal og kraft: ${'Utbygging av strømnettet, rekruttering og samarbeid på tvers av kommunene. '.repeat(4)}\n- Æøå <b>ikke fet</b> *ikke kursiv*`,
          });
        }),
      );
    }
  };
  await make('bench-export-45', '2020-01-02', 45);
  await make('bench-export-1000', '2020-01-03', 1000);
  return { small: 'bench-export-45', large: 'bench-export-1000' };
}

/** Milliseconds per format (after one warm-up render), reading from the store as the bot does. */
export async function timeExports(minutes: MinutesUseCases, ids: { small: string; large: string }) {
  const time = async (meetingId: string) => {
    const out: Record<string, number> = {};
    for (const format of ['md', 'html', 'docx', 'pdf'] as const) {
      await minutes.renderStored(meetingId, 'referat', format);
      const t0 = performance.now();
      await minutes.renderStored(meetingId, 'referat', format);
      out[format] = performance.now() - t0;
    }
    return out;
  };
  return { small: await time(ids.small), large: await time(ids.large) };
}
