import { formatDate } from '../domain/norwegian-time';
import { findableInput, inputsFinal, type RegisterEntry, type RegisterMeeting } from '../domain/search-register';
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
 * Both read the group's search register (one document per meeting in the group's partition, kept in
 * step by the writes: src/app/search-register.ts): one single-partition query per group, plus point
 * reads of the input of meetings whose minutes are not locked yet (one request), and match in memory
 * with Norwegian folding. Nothing is kept in process memory.
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
    const entries = await this.repos.searchRegister.listByGroup(ctx.group.value.groupId);
    const rows: Hit[] = [];
    for (const { meeting: m } of entries) {
      if (!m || !HELD.has(m.state)) continue;
      for (const item of m.items)
        if (item.decision)
          rows.push({
            groupName: name,
            date: m.date,
            item: item.number,
            title: itemTitle(item, l),
            kind: 'decision',
            text: decisionIn(item.decision, l),
            rank: 0,
          });
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

  /**
   * One group's hits from its search register (src/domain/search-register.ts): one single-partition
   * query, plus, when the group has meetings whose minutes are not locked yet, their input by point
   * reads (the roster's organizations) in one request.
   */
  private async searchGroup(ctx: GroupContext, words: string[], l: Actor['locale']): Promise<Hit[]> {
    const groupId = ctx.group.value.groupId;
    const groupName = ctx.group.value.name;
    const entries = (await this.repos.searchRegister.listByGroup(groupId)).filter(
      (e): e is RegisterEntry & { meeting: RegisterMeeting } => e.groupId === groupId && !!e.meeting && e.meeting.state !== 'cancelled',
    );
    const hits: Hit[] = [];
    const add = (date: string, item: number, title: string, kind: HitKind, text: string) => {
      // The excerpt is cut only for the hits shown (a page of 10).
      if (text && matches(text, words)) hits.push({ groupName, date, item, title, kind, text, rank: KIND_RANK[kind] });
    };
    const live: (RegisterEntry & { meeting: RegisterMeeting })[] = [];
    for (const e of entries) {
      const m = e.meeting;
      for (const item of m.items) {
        const title = itemTitle(item, l);
        if (item.decision) add(m.date, item.number, title, 'decision', decisionIn(item.decision, l));
        for (const note of item.notes ?? []) add(m.date, item.number, title, 'note', note);
      }
      for (const f of Object.values(e.followUps ?? {})) add(f.meetingDate, f.item, f.itemTitle, 'follow-up', f.text);
      const round = m.items.find((i) => i.kind === 'round-table');
      const addInput = (organization: string, text: string) =>
        add(m.date, round?.number ?? 0, round ? itemTitle(round, l) : organization, 'input', `${organization}: ${text}`);
      if (inputsFinal(m) && e.inputs) for (const r of e.inputs.rows) addInput(r.organization, r.text);
      else if (m.state !== 'draft') live.push(e);
    }
    if (live.length) {
      // Input of minutes not yet locked is still being written: read it, never a copy (restricted input left out).
      const organizations = [...new Set(ctx.roster.map((r) => r.organization).filter(Boolean))];
      const refs = live.flatMap((e) => organizations.map((organization) => ({ meetingId: e.meetingId, organization })));
      const inputs = await this.repos.contributions.getMany(refs);
      const byId = new Map(live.map((e) => [e.meetingId, e]));
      for (const c of inputs.filter(findableInput)) {
        const e = byId.get(c.meetingId);
        if (!e) continue;
        const round = e.meeting.items.find((i) => i.kind === 'round-table');
        add(e.meeting.date, round?.number ?? 0, round ? itemTitle(round, l) : c.organization, 'input', `${c.organization}: ${c.text}`);
      }
    }
    return hits;
  }
}
