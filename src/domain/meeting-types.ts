import type { AgendaItem, AgendaPart } from './agenda';
import type { MeetingReview } from './review';

/**
 * draft → notice-published (input window open) → in-progress → ended → locked (BRIEF §4); a meeting not
 * started yet may be cancelled (`avlys møte`), and `flytt møte` brings it back to the state it had (#15 §2).
 */
export type MeetingState = 'draft' | 'notice-published' | 'in-progress' | 'ended' | 'locked' | 'cancelled';

export interface ItemRecord {
  decision?: string;
  notes: string[];
  followUps?: { text: string; owner?: string; due?: string }[];
}

export interface AttendanceEntry {
  name: string;
  organization: string;
  status: 'present' | 'apologies';
  secretariat: boolean;
  /** Why, when a member gave apologies with `fravær <grunn>` (personal data: shown in «mine data»). */
  reason?: string;
}

export interface MeetingData {
  meetingId: string;
  groupId: string;
  /** Local Europe/Oslo date and times: yyyy-mm-dd, HH:mm. */
  date: string;
  start: string;
  end: string;
  place: string;
  state: MeetingState;
  agenda: AgendaItem[];
  /** A meeting in parts (#17 §1.8): two or more, in time order; absent for a meeting in one part (every older meeting). */
  parts?: AgendaPart[];
  records: Record<string, ItemRecord>;
  currentItem?: number;
  attendance: Record<string, AttendanceEntry>;
  noticePublishedAt?: string;
  startedAt?: string;
  endedAt?: string;
  /** When it was cancelled, and the state it had then (what `flytt møte` brings it back to). */
  cancelledAt?: string;
  cancelledFrom?: 'draft' | 'notice-published';
  /** When the minutes were locked (approved at the next meeting, or by the secretariat). */
  lockedAt?: string;
  /** ISO instant; default 7 days after the meeting ends. */
  inputDeadline?: string;
  /** Running the meeting: live cards, the step they were drawn from, the round table (issue #4). */
  run?: MeetingRun;
  /** Links the secretariat set with `lenke` (#17 §1.4): printed in the innkalling and the referat. */
  links?: MeetingLinks;
  /** The calendar invitation's SEQUENCE (#18 §4): bumped by every move and cancellation; absent: 0. */
  calendarSequence?: number;
  /** The referat's review rounds (#18 §2): how many were sent, and the secretariat's corrections as versions. */
  review?: MeetingReview;
  /**
   * A fingerprint of what the search register holds of the meeting (#18 §3), stamped by its one write path
   * (src/app/meeting-writes.ts) and written with the register's meeting part: the start-up backfill rewrites
   * an entry whose fingerprint differs from its meeting's (a register write that failed).
   */
  registerHash?: string;
}

/** The SEQUENCE the next version of a meeting's calendar event carries (bad stored values count as 0). */
export function nextCalendarSequence(meeting: Pick<MeetingData, 'calendarSequence'>): number {
  const current = meeting.calendarSequence;
  return (typeof current === 'number' && Number.isSafeInteger(current) && current > 0 ? current : 0) + 1;
}

/** http(s) URLs only, made safe by src/domain/meeting-links.ts before they are stored. */
export interface MeetingLinks {
  /** «Sakspapirer og underlag kan lastes ned her» in the innkalling. */
  documents?: string;
  /** «Presentasjoner fra møtet finner man her» in the referat. */
  presentations?: string;
  /** The Teams meeting («Lenke til møtet») in the innkalling. */
  teams?: string;
}

/** The round table in progress: organizations in calling order and who has had the word. */
export interface RoundState {
  order: string[];
  /** Parallel to order. */
  outcome: ('waiting' | 'spoken' | 'skipped')[];
  /** Index of the organization speaking now; order.length once the round is over. */
  index: number;
  /** ISO instant the current speaker got the word. */
  speakerSince?: string;
  startedAt: string;
  /** Bumped on every change: a click on a round card drawn from an older step moves nothing. */
  step: number;
}

export interface MeetingRun {
  /** Bumped on every change shown on the current-item card: a click from an older card moves nothing. */
  version: number;
  /** The conversation the meeting runs in (the Teams meeting chat, or the group's chat). */
  conversationId?: string;
  teamsMeetingId?: string;
  /** The activity ids of the live cards, updated in place. */
  cardActivityId?: string;
  roundCardActivityId?: string;
  /** The roll-call card («Hvem er til stede?»), updated in place after every attendance change (#16 §4). */
  rollCallActivityId?: string;
  round?: RoundState;
  /** Recent activity ids of typed commands already applied: a re-sent activity changes nothing twice. */
  receipts?: string[];
}

/** One organization's round-table input ("innspill") for one meeting. */
export interface Input {
  meetingId: string;
  organization: string;
  text: string;
  authorName: string;
  authorAadObjectId?: string;
  enteredBySecretariat: boolean;
  /** before: sendt inn før møtet; during; after: mottatt etter møtet. */
  received: 'before' | 'during' | 'after';
  updatedAt: string;
  /** The group and roster member it came from (round-table input). */
  groupId?: string;
  memberId?: string;
  /** The last activity/draft ids stored into it: a re-sent activity is recognised and stored once. */
  receipts?: string[];
  /** Erased by its author after the minutes were locked: kept for the archive, left out of new exports (ISO instant). */
  restricted?: string;
}
