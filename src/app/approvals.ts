import type { MeetingData } from '../domain/meeting-types';
import { castVote, closeApproval, MAX_COMMENT_CHARS, type Approval, type VoteChoice, type Voter } from '../domain/approval';
import { actorKey, say, type Actor, type Reply } from './actor';
import type { Outcome } from './outcome';
import { mayUse } from './commands';
import { loadGroupContext, type GroupContext } from './group-context';
import { groupIdFor } from './groups';
import { aadKey } from './people';
import type { Repositories, Versioned, FirstContactPorts } from './ports';
import { replaceMeeting } from './meeting-writes';
import { approvalCard } from './cards/approval';
import { retryOnConflict } from './retry';
import { cancelTexts } from './texts-cancel';
import { meetingTexts } from './texts-meetings';

export type ApprovalVerb = 'approve' | 'remark' | 'close' | 'refresh';

interface CardData {
  meetingId?: unknown;
  item?: unknown;
  comment?: unknown;
}

type VoteResult = ReturnType<typeof castVote> | { ok: false; reason: 'missing' };

interface PendingVote {
  voter: Voter;
  choice: VoteChoice;
  comment: string | undefined;
  resolve: (r: VoteResult) => void;
  reject: (e: unknown) => void;
}

/** The writes in flight on one approval in this process: the votes waiting for the next one, and the approval as last read or written. */
interface Drain {
  queue: PendingVote[];
  approval?: Versioned<Approval>;
}

const keyOf = (meetingId: string, item: number) => `${meetingId}/${item}`;

export class ApprovalUseCases {
  /** Per approval, the writes in flight (this process only; gone when the last batch is written). */
  private readonly drains = new Map<string, Drain>();

  constructor(
    private readonly repos: Repositories,
    private readonly now: () => Date = () => new Date(),
    /** Called when a meeting's item "approval of the previous minutes" is closed (locks those minutes). */
    private readonly onMinutesApproved: (meeting: MeetingData) => Promise<void> = async () => undefined,
  ) {}

