import { formatDate } from '../domain/norwegian-time';
import type { MeetingData } from '../domain/meeting-types';
import { matchExcerpt, matches, MAX_QUERY_LENGTH, MIN_QUERY_LETTERS, pageOf, parsePage, parseQuery, shorten } from '../domain/search';
import { decisionIn, itemTitle } from '../domain/standard-wording';
import type { Actor } from './actor';
import { groupsOfActor, type GroupContext } from './group-context';
import type { Repositories } from './ports';
import { answer, type RunAnswer } from './run-shared';
import { texts } from './texts';
import { searchTexts as t, type HitKind } from './texts-search';

/**
 * The decision register (`vedtak`) and search (`søk`), #18 §3.
 *
 * No index document: a search reads, per group, the group's meetings (one query; their records hold
 * decisions, approvals' outcomes and notes), its follow-ups (one query in the group's partition) and
 * the input of those meetings (one query, ARRAY_CONTAINS over the meeting ids), and matches in memory
 * with Norwegian folding. So a write costs nothing extra, and a search costs 3 store requests per
 * group (plus the actor's memberships from personal chat). Nothing is kept in process memory.
 */

interface Hit {
  groupName: string;
  date: string;
  item: number;
  title: string;
  kind: HitKind;
  text: string;
  /** Order within a meeting's item. */
  rank: number;
}

const KIND_RANK: Record<HitKind, number> = { decision: 0, 'follow-up': 1, note: 2, input: 3 };
const HELD = new Set(['in-progress', 'ended', 'locked']);

const isMember = (ctx: GroupContext): boolean => ctx.member !== undefined || ctx.roles.length > 0;
const newestFirst = (a: Hit, b: Hit): number => b.date.localeCompare(a.date) || a.item - b.item || a.rank - b.rank;

export class SearchUseCases {
  constructor(private readonly repos: Repositories) {}

  /** `vedtak [side n]` in the group chat (any member): every decision of the group's meetings, newest first, 10 a page. */
  async decisions(actor: Actor, ctx: GroupContext, args: string): Promise<RunAnswer> {
    const l = actor.locale;
    if (!isMember(ctx)) return answer(t.notMember(l));
    const { page } = parsePage(args);
    const name = ctx.group.value.name;
    const meetings = await this.repos.meetings.listByGroup(ctx.group.value.groupId);
    const rows: Hit[] = [];
    for (const m of meetings) {
      if (!HELD.has(m.state)) continue;
      for (const item of m.agenda) {
        const decision = m.records[String(item.number)]?.decision?.trim();
        if (decision)
          rows.push({ groupName: name, date: m.date, item: item.number, title: itemTitle(item, l), kind: 'decision', text: decisionIn(decision, l), rank: 0 });
      }
    }
    if (rows.length === 0) return answer(t.noDecisions(l, name));
    const shown = pageOf(rows.sort(newestFirst), page);
    const lines = shown.rows.map((h) => `• ${formatDate(h.date)} – ${t.item(l, h.item, h.title)}: ${shorten(h.text)}`);
    const more = shown.page < shown.pages ? ['', t.registerMore(l, shown.page + 1)] : [];
    return answer([t.registerHead(l, name, rows.length, shown.page, shown.pages), ...lines, ...more].join('\n'));
  }

  /**
   * `søk <ord> [side n]`: in a group chat that group (the actor must be a member; a shared chat of no
   * group: nothing), in personal chat
   * every group whose roster links the actor. Restricted input is never found.
   */
  async search(actor: Actor, here: GroupContext | 'personal' | undefined, args: string): Promise<RunAnswer> {
    const l = actor.locale;
    if (!args.trim()) return answer(t.usage(l));
    const parsed = parseQuery(args);
    if (!parsed.ok) return answer(parsed.reason === 'short' ? t.tooShort(l, MIN_QUERY_LETTERS) : t.tooLong(l, MAX_QUERY_LENGTH));
    let groups: GroupContext[];
    // A shared chat of no group searches nothing: another group's texts must not show in it.
    if (here === undefined) return answer(texts.noGroupHere(l));
    if (here !== 'personal') {
      if (!isMember(here)) return answer(t.notMember(l));
      groups = [here];
    } else {
      groups = (await groupsOfActor(this.repos, actor)).filter(isMember);
      if (groups.length === 0) return answer(t.noGroups(l));
    }
    const hits = (await Promise.all(groups.map((g) => this.searchGroup(g, parsed.words, l)))).flat().sort(newestFirst);
    const query = parsePage(args).rest.trim().replace(/\s+/g, ' ');
    if (hits.length === 0) return answer(t.none(l, query));
    const shown = pageOf(hits, parsed.page);
    const several = groups.length > 1;
    const lines = shown.rows.map(
      (h) =>
        `• ${formatDate(h.date)}${several ? ` ${h.groupName}` : ''} – ${t.item(l, h.item, h.title)} – ${t.kind(l, h.kind)}: ${matchExcerpt(h.text, parsed.words) ?? shorten(h.text)}`,
    );
    const more = shown.page < shown.pages ? ['', t.searchMore(l, query, shown.page + 1)] : [];
    return answer([t.searchHead(l, query, hits.length, shown.page, shown.pages), ...lines, ...more].join('\n'));
  }

  /** One group's hits: 3 store requests (meetings and follow-ups in parallel, then the meetings' input). */
  private async searchGroup(ctx: GroupContext, words: string[], l: Actor['locale']): Promise<Hit[]> {
    const groupId = ctx.group.value.groupId;
    const groupName = ctx.group.value.name;
    const [all, followUps] = await Promise.all([this.repos.meetings.listByGroup(groupId), this.repos.followUps.listByGroup(groupId)]);
    const meetings = all.filter((m) => m.groupId === groupId && m.state !== 'cancelled');
    const byId = new Map<string, MeetingData>(meetings.map((m) => [m.meetingId, m]));
    const inputs = await this.repos.contributions.listByMeetings([...byId.keys()]);
    const hits: Hit[] = [];
    const add = (m: Pick<MeetingData, 'date'>, item: number, title: string, kind: HitKind, text: string) => {
      // The excerpt is cut only for the hits shown (a page of 10).
      if (text && matches(text, words)) hits.push({ groupName, date: m.date, item, title, kind, text, rank: KIND_RANK[kind] });
    };
    for (const m of meetings) {
      for (const item of m.agenda) {
        const record = m.records[String(item.number)];
        if (!record) continue;
        const title = itemTitle(item, l);
        if (record.decision?.trim()) add(m, item.number, title, 'decision', decisionIn(record.decision.trim(), l));
        for (const note of record.notes ?? []) add(m, item.number, title, 'note', note);
      }
    }
    for (const f of followUps) if (byId.has(f.meetingId) || f.groupId === groupId) add({ date: f.meetingDate }, f.item, f.itemTitle, 'follow-up', f.text);
    for (const c of inputs) {
      const m = byId.get(c.meetingId);
      if (!m || c.restricted) continue;
      const round = m.agenda.find((i) => i.kind === 'round-table');
      add(m, round?.number ?? 0, round ? itemTitle(round, l) : c.organization, 'input', `${c.organization}: ${c.text}`);
    }
    return hits;
  }
}
