import { agendaSections, meetingSpan } from '../../domain/agenda-parts';
import type { MeetingData } from '../../domain/meeting-types';
import { formatMeetingTime } from '../../domain/norwegian-time';
import { itemTitle } from '../../domain/standard-wording';
import type { Locale } from '../actor';
import { cardText } from '../card-text';
import { cardLabels, meetingTexts } from '../texts-meetings';
import { card, type CardOf, type Fields } from './card';

/** One agenda item as the agenda and notice cards list it; the first of each part of a meeting in parts carries the part's heading and time. */
export interface AgendaRow {
  hasPart: boolean;
  partHeading: string;
  heading: string;
  subText: string;
  hasSub: boolean;
}

/** cards/agenda.json: the agenda the secretariat checks before publishing. */
export interface AgendaCardData {
  labels: ReturnType<typeof cardLabels>;
  title: string;
  time: string;
  place: string;
  items: AgendaRow[];
}

export const agendaFields: Fields<AgendaCardData> = { labels: true, title: true, time: true, place: true, items: true };

/** The rows, numbered as the documents print them: from 1 in each part of a meeting in parts (#17 §1.8). */
export function agendaRows(meeting: Pick<MeetingData, 'agenda' | 'parts'>, l: Locale): AgendaRow[] {
  return agendaSections(meeting.agenda, meeting.parts).flatMap(({ part, items }) =>
    items.map(({ item: i, shown }, n) => ({
      hasPart: part !== undefined && n === 0,
      partHeading: part && n === 0 ? cardText(`${part.title}\n\n${meetingTexts.partTime(l, part.start, part.end)}`) : '',
      heading: cardText(`${shown}. ${itemTitle(i, l)}`),
      subText: cardText(i.subPoints.map((p) => `• ${p}`).join('\n\n')),
      hasSub: i.subPoints.length > 0,
    })),
  );
}

/** The card's time: the whole meeting, from the first part's start to the last part's end. */
export function cardTime(meeting: MeetingData, l: Locale): string {
  const span = meetingSpan(meeting);
  return formatMeetingTime(meeting.date, span.start, span.end, l);
}

/** The agenda card (the secretariat checks it before publishing). */
export function agendaCard(meeting: MeetingData, groupName: string, l: Locale): CardOf<'agenda'> {
  return card('agenda', {
    labels: cardLabels(l),
    title: cardText(`${cardLabels(l).agenda} – ${groupName}`),
    time: cardTime(meeting, l),
    place: cardText(meeting.place),
    items: agendaRows(meeting, l),
  });
}
