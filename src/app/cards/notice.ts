import { inParts, partSubject, shownNumber } from '../../domain/agenda-parts';
import { roundTableItem } from '../../domain/meeting';
import type { MeetingData } from '../../domain/meeting-types';
import { formatDate, formatDeadline } from '../../domain/norwegian-time';
import { itemTitle } from '../../domain/standard-wording';
import type { Locale } from '../actor';
import { cardText } from '../card-text';
import { cardLabels, meetingTexts } from '../texts-meetings';
import { minutesTexts } from '../texts-minutes';
import { agendaRows, cardTime, type AgendaRow } from './agenda';
import { card, type CardOf, type Fields } from './card';

/** cards/notice.json: the innkalling as the group's home conversation shows it. */
export interface NoticeCardData {
  labels: ReturnType<typeof cardLabels>;
  title: string;
  date: string;
  time: string;
  place: string;
  hasPrepare: boolean;
  prepare: string;
  /** false for a meeting in parts: each part's own «Sakskart …» heading stands in its place. */
  hasAgendaTitle: boolean;
  agendaTitle: string;
  items: AgendaRow[];
  deadline: string;
  signature: string;
  hasCalendar: boolean;
  calendarButton: string;
  meetingId: string;
}

export const noticeFields: Fields<NoticeCardData> = {
  labels: true,
  title: true,
  date: true,
  time: true,
  place: true,
  hasPrepare: true,
  prepare: true,
  hasAgendaTitle: true,
  agendaTitle: true,
  items: true,
  deadline: true,
  signature: true,
  hasCalendar: true,
  calendarButton: true,
  meetingId: true,
};

/** The notice card ("innkalling"), laid out like seeds 002/004. */
export function noticeCard(meeting: MeetingData, groupName: string, l: Locale, signedBy = '', sender?: string): CardOf<'notice'> {
  const round = roundTableItem(meeting.agenda);
  const labels = cardLabels(l);
  const prepare = round
    ? [`${labels.item} ${shownNumber(meeting.agenda, meeting.parts, round.number)}. ${itemTitle(round, l)}`, ...round.subPoints].join('\n\n')
    : '';
  return card('notice', {
    labels,
    // A meeting in parts: a title that covers both parts, not the group's own meeting only.
    title: cardText(
      inParts(meeting)
        ? meetingTexts.noticeTitleParts(
            l,
            (meeting.parts ?? []).map((p) => partSubject(p.title)),
          )
        : meetingTexts.noticeTitle(l, groupName),
    ),
    date: formatDate(meeting.date),
    time: cardTime(meeting, l),
    place: cardText(meeting.place),
    hasPrepare: round !== undefined,
    prepare: cardText(prepare),
    hasAgendaTitle: !inParts(meeting),
    agendaTitle: cardText(meetingTexts.noticeAgendaTitle(l, groupName, formatDate(meeting.date))),
    items: agendaRows(meeting, l),
    deadline: meeting.inputDeadline ? formatDeadline(meeting.inputDeadline, l) : '',
    // As the seeds sign: "Med vennlig hilsen / <name> / Sekretariatet for …" (the group's `innstilling avsender` when set).
    signature: cardText([labels.regards, signedBy, sender?.trim() || meetingTexts.secretariatOf(l, groupName)].filter(Boolean).join('\n\n')),
    // «Legg i kalender» (#18 §4): a click sends the clicker the .ics as their own personal link (a group card cannot hold one).
    hasCalendar: true,
    calendarButton: cardText(minutesTexts.calendarButton(l)),
    meetingId: meeting.meetingId,
  });
}
