import { decisionIn, itemTitle } from '../../domain/standard-wording';
import { summarizeAttendance } from '../../domain/attendance';
import { deadlineOf } from '../../domain/input';
import { undecidedItems, recordOf } from '../../domain/meeting-flow';
import type { Input, MeetingData } from '../../domain/meeting-types';
import { formatDayAndClock, formatMeetingTime, osloDateOf, osloTimeOf } from '../../domain/norwegian-time';
import type { RosterMember } from '../../domain/roster';
import { sameOrganization } from '../../domain/keys';
import type { Locale } from '../actor';
import type { GroupContext } from '../group-context';
import { attendanceLine, runLabels, runTexts } from '../texts-run';
import { cardText } from '../card-text';
import { card, type CardOf, type Fields } from './card';
import { itemRefTexts, placeIn } from '../texts-item-ref';

/** cards/meeting-summary.json: what the meeting decided, what it left, attendance, missing input and the deadline. */
export interface MeetingSummaryCardData {
  labels: ReturnType<typeof runLabels>;
  title: string;
  time: string;
  decisions: { title: string; text: string }[];
  hasDecisions: boolean;
  undecided: { text: string }[];
  hasUndecided: boolean;
  attendance: string;
  missing: string;
  deadline: string;
}

export const meetingSummaryFields: Fields<MeetingSummaryCardData> = {
  labels: true,
  title: true,
  time: true,
  decisions: true,
  hasDecisions: true,
  undecided: true,
  hasUndecided: true,
  attendance: true,
  missing: true,
  deadline: true,
};

/** "torsdag 14.11.2024 kl. 13.00" (Oslo). */
export function formatInstant(instant: Date, l: Locale): string {
  const date = osloDateOf(instant);
  return formatDayAndClock(date, osloTimeOf(instant), l);
}

/** The roster's organizations (roster order) that have sent no written input for the meeting. */
export function missingInput(roster: readonly RosterMember[], inputs: readonly Input[]): { missing: string[]; total: number } {
  const orgs: string[] = [];
  for (const m of roster) if (!orgs.some((o) => sameOrganization(o, m.organization))) orgs.push(m.organization.trim());
  const missing = orgs.filter((o) => !inputs.some((c) => sameOrganization(c.organization, o)));
  return { missing, total: orgs.length };
}

/** The card posted when the meeting ends: decisions, items without one, attendance, missing input, the deadline. */
export function summaryCard(meeting: MeetingData, ctx: GroupContext, inputs: readonly Input[], l: Locale): CardOf<'meeting-summary'> {
  const labels = runLabels(l);
  const decided = meeting.agenda.filter((i) => recordOf(meeting, i.number).decision?.trim());
  const undecided = undecidedItems(meeting);
  const people = summarizeAttendance(meeting.attendance, ctx.roster);
  const { missing, total } = missingInput(ctx.roster, inputs);
  return card('meeting-summary', {
    labels,
    title: cardText(runTexts.summaryTitle(l, ctx.group.value.name)),
    time: formatMeetingTime(meeting.date, meeting.start, meeting.end, l),
    decisions: decided.map((i) => ({
      title: cardText(`${itemRefTexts.listed(l, placeIn(meeting, i.number))} ${itemTitle(i, l)}`),
      text: cardText(decisionIn(recordOf(meeting, i.number).decision ?? '', l)),
    })),
    hasDecisions: decided.length > 0,
    undecided: undecided.map((i) => ({ text: cardText(`${itemRefTexts.listed(l, placeIn(meeting, i.number))} ${itemTitle(i, l)}`) })),
    hasUndecided: undecided.length > 0,
    attendance: attendanceLine(l, { present: people.present.length, secretariat: people.secretariat.length, apologies: people.apologies.length }),
    missing: cardText(missing.length ? `(${missing.length} ${labels.of ?? ''} ${total}) ${missing.join(', ')}` : labels.none),
    deadline: formatInstant(deadlineOf(meeting), l),
  });
}
