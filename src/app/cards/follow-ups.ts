import { isOpen, ownerName, type FollowUp } from '../../domain/follow-up';
import { formatDate } from '../../domain/norwegian-time';
import type { Locale } from '../actor';
import { cardText, sharedCardText } from '../card-text';
import { followUpTexts as t } from '../texts-follow-ups';
import { itemRefTexts } from '../texts-item-ref';
import { card, type CardOf, type Fields } from './card';

/** Where a follow-up card is shown: a member's own list (personal chat), the group's list, or a meeting's follow-up item. */
export type FollowUpView = 'mine' | 'group' | 'meeting';

/** One follow-up with its status buttons; each button carries what a click needs to redraw the card. */
export interface FollowUpRow {
  id: string;
  text: string;
  meta: string;
  open: boolean;
  groupId: string;
  /** The follow-ups the card shows (comma-separated), so a click reads them back with one request. */
  ids: string;
  view: FollowUpView;
  meetingId: string;
}

/** cards/follow-ups.json: a list of follow-ups with status buttons. */
export interface FollowUpsCardData {
  title: string;
  note: string;
  hasNote: boolean;
  labels: ReturnType<typeof t.cardLabels>;
  chairButtons: boolean;
  rows: FollowUpRow[];
}

export const followUpsFields: Fields<FollowUpsCardData> = { title: true, note: true, hasNote: true, labels: true, chairButtons: true, rows: true };

/** At most this many rows on one card (a click reads them back with one request). */
export const CARD_ROWS = 40;

/** «Ansvar: … · Frist: … · Fra møte dd.mm.åååå, sak n · Status: …» */
export function followUpMeta(f: FollowUp, l: Locale): string {
  const labels = t.cardLabels(l);
  return [
    `${labels.owner}: ${f.owner ? ownerName(f.owner) : '–'}`,
    `${labels.due}: ${f.due ? formatDate(f.due) : '–'}`,
    // «sak 4», or in a meeting in parts «sak 2 i del 2» as the referat numbers it.
    `${labels.from} ${formatDate(f.meetingDate)}, ${itemRefTexts.ofFollowUp(l, f)}`,
    `${labels.status}: ${t.statusName(l, f.status)}`,
  ].join(' · ');
}

/**
 * The list card with status buttons: «Utført» for everyone it is shown to (the click checks the
 * clicker against the stored owner and roles); «Videreføres»/«Utgår» on the chair's and secretariat's
 * views. The card's data names the follow-ups it shows, so a click redraws it from one request.
 */
export function followUpCard(
  view: FollowUpView,
  title: string,
  groupId: string,
  followUps: FollowUp[],
  l: Locale,
  extra: { note?: string; meetingId?: string } = {},
): CardOf<'follow-ups'> {
  const shown = followUps.slice(0, CARD_ROWS);
  // Members' text on a card others see shows links as text (card-text.ts); a personal list is the reader's own.
  const safe = view === 'mine' ? cardText : sharedCardText;
  const ids = shown.map((f) => f.followUpId).join(',');
  return card('follow-ups', {
    title: cardText(title),
    note: cardText(extra.note ?? ''),
    hasNote: !!extra.note,
    labels: t.cardLabels(l),
    chairButtons: view !== 'mine',
    rows: shown.map((f) => ({
      id: f.followUpId,
      text: safe(f.text),
      meta: safe(followUpMeta(f, l)),
      open: isOpen(f),
      groupId,
      ids,
      view,
      meetingId: extra.meetingId ?? '',
    })),
  });
}
