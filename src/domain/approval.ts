/**
 * Approval of item 1 (notice and agenda) and item 2 (previous minutes) on a card: one vote per
 * roster member, changeable until the chair closes it; closing gives the decision in the seeds'
 * wording ("Innkallingen ble godkjent", "Referatet ble godkjent med merknader: …"). Pure.
 */
import { stripBidi } from './text';
import type { Locale } from './language';
import { approvalDecision } from './standard-wording';

export type ApprovalKind = 'approve-notice' | 'approve-minutes';
export type VoteChoice = 'approve' | 'remark';

export interface Vote {
  choice: VoteChoice;
  comment?: string;
  /** Who voted, as the roster has them (for the card and the minutes). */
  name: string;
  organization: string;
  /** The voter's Teams user id (for the card's refresh.userIds). */
  userId: string;
  at: string;
}

export interface Approval {
  meetingId: string;
  groupId: string;
  item: number;
  /** In a meeting in parts (#17 §1.8): the item's part (from 1) and its number there, as the notice prints it. */
  part?: number;
  shown?: number;
  kind: ApprovalKind;
  title: string;
  /** yyyy-mm-dd of the meeting, for the card. */
  meetingDate: string;
  /** The language the shared card is written in (the secretariat's when the notice was published). */
  locale: Locale;
  state: 'open' | 'closed';
  /** Keyed by roster member id: one vote per member. */
  votes: Record<string, Vote>;
  createdAt: string;
  /**
   * The group's role keys (`aad:`, `user:`, `member:`) that held chair or secretariat when the card was
   * opened: only whether a voter's own view shows the close button. Closing itself checks the group.
   */
  closers?: string[];
  closedAt?: string;
  closedBy?: string;
  decision?: string;
  /** Item 2 only: how the previous minutes' review round went (#18 §2), shown on the card. */
  review?: string;
}

export const MAX_COMMENT_CHARS = 500;
/** Teams refreshes an Action.Execute card automatically for at most 60 users. */
export const MAX_REFRESH_USERS = 60;

export function approvalDocId(item: number): string {
  return `approval:${item}`;
}

export function newApproval(init: Omit<Approval, 'state' | 'votes'>): Approval {
  return { ...init, state: 'open', votes: {} };
}

export interface Tally {
  approved: number;
  remarks: number;
  total: number;
}

export function tally(approval: Pick<Approval, 'votes'>): Tally {
  const votes = Object.values(approval.votes);
  const remarks = votes.filter((v) => v.choice === 'remark').length;
  return { approved: votes.length - remarks, remarks, total: votes.length };
}

/** The remarks in the order they were given. */
export function remarksOf(approval: Pick<Approval, 'votes'>): Vote[] {
  return Object.values(approval.votes)
    .filter((v) => v.choice === 'remark')
    .sort((a, b) => a.at.localeCompare(b.at) || a.name.localeCompare(b.name, 'nb'));
}

export type VoteRefusal = 'closed' | 'comment-missing' | 'comment-too-long';
export type VoteOutcome = { ok: true; approval: Approval; changed: boolean } | { ok: false; reason: VoteRefusal };

export interface Voter {
  memberId: string;
  name: string;
  organization: string;
  userId: string;
}

/** Records (or changes) this member's vote. The same vote again changes nothing. */
export function castVote(approval: Approval, voter: Voter, choice: VoteChoice, rawComment: string | undefined, now: Date): VoteOutcome {
  if (approval.state === 'closed') return { ok: false, reason: 'closed' };
  const comment = stripBidi(rawComment ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  if (choice === 'remark' && !comment) return { ok: false, reason: 'comment-missing' };
  if (comment.length > MAX_COMMENT_CHARS) return { ok: false, reason: 'comment-too-long' };
  const previous = approval.votes[voter.memberId];
  const next: Vote = {
    choice,
    ...(choice === 'remark' ? { comment } : {}),
    name: voter.name,
    organization: voter.organization,
    userId: voter.userId,
    at: now.toISOString(),
  };
  if (previous && previous.choice === next.choice && previous.comment === next.comment && previous.userId === next.userId) {
    return { ok: true, approval, changed: false };
  }
  return { ok: true, approval: { ...approval, votes: { ...approval.votes, [voter.memberId]: next } }, changed: true };
}

/** The decision in the minutes' wording. */
export function decisionText(kind: ApprovalKind, remarks: readonly Pick<Vote, 'name' | 'organization' | 'comment'>[], l: Locale = 'nb'): string {
  return approvalDecision(
    kind,
    remarks.map((r) => `${r.name} (${r.organization}): ${r.comment ?? ''}`.trim()),
    l,
  );
}

export type CloseOutcome = { ok: true; approval: Approval; changed: boolean };

/** Closes the approval and fixes its decision; closing a closed one changes nothing. */
export function closeApproval(approval: Approval, closedBy: string, now: Date): CloseOutcome {
  if (approval.state === 'closed') return { ok: true, approval, changed: false };
  const decision = decisionText(approval.kind, remarksOf(approval), approval.locale);
  return { ok: true, approval: { ...approval, state: 'closed', closedAt: now.toISOString(), closedBy, decision }, changed: true };
}

/** The Teams users whose card view refreshes automatically: the latest voters, at most 60. */
export function refreshUserIds(approval: Pick<Approval, 'votes'>, alsoInclude: string[] = []): string[] {
  const ids = Object.values(approval.votes)
    .sort((a, b) => b.at.localeCompare(a.at))
    .map((v) => v.userId);
  return [...new Set([...alsoInclude.filter(Boolean), ...ids])].slice(0, MAX_REFRESH_USERS);
}
