import { meetingDate } from '../domain/input';
import type { Input } from '../domain/meeting-types';
import { say, type Actor, type Locale, type Reply } from './actor';
import type { Resolution, Target } from './input-windows';
import { ConflictError, type Repositories, type Versioned } from './ports';
import { retryOnConflict } from './retry';
import { cancelTexts } from './texts-cancel';
import { inputTexts as t } from './texts-input';

/**
 * Storing round-table input and refusing it, shared by a member's own input (inputs.ts) and
 * the secretariat's input for an organization (input-status.ts).
 */

export type StoreOutcome = { kind: 'stored'; input: Input } | { kind: 'duplicate'; input: Input } | { kind: 'exists'; existing: Versioned<Input> };

/** Creates the organization's input (id from meeting + organization); an existing one is reported, never overwritten. */
export async function storeNew(
  repos: Repositories,
  target: Target,
  text: string,
  actor: Actor,
  receipt: string,
  now: Date,
  bySecretariat = false,
): Promise<StoreOutcome> {
  const input: Input = {
    meetingId: target.window.meetingId,
    groupId: target.groupId,
    organization: target.organization,
    memberId: target.memberId,
    text,
    authorName: actor.name,
    ...(actor.aadObjectId ? { authorAadObjectId: actor.aadObjectId } : {}),
    enteredBySecretariat: bySecretariat,
    received: target.received,
    updatedAt: now.toISOString(),
    receipts: [receipt],
  };
  // The store's one retry rule (retry.ts): input withdrawn between the create and the read is created again, as after a lost race.
  return retryOnConflict(async (): Promise<StoreOutcome> => {
    const { created, existing } = await repos.inputs.createOrGet(input);
    if (created) return { kind: 'stored', input };
    if (!existing) throw new ConflictError(`input of ${target.organization}`);
    if (existing.value.receipts?.includes(receipt)) return { kind: 'duplicate', input: existing.value };
    return { kind: 'exists', existing };
  }, 3);
}

export function refusal(l: Locale, r: Exclude<Resolution, { kind: 'targets' }>): Reply {
  if (r.kind === 'not-on-roster') return say(t.notOnRoster(l));
  if (r.kind === 'no-window') return say(t.noWindow(l));
  if (r.decision.reason === 'locked') return say(t.locked(l, r.window));
  if (r.decision.reason === 'cancelled') return say(cancelTexts.inputRefused(l, meetingDate(r.window.date)));
  if (r.decision.reason === 'deadline-passed') return say(t.deadlinePassed(l, r.window, r.decision.deadline));
  return say(t.noWindow(l));
}
