import { summarizeAttendance } from '../../domain/attendance';
import type { AttendanceEntry, MeetingData } from '../../domain/meeting-types';
import type { RosterMember } from '../../domain/roster';
import type { Locale } from '../actor';
import { cardText } from '../card-text';
import { attendanceLine, runLabels } from '../texts-run';
import { card, type CardOf, type Fields } from './card';

/** cards/roll-call.json: who has reported present, apologies or secretariat, with a button per status. */
export interface RollCallCardData {
  labels: ReturnType<typeof runLabels>;
  counts: string;
  present: string;
  hasPresent: boolean;
  apologies: string;
  hasApologies: boolean;
  secretariat: string;
  hasSecretariat: boolean;
  meetingId: string;
}

export const rollCallFields: Fields<RollCallCardData> = {
  labels: true,
  counts: true,
  present: true,
  hasPresent: true,
  apologies: true,
  hasApologies: true,
  secretariat: true,
  hasSecretariat: true,
  meetingId: true,
};

/** The roll-call card: who has reported, and a button for each status (each person reports for themselves). */
export function rollCallCard(meeting: MeetingData, roster: readonly RosterMember[], l: Locale): CardOf<'roll-call'> {
  const people = summarizeAttendance(meeting.attendance, roster);
  const line = (e: AttendanceEntry) => cardText(`${e.name} (${e.organization})`);
  return card('roll-call', {
    labels: runLabels(l),
    counts: attendanceLine(l, { present: people.present.length, secretariat: people.secretariat.length, apologies: people.apologies.length }),
    present: cardText(people.present.map(line).join(', ')),
    hasPresent: people.present.length > 0,
    apologies: cardText(people.apologies.map(line).join(', ')),
    hasApologies: people.apologies.length > 0,
    secretariat: cardText(people.secretariat.map((e) => e.name).join(', ')),
    hasSecretariat: people.secretariat.length > 0,
    meetingId: meeting.meetingId,
  });
}
