import type { MeetingData } from '../../domain/meeting-types';
import type { Locale } from '../actor';
import { cardText } from '../card-text';
import { endTexts as t } from '../texts-end';
import { card, type CardOf, type Fields } from './card';

/** cards/end-confirm.json: «N organisasjoner mangler: … Avslutte likevel?», or its outcome without buttons. */
export interface EndConfirmCardData {
  ask: boolean;
  title: string;
  text: string;
  labels: ReturnType<typeof t.labels>;
  meetingId: string;
}

export const endConfirmFields: Fields<EndConfirmCardData> = { ask: true, title: true, text: true, labels: true, meetingId: true };

/** «N organisasjoner mangler: … Avslutte likevel?» with «Avslutt likevel» / «Avbryt»; after a click, the outcome without buttons. */
export function endConfirmCard(meeting: MeetingData, missing: readonly string[], l: Locale, ask: boolean, outcome = ''): CardOf<'end-confirm'> {
  return card('end-confirm', {
    ask,
    title: cardText(t.missingTitle(l, missing)),
    text: cardText(ask ? t.missingText(l) : outcome),
    labels: t.labels(l),
    meetingId: meeting.meetingId,
  });
}
