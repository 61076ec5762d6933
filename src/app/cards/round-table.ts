import { sameOrganization } from '../../domain/keys';
import type { Input, MeetingData, RoundState } from '../../domain/meeting-types';
import { formatClock, osloTimeOf } from '../../domain/norwegian-time';
import { currentSpeaker, roundOver, SPEAKING_MINUTES, timeBoxEnd } from '../../domain/round-order';
import type { Locale } from '../actor';
import { cardText } from '../card-text';
import { roundStatus, runLabels, runTexts } from '../texts-run';
import { card, type CardOf, type Fields } from './card';

/** One organization's line: its status in the round and whether it sent written input. */
export interface RoundRow {
  org: string;
  status: string;
  input: string;
}

interface RoundRows {
  rows: RoundRow[];
  doneLine: string;
  rest: RoundRow[];
  hasRest: boolean;
  showAll: string;
}

/** cards/round-table.json: who has the word, since when, and everyone's status. */
export interface RoundTableCardData extends RoundRows {
  labels: ReturnType<typeof runLabels>;
  speaker: string;
  hasSpeaker: boolean;
  speakerNames: string;
  timeBox: string;
  over: boolean;
  overText: string;
  meetingId: string;
  /** The round's step the card was drawn at: a click on an older card changes nothing. */
  step: number;
}

export const roundTableFields: Fields<RoundTableCardData> = {
  labels: true,
  speaker: true,
  hasSpeaker: true,
  speakerNames: true,
  timeBox: true,
  over: true,
  overText: true,
  rows: true,
  doneLine: true,
  rest: true,
  hasRest: true,
  showAll: true,
  meetingId: true,
  step: true,
};

/** From this many organizations the card shows only the speaker and the next three; the rest fold away (#16 §4). */
export const LONG_ROUND = 12;
const NEXT_SHOWN = 3;

/**
 * The card's rows. A short round lists everyone. A long one (30+ organizations in a real group) stays
 * readable: those done collapse into a count line, the speaker and the next three are shown, and the
 * rest are behind «Vis alle» (Action.ToggleVisibility), still with who has sent written input.
 */
function roundRows(round: RoundState, inputs: readonly Input[], l: Locale): RoundRows {
  const labels = runLabels(l);
  const row = (org: string, i: number) => ({
    org: cardText(org),
    status: roundStatus(l, i === round.index ? 'speaking' : round.outcome[i]),
    input: inputs.some((c) => sameOrganization(c.organization, org)) ? `✉ ${labels.writtenInput}` : '',
  });
  const all = round.order.map(row);
  if (all.length < LONG_ROUND) return { rows: all, doneLine: '', rest: [], hasRest: false, showAll: '' };
  const from = Math.min(round.index, all.length);
  const shown = all.slice(from, from + 1 + NEXT_SHOWN);
  const done = round.outcome.slice(0, from);
  const spoken = done.filter((o) => o === 'spoken').length;
  const rest = [...all.slice(0, from), ...all.slice(from + 1 + NEXT_SHOWN)];
  const doneLine = from === 0 ? '' : runTexts.roundDone(l, spoken, from - spoken);
  return { rows: shown, doneLine, rest, hasRest: rest.length > 0, showAll: runTexts.showAll(l, all.length) };
}

/** The round-table card: who has the word (and since when, 3 min), everyone's status, who has sent written input. */
export function roundCard(meeting: MeetingData, round: RoundState, inputs: readonly Input[], l: Locale): CardOf<'round-table'> {
  const labels = runLabels(l);
  const speaker = currentSpeaker(round);
  const end = timeBoxEnd(round);
  const clock = (iso: Date) => formatClock(osloTimeOf(iso), l);
  const present = Object.values(meeting.attendance).filter((e) => e.status === 'present' && !e.secretariat);
  const spoken = round.outcome.filter((o) => o === 'spoken').length;
  const skipped = round.outcome.filter((o) => o === 'skipped').length;
  return card('round-table', {
    labels,
    speaker: cardText(speaker ?? ''),
    hasSpeaker: speaker !== undefined,
    speakerNames: cardText(
      speaker
        ? present
            .filter((e) => sameOrganization(e.organization, speaker))
            .map((e) => e.name)
            .join(', ')
        : '',
    ),
    timeBox:
      round.speakerSince && end
        ? `${labels.since} ${clock(new Date(round.speakerSince))} – ${SPEAKING_MINUTES} ${labels.timeBox} (${labels.until} ${clock(end)})`
        : '',
    over: roundOver(round),
    overText: runTexts.roundOverCount(l, spoken, skipped),
    ...roundRows(round, inputs, l),
    meetingId: meeting.meetingId,
    step: round.step,
  });
}
