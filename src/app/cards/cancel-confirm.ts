import type { MeetingData } from '../../domain/meeting-types';
import { formatDate, formatMeetingTime } from '../../domain/norwegian-time';
import type { Locale } from '../actor';
import { cardText } from '../card-text';
import { cancelTexts as t } from '../texts-cancel';
import { card, type CardOf, type Fields } from './card';

/** cards/cancel-confirm.json: «Avlys møtet dd.mm.åååå?», or its outcome without buttons. */
export interface CancelConfirmCardData {
  ask: boolean;
  title: string;
  text: string;
  labels: ReturnType<typeof t.labels>;
  meetingId: string;
}

export const cancelConfirmFields: Fields<CancelConfirmCardData> = { ask: true, title: true, text: true, labels: true, meetingId: true };

/** «Avlys møtet dd.mm.åååå?» with «Avlys møtet» / «Avbryt»; after a click, the outcome without buttons. */
export function cancelConfirmCard(
  meeting: Pick<MeetingData, 'meetingId' | 'date' | 'start' | 'end'>,
  l: Locale,
  ask: boolean,
  outcome = '',
): CardOf<'cancel-confirm'> {
  return card('cancel-confirm', {
    ask,
    title: t.title(l, formatDate(meeting.date)),
    text: cardText(ask ? t.askText(l, formatMeetingTime(meeting.date, meeting.start, meeting.end, l)) : outcome),
    labels: t.labels(l),
    meetingId: meeting.meetingId,
  });
}
