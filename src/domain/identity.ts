import { nameCandidates, sameAddress } from './display-name';
import type { RosterMember } from './roster';

/*
 * Which roster member a Teams user is, on their first contact with a group (issue #15 §1). In this
 * order: the AAD object id already linked; the e-mail or UPN Teams gives for the user against the
 * roster's e-mail; then the name. Never wrongly:
 * - a member who holds a role (chair, secretariat) links only by AAD id, e-mail/UPN or the
 *   secretariat's confirmation, never by a name alone;
 * - a name links a member without a role only when that member is the one exact candidate;
 * - a member already linked to another Teams user is never re-linked here (the secretariat may).
 * Everything else waits for the secretariat, with the candidates.
 */

export type LinkDecision =
  | { kind: 'linked'; member: RosterMember; by: 'aad' | 'email' | 'name' }
  | { kind: 'ask'; candidates: RosterMember[]; reason: 'ambiguous' | 'partial' | 'role' | 'taken' }
  | { kind: 'none' };

export interface LinkFacts {
  aadObjectId: string;
  displayName: string;
  /** The e-mail address and UPN Teams' member information gives for the user (may be empty). */
  addresses: readonly string[];
  roster: readonly RosterMember[];
  /** The Teams user (AAD object id) a member is linked to, if any. */
  linkedTo: (m: RosterMember) => string | undefined;
  /** Whether the member holds a role in the group (chair or secretariat). */
  holdsRole: (m: RosterMember) => boolean;
}

export function decideLink(f: LinkFacts): LinkDecision {
  const mine = f.roster.find((m) => f.linkedTo(m) === f.aadObjectId);
  if (mine) return { kind: 'linked', member: mine, by: 'aad' };
  const taken = (m: RosterMember) => {
    const other = f.linkedTo(m);
    return other !== undefined && other !== f.aadObjectId;
  };
  const byAddress = f.roster.filter((m) => f.addresses.some((a) => sameAddress(a, m.email)));
  if (byAddress.length === 1) {
    const [m] = byAddress;
    return taken(m) ? { kind: 'ask', candidates: [m], reason: 'taken' } : { kind: 'linked', member: m, by: 'email' };
  }
  if (byAddress.length > 1) return { kind: 'ask', candidates: byAddress, reason: 'ambiguous' };
  const { exact, partial } = nameCandidates(f.displayName, f.roster);
  if (exact.length > 1) return { kind: 'ask', candidates: exact, reason: 'ambiguous' };
  if (exact.length === 1) {
    const [m] = exact;
    if (taken(m)) return { kind: 'ask', candidates: [m], reason: 'taken' };
    if (f.holdsRole(m)) return { kind: 'ask', candidates: [m], reason: 'role' };
    return { kind: 'linked', member: m, by: 'name' };
  }
  if (partial.length) return { kind: 'ask', candidates: partial, reason: 'partial' };
  return { kind: 'none' };
}
