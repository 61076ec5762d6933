import type { AgendaItem } from './agenda';
import { renumberAgenda } from './agenda-text';
import { isOpen, ownerName, type FollowUp } from './follow-up';
import { formatDate } from './norwegian-time';

/*
 * The next meeting's item «Oppfølging fra forrige møte» (#18 §1): added by `sakskart` before
 * Eventuelt when the group has open follow-ups from earlier meetings, listing them as sub-points and
 * naming them (followUpIds) so the item's card can read them back with one request.
 */

export const FOLLOW_UP_ITEM_TITLE = 'Oppfølging fra forrige møte';

/** «Sende planen på høring – ansvar: Kari Nordmann (Asker kommune), frist 01.03.2031» */
export function followUpLine(f: FollowUp): string {
  const parts = [f.owner ? `ansvar: ${ownerName(f.owner)}` : '', f.due ? `frist ${formatDate(f.due)}` : ''].filter(Boolean);
  return parts.length ? `${f.text} – ${parts.join(', ')}` : f.text;
}

/**
 * The agenda with the follow-up item: the open follow-ups not written in `meetingId` itself (oldest
 * first), on the item the pasted agenda has, else on a new one right before Eventuelt. No open
 * follow-ups and no such item pasted: the agenda as it is. The input is not changed.
 */
export function withFollowUpItem(agenda: readonly AgendaItem[], followUps: readonly FollowUp[], meetingId: string): AgendaItem[] {
  const open = followUps.filter((f) => isOpen(f) && f.meetingId !== meetingId).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const list = agenda.map((i) => ({ ...i, subPoints: [...i.subPoints] }));
  const pasted = list.find((i) => i.kind === 'follow-ups');
  if (!pasted && open.length === 0) return list;
  const lines = open.map(followUpLine);
  const item: AgendaItem = pasted ?? { number: 0, title: FOLLOW_UP_ITEM_TITLE, subPoints: [], kind: 'follow-ups' };
  item.subPoints = [...item.subPoints.filter((p) => !lines.includes(p)), ...lines];
  item.followUpIds = open.map((f) => f.followUpId);
  if (!pasted) {
    const eventuelt = list.findIndex((i) => i.kind === 'other-business');
    list.splice(eventuelt === -1 ? list.length : eventuelt, 0, item);
  }
  return renumberAgenda(list);
}
