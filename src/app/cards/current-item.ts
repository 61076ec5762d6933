import { currentItem, recordOf } from '../../domain/meeting-flow';
import type { MeetingData } from '../../domain/meeting-types';
import { formatMeetingTime } from '../../domain/norwegian-time';
import { decisionIn, itemTitle } from '../../domain/standard-wording';
import type { Locale } from '../actor';
import { cardText, sharedCardText } from '../card-text';
import { runLabels } from '../texts-run';
import { itemRefTexts, placeIn } from '../texts-item-ref';
import { card, type CardOf, type Fields } from './card';

/** cards/current-item.json: the item the meeting is at, its decision and notes, and the chair's buttons. */
export interface CurrentItemCardData {
  labels: ReturnType<typeof runLabels>;
  header: string;
  title: string;
  subText: string;
  hasSub: boolean;
  decision: string;
  notes: { text: string }[];
  hasNotes: boolean;
  running: boolean;
  ended: boolean;
  hasPrev: boolean;
  hasNext: boolean;
  meetingId: string;
  /** The meeting's run version the card was drawn at: a click on an older card moves nothing. */
  version: number;
  item: number;
}

export const currentItemFields: Fields<CurrentItemCardData> = {
  labels: true,
  header: true,
  title: true,
  subText: true,
  hasSub: true,
  decision: true,
  notes: true,
  hasNotes: true,
  running: true,
  ended: true,
  hasPrev: true,
  hasNext: true,
  meetingId: true,
  version: true,
  item: true,
};

/** The current-item card, drawn from the meeting at its version. */
export function itemCard(meeting: MeetingData, groupName: string, l: Locale): CardOf<'current-item'> {
  const item = currentItem(meeting);
  const index = meeting.agenda.findIndex((i) => i.number === meeting.currentItem);
  const record = item ? recordOf(meeting, item.number) : { notes: [] };
  const running = meeting.state === 'in-progress';
  const labels = runLabels(l);
  return card('current-item', {
    labels,
    header: cardText(`${groupName} – ${formatMeetingTime(meeting.date, meeting.start, meeting.end, l)}`),
    // «Sak 4 av 6» in a meeting in one part; «Del 2 · Sak 2 av 4» in a meeting in parts, as the sakskart numbers it.
    title: item ? cardText(`${itemRefTexts.of(l, placeIn(meeting, item.number))}: ${itemTitle(item, l)}`) : labels.ended,
    subText: cardText((item?.subPoints ?? []).map((p) => `• ${p}`).join('\n\n')),
    hasSub: (item?.subPoints.length ?? 0) > 0,
    decision: sharedCardText(record.decision ? decisionIn(record.decision, l) : labels.noDecision),
    notes: record.notes.map((text) => ({ text: sharedCardText(`• ${text}`) })),
    hasNotes: record.notes.length > 0,
    running,
    ended: !running,
    hasPrev: running && index > 0,
    hasNext: running && index < meeting.agenda.length - 1,
    meetingId: meeting.meetingId,
    version: meeting.run?.version ?? 0,
    item: item?.number ?? 0,
  });
}
