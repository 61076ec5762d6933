import { ownerName, type FollowUp } from './follow-up';
import type { ReferatItem, ReferatModel } from './referat';

/*
 * Follow-ups in the referat (#18 §1): each item lists those written on it at this meeting, and the
 * referat ends with the table «Oppfølgingspunkter» (Hva, Ansvar, Frist) of them, in agenda order.
 * Follow-ups are stored per group (follow-up.ts); the meeting's own are the ones written in it. A
 * follow-up kept on an item record (imported minutes) stays under its item only, as it was written.
 */

type ReferatFollowUp = ReferatItem['followUps'][number];

const toReferat = (f: FollowUp): ReferatFollowUp => ({ text: f.text, ...(f.owner ? { owner: ownerName(f.owner) } : {}), ...(f.due ? { due: f.due } : {}) });

/** Adds the meeting's follow-ups under their items, oldest first; answers the closing table's rows. */
export function placeFollowUps(items: ReferatItem[], meetingId: string, followUps: readonly FollowUp[]): ReferatModel['followUpTable'] {
  const mine = followUps.filter((f) => f.meetingId === meetingId).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const table: ReferatModel['followUpTable'] = [];
  for (const item of items) {
    const here = mine.filter((f) => f.item === item.number).map(toReferat);
    item.followUps.push(...here);
    table.push(...here.map((f) => ({ ...f })));
  }
  return table;
}