  /**
   * One card click. Who acts is the actor (the activity's user), never the card data; the card data
   * only names the meeting and item, and the meeting must belong to the group of the conversation
   * the click came from.
   *
   * Fast path (a vote of a member already linked to the roster, clicked in the group's home chat):
   * the person's `aad:` record (their membership in the approval's group: member id, name,
   * organization) and the approval, read in parallel, then one If-Match replace = 3 store
   * operations. The home chat is recognised without a read because a group's id derives from its
   * home conversation id. While votes on the same card are being written in this process (parallel
   * clicks), the approval those writes hold answers the checks (its group and closers, which a vote never
   * changes) and only the person is read: the vote itself is applied in the next batch, to the version
   * that batch writes with If-Match, so nothing is decided on a stale tally. Everything else (close and
   * refresh, which need the group's roles; a user not linked yet; a click in another chat) takes the
   * full path: conversation record, group, roster and approval.
   */
  async act(actor: Actor, verb: ApprovalVerb, data: CardData, firstContact: FirstContactPorts = {}): Promise<Outcome> {
    const l = actor.locale;
    const meetingId = typeof data.meetingId === 'string' ? data.meetingId : '';
    const item = Number(data.item);
    if (!meetingId || !Number.isInteger(item) || item < 1) return say(meetingTexts.invalidCard(l));
    const comment = typeof data.comment === 'string' ? data.comment : undefined;

    if ((verb === 'approve' || verb === 'remark') && actor.aadObjectId) {
      const writing = this.drains.get(keyOf(meetingId, item))?.approval;
      const [person, read] = await Promise.all([
        this.repos.people.get(aadKey(actor.aadObjectId)),
        writing ? undefined : this.repos.approvals.get(meetingId, item),
      ]);
      const found = read ?? writing;
      if (!found) return say(meetingTexts.approvalMissing(l));
      const a = found.value;
      const membership = person?.value.memberships.find((m) => m.groupId === a.groupId);
      if (membership && a.closers && groupIdFor(conversationRoot(actor.conversationId)) === a.groupId) {
        const keys = [actorKey(actor), `user:${actor.userId}`, `member:${membership.memberId}`];
        const canClose = keys.some((k) => a.closers?.includes(k));
        const voter = { memberId: membership.memberId, name: membership.name, organization: membership.organization, userId: actor.userId };
        return this.answerVote(actor, verb, voter, canClose, meetingId, item, comment, read);
      }
    }

    const record = (await this.repos.conversations.get(actor.conversationId)) ?? (await this.rootRecord(actor.conversationId));
    if (!record?.groupId) return say(meetingTexts.cardNotInGroup(l));
    const [ctx, found] = await Promise.all([
      loadGroupContext(this.repos, record.groupId, actor, firstContact, this.now()),
      this.repos.approvals.get(meetingId, item),
    ]);
    if (!ctx || !found) return say(meetingTexts.approvalMissing(l));
    if (found.value.groupId !== ctx.group.value.groupId) return say(meetingTexts.cardNotInGroup(l));

    // A card click is not a command: the role rule of the chair's commands, checked here.
    const canClose = mayUse('chair', ctx.roles);
    const view = (a: Approval) => approvalCard(a, { memberId: ctx.member?.id, canClose, userId: actor.userId });
    if (verb === 'refresh') return { invoke: view(found.value) };
    if (verb === 'close') {
      if (!canClose) return say(meetingTexts.onlyChairCloses(l));
      // A cancelled meeting approves nothing (closing item 2 would lock the previous minutes): one read, on closing only.
      if ((await this.repos.meetings.get(meetingId))?.value.state === 'cancelled') return say(cancelTexts.noApproval(l));
      return this.close(found, ctx, actor, view);
    }
    const member = ctx.member;
    if (!member) return say(meetingTexts.notOnRoster(l));
    const voter = { memberId: member.id, name: `${member.firstName} ${member.lastName}`, organization: member.organization, userId: actor.userId };
    return this.answerVote(actor, verb, voter, canClose, meetingId, item, comment, found);
  }

  private async answerVote(
    actor: Actor,
    verb: 'approve' | 'remark',
    voter: Voter,
    canClose: boolean,
    meetingId: string,
    item: number,
    comment: string | undefined,
    known: Versioned<Approval> | undefined,
  ): Promise<Outcome> {
    const l = actor.locale;
    const choice: VoteChoice = verb === 'approve' ? 'approve' : 'remark';
    const outcome = await this.vote(meetingId, item, voter, choice, comment, known);
    if (!outcome.ok) {
      const refusal =
        outcome.reason === 'closed'
          ? meetingTexts.approvalClosed(l)
          : outcome.reason === 'comment-missing'
            ? meetingTexts.commentMissing(l)
            : outcome.reason === 'comment-too-long'
              ? meetingTexts.commentTooLong(l, MAX_COMMENT_CHARS)
              : meetingTexts.approvalMissing(l);
      return say(refusal);
    }
    const view = approvalCard(outcome.approval, { memberId: voter.memberId, canClose, userId: actor.userId });
    return { invoke: view, ...(outcome.changed ? { shared: approvalCard(outcome.approval) } : {}) };
  }

  /**
   * Group commit: parallel clicks on one card in this process join one queue; whoever finds the
   * queue idle writes for everyone waiting (apply all votes → one If-Match replace), then takes the
   * next batch. A lost race with another instance is retried with a fresh read. So 40 parallel
   * votes cost a handful of writes instead of 40 colliding ones.
   */
  private vote(
    meetingId: string,
    item: number,
    voter: Voter,
    choice: VoteChoice,
    comment: string | undefined,
    known?: Versioned<Approval>,
  ): Promise<VoteResult> {
    const key = keyOf(meetingId, item);
    return new Promise<VoteResult>((resolve, reject) => {
      const pending = { voter, choice, comment, resolve, reject };
      const drain = this.drains.get(key);
      if (drain) return void drain.queue.push(pending);
      const fresh: Drain = { queue: [pending], approval: known };
      this.drains.set(key, fresh);
      void this.drain(key, meetingId, item, fresh);
    });
  }

