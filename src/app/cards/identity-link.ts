import type { GroupData } from '../../domain/group';
import type { RosterMember } from '../../domain/roster';
import { fullName } from '../../domain/roster-import';
import type { Locale } from '../actor';
import { cardText } from '../card-text';
import type { LinkQuestion } from '../ports';
import { identityTexts as t } from '../texts-identity';
import { card, type CardOf, type Fields } from './card';

/** One roster member the Teams user may be; the click carries the question (group, Teams user) and the choice. */
export interface LinkChoice {
  label: string;
  memberId: string;
  groupId: string;
  aad: string;
}

/** cards/identity-link.json: «Hvem er «<Teams-navn>»?» for the secretariat, or its outcome without buttons. */
export interface IdentityLinkCardData {
  ask: boolean;
  title: string;
  text: string;
  groupId: string;
  aad: string;
  choices: LinkChoice[];
  noneLabel: string;
}

export const identityLinkFields: Fields<IdentityLinkCardData> = {
  ask: true,
  title: true,
  text: true,
  groupId: true,
  aad: true,
  choices: true,
  noneLabel: true,
};

/** The card «Hvem er «<Teams-navn>»?»: one button per candidate and «Ikke på listen»; with an outcome, that text alone. */
export function identityLinkCard(l: Locale, q: LinkQuestion, group: GroupData, candidates: readonly RosterMember[], outcome?: string): CardOf<'identity-link'> {
  const describe = (m: RosterMember) => {
    const roles = (group.roles[`member:${m.id}`]?.roles ?? []).map((r) => t.roleLabel(l, r));
    const notes = [m.organization, ...roles, ...(m.note ? [m.note] : [])];
    return `${fullName(m)} (${notes.join(', ')})`;
  };
  // The Teams name and the roster's names are other people's text: cardText keeps a "${" in them as written.
  return card('identity-link', {
    ask: !outcome,
    title: cardText(t.title(l, q.teamsName)),
    text: cardText(outcome ?? t.question(l, q.teamsName, q.reason, candidates.length === 1 ? describe(candidates[0]) : '')),
    groupId: q.groupId,
    aad: q.aadObjectId,
    choices: candidates.map((m) => ({ label: cardText(describe(m)), memberId: m.id, groupId: q.groupId, aad: q.aadObjectId })),
    noneLabel: t.notOnList(l),
  });
}
