import { ownerName, type FollowUp, type FollowUpStatus } from './follow-up';
import type { ReferatItem, ReferatModel } from './referat';

/*
 * Follow-ups in the referat (#18 §1): each item lists those written on it at this meeting, and the
 * referat ends with the table «Oppfølgingspunkter» (Hva, Ansvar, Frist) of them, in agenda order.
 * Follow-ups are stored per group (follow-up.ts); the meeting's own are the ones written in it. A
 * follow-up kept on an item record (imported minutes) stays under its item only, as it was written.
 */

type ReferatFollowUp = ReferatItem['followUps'][number];

const toReferat = (f: FollowUp): ReferatFollowUp => ({ text: f.text, ...(f.owner ? { owner: ownerName(f.owner) } : {}), ...(f.due ? { due: f.due } : {}) });

const MARK: Record<Exclude<FollowUpStatus, 'open'>, string> = { done: 'Utført', carried: 'Videreføres', dropped: 'Utgår' };

/** «Sende planen på høring: Utført» for each earlier follow-up the chair marked in this meeting (its last mark here). */
function marksIn(meetingId: string, followUps: readonly FollowUp[]): string[] {
  return followUps.flatMap((f) => {
    const last = [...f.history].reverse().find((h) => h.meetingId === meetingId && h.status !== 'open');
    return f.meetingId !== meetingId && last && last.status !== 'open' ? [`${f.text}: ${MARK[last.status]}`] : [];
  });
}

/**
 * Adds the meeting's follow-ups under their items, oldest first, and on the item «Oppfølging fra
 * forrige møte» a note per earlier follow-up marked in this meeting; answers the closing table's rows.
 */
export function placeFollowUps(items: ReferatItem[], meetingId: string, followUps: readonly FollowUp[]): ReferatModel['followUpTable'] {
  const mine = followUps.filter((f) => f.meetingId === meetingId).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const table: ReferatModel['followUpTable'] = [];
  const marks = marksIn(meetingId, followUps);
  const followUpItem = items.find((i) => i.kind === 'follow-ups');
  if (followUpItem && marks.length) followUpItem.notes.push(marks.join('\n'));
  for (const item of items) {
    const here = mine.filter((f) => f.item === item.number).map(toReferat);
    item.followUps.push(...here);
    table.push(...here.map((f) => ({ ...f })));
  }
  return table;
}
