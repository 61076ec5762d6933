import type { MeetingData } from '../../domain/meeting-types';
import { formatDate, formatMeetingTime } from '../../domain/norwegian-time';
import type { Locale } from '../actor';
import { cardText } from '../card-text';
import { runTexts } from '../texts-run';
import { card, type CardOf, type Fields } from './card';

/** cards/start-confirm.json: «Møtet står oppført dd.mm.åååå. Starte det nå?», or its outcome without buttons. */
export interface StartConfirmCardData {
  ask: boolean;
  title: string;
  text: string;
  labels: ReturnType<typeof runTexts.startLabels>;
  meetingId: string;
}

export const startConfirmFields: Fields<StartConfirmCardData> = { ask: true, title: true, text: true, labels: true, meetingId: true };

/** «Møtet står oppført dd.mm.åååå. Starte det nå?» with «Start nå» / «Avbryt»; after a click, the outcome without buttons. */
export function startConfirmCard(meeting: MeetingData, l: Locale, ask: boolean, outcome = ''): CardOf<'start-confirm'> {
  const when = formatMeetingTime(meeting.date, meeting.start, meeting.end, l);
  return card('start-confirm', {
    ask,
    title: runTexts.startOtherDay(l, formatDate(meeting.date)),
    text: cardText(ask ? runTexts.startOtherDayText(l, when) : outcome),
    labels: runTexts.startLabels(l),
    meetingId: meeting.meetingId,
  });
}
