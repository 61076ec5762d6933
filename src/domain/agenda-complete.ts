/**
 * Completes a parsed agenda the way the group always runs its meetings (BRIEF §9 `sakskart`):
 * 1. approval of the notice and agenda, 2. approval of the previous minutes, …, Eventuelt last.
 * Pure and idempotent: completing a completed agenda changes nothing.
 */
import type { AgendaItem } from './agenda';
import { renumberAgenda } from './agenda-text';
import { formatLongDate } from './norwegian-time';

export const APPROVE_NOTICE_TITLE = 'Godkjenning av innkalling og dagsorden';
export const OTHER_BUSINESS_TITLE = 'Eventuelt';

export interface CompleteAgendaOptions {
  /** Date of the group's previous meeting (yyyy-mm-dd); without it no minutes approval is added. */
  previousMeetingDate?: string;
}

/**
 * Adds the approval of the notice as item 1 and, when a previous meeting exists, the approval of
 * its minutes right after it; puts Eventuelt last (adding it when missing); numbers 1..n.
 * The input is not changed.
 */
export function completeAgenda(items: readonly AgendaItem[], opts: CompleteAgendaOptions = {}): AgendaItem[] {
  // A meeting in parts (#17 §1.8): the common part is printed as pasted; only the group's own part (the items without a part) is completed.
  const common = items.filter((i) => i.part !== undefined).map((item) => ({ ...item, subPoints: [...item.subPoints] }));
  const list: AgendaItem[] = items.filter((i) => i.part === undefined).map((item) => ({ ...item, subPoints: [...item.subPoints] }));

  if (!list.some((i) => i.kind === 'approve-notice')) {
    list.unshift({ number: 0, title: APPROVE_NOTICE_TITLE, subPoints: [], kind: 'approve-notice' });
  }

  if (opts.previousMeetingDate !== undefined && !list.some((i) => i.kind === 'approve-minutes')) {
    const minutesDate = formatLongDate(opts.previousMeetingDate);
    const after = list.findIndex((i) => i.kind === 'approve-notice');
    list.splice(after + 1, 0, {
      number: 0,
      title: `Godkjenning av referat fra møte ${minutesDate}`,
      subPoints: [],
      kind: 'approve-minutes',
      minutesDate,
    });
  }

  // Eventuelt is always last (BRIEF §2); several are kept, in their order, rather than merged.
  const others = list.filter((i) => i.kind === 'other-business');
  const rest = list.filter((i) => i.kind !== 'other-business');
  const ordered = [...rest, ...(others.length > 0 ? others : [{ number: 0, title: OTHER_BUSINESS_TITLE, subPoints: [], kind: 'other-business' as const }])];

  return renumberAgenda([...common, ...ordered]);
}