  /**
   * Writes the queue's batches one after another. The first starts from `drain.approval`, the version
   * the first voter just read (none: read it); each later batch from the version the previous batch
   * wrote (or read, when nothing changed), not from a fresh read: in this process nobody else writes it
   * in between. Another instance or a close may have: then the If-Match replace answers 412 and
   * retryOnConflict reads afresh, so this only saves reads that would have found the same version.
   */
  private async drain(key: string, meetingId: string, item: number, drain: Drain): Promise<void> {
    const { queue } = drain;
    let latest = drain.approval;
    while (queue.length > 0) {
      const batch = queue.splice(0);
      try {
        const results = await retryOnConflict(async (): Promise<VoteResult[]> => {
          const current = latest ?? (await this.repos.approvals.get(meetingId, item));
          latest = undefined;
          if (!current) return batch.map(() => ({ ok: false as const, reason: 'missing' as const }));
          drain.approval = current;
          let approval = current.value;
          let changed = false;
          const now = this.now();
          const outcomes = batch.map((p) => {
            const r = castVote(approval, p.voter, p.choice, p.comment, now);
            if (r.ok) [approval, changed] = [r.approval, changed || r.changed];
            return r;
          });
          const stored = changed ? await this.repos.approvals.replace(approval, current.etag) : current;
          latest = drain.approval = stored;
          return outcomes.map((r) => (r.ok ? { ...r, approval: stored.value } : r));
        });
        batch.forEach((p, i) => p.resolve(results[i]));
      } catch (err) {
        latest = undefined;
        batch.forEach((p) => p.reject(err));
      }
    }
    this.drains.delete(key);
  }

  private async rootRecord(conversationId: string) {
    const root = conversationRoot(conversationId);
    return root !== conversationId ? this.repos.conversations.get(root) : undefined;
  }

  /** Closes the approval and records its decision on the meeting (repairs a decision a crash left unwritten). */
  private async close(found: Versioned<Approval>, ctx: GroupContext, actor: Actor, view: (a: Approval) => NonNullable<Reply['card']>): Promise<Outcome> {
    const by = ctx.member ? `${ctx.member.firstName} ${ctx.member.lastName}` : actor.name;
    let first: Versioned<Approval> | undefined = found;
    const { approval, changed } = await retryOnConflict(async () => {
      const current = first ?? (await this.repos.approvals.get(found.value.meetingId, found.value.item));
      first = undefined;
      if (!current) throw new Error('approval vanished');
      const result = closeApproval(current.value, by, this.now());
      if (!result.changed) return result;
      return { ...result, approval: (await this.repos.approvals.replace(result.approval, current.etag)).value };
    });
    await this.recordDecision(approval);
    if (!changed) return say(meetingTexts.approvalClosed(actor.locale));
    return { invoke: view(approval), shared: approvalCard(approval) };
  }

  private async recordDecision(approval: Approval): Promise<void> {
    const key = String(approval.item);
    const meeting = await retryOnConflict(async () => {
      const current = await this.repos.meetings.get(approval.meetingId);
      if (!current) throw new Error(`meeting ${approval.meetingId} vanished`);
      const record = current.value.records[key] ?? { notes: [] };
      if (record.decision === approval.decision) return current.value;
      const records = { ...current.value.records, [key]: { ...record, decision: approval.decision } };
      return (await replaceMeeting(this.repos, current.value, { ...current.value, records }, current.etag, this.now())).value;
    });
    const item = meeting.agenda.find((i) => i.number === approval.item);
    if (item?.kind === 'approve-minutes') await this.onMinutesApproved(meeting);
  }
}

/** A channel thread's conversation id without its `;messageid=…` suffix. */
const conversationRoot = (conversationId: string) => conversationId.split(';')[0];
