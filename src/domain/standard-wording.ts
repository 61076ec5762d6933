import { pick, type Locale, type Text } from './language';

/*
 * The wording Referent writes itself into a meeting's data (the standard agenda titles, the decision
 * of an approval, «Ingen saker.») in the group's language (#19). Stored text is data: a group that
 * switches language between meetings keeps what is stored, and this shows Referent's own standard
 * wording in the language of the reader or document, whichever language it was stored in. Text the
 * secretariat or the chair wrote themselves is never touched.
 */

export const APPROVE_NOTICE: Text = {
  nb: 'Godkjenning av innkalling og dagsorden',
  nn: 'Godkjenning av innkalling og dagsorden',
  en: 'Approval of the notice and agenda',
};
const ROUND_TABLE: Text = { nb: 'Runde rundt bordet', nn: 'Runde rundt bordet', en: 'Round table' };
const OTHER_BUSINESS: Text = { nb: 'Eventuelt', nn: 'Eventuelt', en: 'Any other business' };
const FOLLOW_UPS: Text = { nb: 'Oppfølging fra forrige møte', nn: 'Oppfølging frå førre møte', en: 'Follow-ups from the previous meeting' };
const approveMinutes = (date: string): Text => ({
  nb: `Godkjenning av referat fra møte ${date}`,
  nn: `Godkjenning av referat frå førre møte, ${date}`,
  en: `Approval of the minutes of the meeting of ${date}`,
});

/** «Ingen saker.» under an empty Eventuelt. */
export const NO_MATTERS_TEXT: Text = { nb: 'Ingen saker.', nn: 'Ingen saker.', en: 'No matters.' };
export const isNoMatters = (decision: string | undefined): boolean => decision !== undefined && Object.values(NO_MATTERS_TEXT).includes(decision);

const NOTICE_APPROVED: Text = { nb: 'Innkallingen ble godkjent', nn: 'Innkallinga vart godkjend', en: 'The notice and agenda were approved' };
const MINUTES_APPROVED: Text = { nb: 'Referatet ble godkjent', nn: 'Referatet vart godkjent', en: 'The minutes were approved' };
const WITH_REMARKS: Text = { nb: ' med merknader: ', nn: ' med merknader: ', en: ' with remarks: ' };

/** An approval's decision as Referent writes it: «Innkallinga vart godkjend med merknader: …». */
export function approvalDecision(kind: 'approve-notice' | 'approve-minutes', remarks: readonly string[], l: Locale): string {
  const head = pick(l, kind === 'approve-notice' ? NOTICE_APPROVED : MINUTES_APPROVED);
  return remarks.length === 0 ? head : `${head}${pick(l, WITH_REMARKS)}${remarks.join('; ')}`;
}

const same = (a: string, b: string) => a.trim().toLocaleLowerCase('nb') === b.trim().toLocaleLowerCase('nb');
const stored = (text: string, t: Text): boolean => Object.values(t).some((v) => same(v, text));

/** An agenda item's title for display: Referent's standard titles in `l`, any other title as written. */
export function itemTitle(item: { title: string; kind?: string; minutesDate?: string }, l: Locale): string {
  if (item.kind === 'approve-notice' && stored(item.title, APPROVE_NOTICE)) return pick(l, APPROVE_NOTICE);
  if (item.kind === 'round-table' && stored(item.title, ROUND_TABLE)) return pick(l, ROUND_TABLE);
  if (item.kind === 'other-business' && stored(item.title, OTHER_BUSINESS)) return pick(l, OTHER_BUSINESS);
  if (item.kind === 'follow-ups' && stored(item.title, FOLLOW_UPS)) return pick(l, FOLLOW_UPS);
  if (item.kind === 'approve-minutes' && item.minutesDate && stored(item.title, approveMinutes(item.minutesDate)))
    return pick(l, approveMinutes(item.minutesDate));
  return item.title;
}

/** A decision for display: Referent's own (an approval's, «Ingen saker.») in `l`, any other as written. */
export function decisionIn(decision: string, l: Locale): string {
  if (isNoMatters(decision)) return pick(l, NO_MATTERS_TEXT);
  for (const head of [NOTICE_APPROVED, MINUTES_APPROVED]) {
    for (const from of Object.values(head)) {
      if (decision === from) return pick(l, head);
      for (const sep of Object.values(WITH_REMARKS)) {
        if (decision.startsWith(from + sep)) return `${pick(l, head)}${pick(l, WITH_REMARKS)}${decision.slice(from.length + sep.length)}`;
      }
    }
  }
  return decision;
}

/** The standard titles as completeAgenda stores them (Bokmål: stored data keeps one spelling). */
export const storedApproveMinutesTitle = (date: string): string => approveMinutes(date).nb;
