import type { AgendaItem } from '../../domain/agenda';
import type { MeetingData } from '../../domain/meeting-types';
import { formatMeetingTime } from '../../domain/norwegian-time';
import { itemTitle } from '../../domain/standard-wording';
import type { Locale } from '../actor';
import { cardText } from '../card-text';
import { cardLabels } from '../texts-meetings';
import { card, type CardOf, type Fields } from './card';

/** One agenda item as the agenda and notice cards list it. */
export interface AgendaRow {
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

export function agendaRows(agenda: readonly AgendaItem[], l: Locale): AgendaRow[] {
  return agenda.map((i) => ({
    heading: cardText(`${i.number}. ${itemTitle(i, l)}`),
    subText: cardText(i.subPoints.map((p) => `• ${p}`).join('\n\n')),
    hasSub: i.subPoints.length > 0,
  }));
}

/** The agenda card (the secretariat checks it before publishing). */
export function agendaCard(meeting: MeetingData, groupName: string, l: Locale): CardOf<'agenda'> {
  return card('agenda', {
    labels: cardLabels(l),
    title: cardText(`${cardLabels(l).agenda} – ${groupName}`),
    time: formatMeetingTime(meeting.date, meeting.start, meeting.end, l),
    place: cardText(meeting.place),
    items: agendaRows(meeting.agenda, l),
  });
}
