import type { AgendaItem } from './agenda';

/** draft → notice-published (input window open) → in-progress → ended → locked (BRIEF §4). */
export type MeetingState = 'draft' | 'notice-published' | 'in-progress' | 'ended' | 'locked';

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
  records: Record<string, ItemRecord>;
  currentItem?: number;
  attendance: Record<string, AttendanceEntry>;
  noticePublishedAt?: string;
  startedAt?: string;
  endedAt?: string;
  /** ISO instant; default 7 days after the meeting ends. */
  inputDeadline?: string;
}

/** One organization's round-table input ("innspill") for one meeting. */
export interface Contribution {
  meetingId: string;
  organization: string;
  text: string;
  authorName: string;
  authorAadObjectId?: string;
  enteredBySecretariat: boolean;
  /** before: sendt inn før møtet; during; after: mottatt etter møtet. */
  received: 'before' | 'during' | 'after';
  updatedAt: string;
}
