import { formatDate } from '../domain/norwegian-time';
import { findableInput, inputsFinal, type RegisterEntry, type RegisterMeeting } from '../domain/search-register';
import { matchExcerpt, matches, MAX_QUERY_LENGTH, MIN_QUERY_LETTERS, pageOf, parsePage, parseQuery, shorten } from '../domain/search';
import { decisionIn, itemTitle } from '../domain/standard-wording';
import type { Actor } from './actor';
import { searchResultsCard } from './cards/search-results';
import { groupsOfActor, loadGroupContext, type GroupContext } from './group-context';
import type { Repositories } from './ports';
import { answer } from './run-shared';
import type { Outcome } from './outcome';
import { texts } from './texts';
import { searchTexts as t, type HitKind } from './texts-search';
import { itemRefTexts } from './texts-item-ref';

/**
 * The decision register (`vedtak`) and search (`søk`), #18 §3.
 *
 * Both read the group's search register (one document per meeting in the group's partition, kept in
 * step by the writes: src/app/search-register.ts): two requests of point reads per group, plus point
 * reads of the input of meetings whose minutes are not locked yet (one request), and match in memory
 * with Norwegian folding. Nothing is kept in process memory.
 */

/** An item as the register holds it: its stored number, and where the documents print it in a meeting in parts. */
type At = { item: number; part?: number; shown?: number };
const at = (i: { number: number; partNumber?: number; shown?: number }): At => ({ item: i.number, part: i.partNumber, shown: i.shown });

interface Hit extends At {
  groupName: string;
  date: string;
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

type Here = GroupContext | 'personal' | undefined;

/** One page of `søk` or `vedtak`. */
export interface Listing {
  kind: 'search' | 'decisions';
  /** The query as typed, without «side n» (search only). */
  query: string;
  head: string;
  lines: string[];
  /** search: each shown hit's heading (date, group, item, kind) and excerpt. */
  hits?: { heading: string; excerpt: string }[];
  page: number;
  pages: number;
}

const hintOf = (l: Actor['locale'], p: Listing) => (p.kind === 'search' ? t.searchMore(l, p.query, p.page + 1) : t.registerMore(l, p.page + 1));

/** A page on the results card, with «Vis flere» while pages are left (withList false: the button and its hint only). */
function listingCard(l: Actor['locale'], p: Listing, buttonOnly: boolean) {
  const more = p.page < p.pages ? { query: p.query, next: p.page + 1, hint: hintOf(l, p) } : undefined;
  return searchResultsCard(l, p.kind, buttonOnly ? t.pageOf(l, p.page, p.pages) : p.head, buttonOnly ? [] : p.lines, more);
}

/** A typed command's answer: page 1 as text; while pages are left, a card with «Vis flere» under it. */
function typedAnswer(l: Actor['locale'], found: Listing | string): Outcome {
  if (typeof found === 'string') return answer(found);
  return answer([found.head, ...found.lines].join('\n'), { posts: found.page < found.pages ? [listingCard(l, found, true)] : [] });
}

export class SearchUseCases {
  constructor(private readonly repos: Repositories) {}

  /** `vedtak [side n]` in the group chat (any member): every decision of the group's meetings, newest first, 10 a page. */
  async decisions(actor: Actor, ctx: GroupContext, args: string): Promise<Outcome> {
    return typedAnswer(actor.locale, await this.decisionsPage(actor, ctx, parsePage(args).page));
  }

  /** `søk <ord> [side n]`: in a group chat that group, in personal chat every group whose roster links the actor. */
  async search(actor: Actor, here: Here, args: string): Promise<Outcome> {
    return typedAnswer(actor.locale, await this.find(actor, here, args));
  }

  /**
   * «Vis flere» (verbs search.more / decisions.more): the next page, drawn on the clicked card. The
   * query on the card is user text: checked again like a typed one. The groups come from where the
   * card was clicked and the clicker's stored roster membership, never from the card.
   */
  async more(actor: Actor, kind: Listing['kind'], data: Record<string, unknown>): Promise<Outcome> {
    const l = actor.locale;
    const page = typeof data.page === 'number' || typeof data.page === 'string' ? Number(data.page) : NaN;
    const query = typeof data.query === 'string' ? data.query : kind === 'decisions' ? '' : undefined;
    if (query === undefined || !Number.isInteger(page) || page < 1 || page > 10_000 || query.length > MAX_QUERY_LENGTH)
      return answer(kind === 'decisions' ? t.badRegisterCard(l) : t.badCard(l));
    const here = await this.hereOf(actor);
    let found: Listing | string;
    if (kind === 'decisions') found = here === undefined || here === 'personal' ? texts.noGroupHere(l) : await this.decisionsPage(actor, here, page);
    else found = query.trim() ? await this.find(actor, here, `${query} side ${page}`) : t.badCard(l);
    if (typeof found === 'string') return answer(found);
    return { live: [], posts: [], invoke: listingCard(l, found, false) };
  }

  /** Where a card was clicked: personal chat, the group whose chat it is, or no group. */
  private async hereOf(actor: Actor): Promise<Here> {
    if (actor.conversationType === 'personal') return 'personal';
    const groupId = (await this.repos.conversations.get(actor.conversationId))?.groupId;
    return groupId ? loadGroupContext(this.repos, groupId, actor) : undefined;
  }

  private async decisionsPage(actor: Actor, ctx: GroupContext, page: number): Promise<Listing | string> {
    const l = actor.locale;
    if (!isMember(ctx)) return t.notMember(l);
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
            ...at(item),
            title: itemTitle(item, l),
            kind: 'decision',
            text: decisionIn(item.decision, l),
            rank: 0,
          });
    }
    if (rows.length === 0) return t.noDecisions(l, name);
    const shown = pageOf(rows.sort(newestFirst), page);
    return {
      kind: 'decisions',
      query: '',
      head: t.registerHead(l, name, rows.length, shown.page, shown.pages),
      lines: shown.rows.map((h) => `• ${formatDate(h.date)} – ${t.item(l, itemRefTexts.recorded(l, h), h.title)}: ${shorten(h.text)}`),
      page: shown.page,
      pages: shown.pages,
    };
  }

  /** The hits of a search, one page (also for the message extension); a string is the answer when there is nothing to list. */
  async find(actor: Actor, here: Here, args: string): Promise<Listing | string> {
    const l = actor.locale;
    if (!args.trim()) return t.usage(l);
    const parsed = parseQuery(args);
    if (!parsed.ok) return parsed.reason === 'short' ? t.tooShort(l, MIN_QUERY_LETTERS) : t.tooLong(l, MAX_QUERY_LENGTH);
    let groups: GroupContext[];
    // A shared chat of no group searches nothing: another group's texts must not show in it.
    if (here === undefined) return texts.noGroupHere(l);
    if (here !== 'personal') {
      if (!isMember(here)) return t.notMember(l);
      groups = [here];
    } else {
      // The roster's members and the role holders (a secretariat not on the roster searches its groups too).
      groups = (await groupsOfActor(this.repos, actor, { roleHolder: true })).filter(isMember);
      if (groups.length === 0) return t.noGroups(l);
    }
    const hits = (await Promise.all(groups.map((g) => this.searchGroup(g, parsed.words, l)))).flat().sort(newestFirst);
    const query = parsePage(args).rest.trim().replace(/\s+/g, ' ');
    if (hits.length === 0) return t.none(l, query);
    const shown = pageOf(hits, parsed.page);
    const several = groups.length > 1;
    const found = shown.rows.map((h) => ({
      heading: `${formatDate(h.date)}${several ? ` ${h.groupName}` : ''} – ${t.item(l, itemRefTexts.recorded(l, h), h.title)} – ${t.kind(l, h.kind)}`,
      excerpt: matchExcerpt(h.text, parsed.words) ?? shorten(h.text),
    }));
    return {
      kind: 'search',
      query,
      head: t.searchHead(l, query, hits.length, shown.page, shown.pages),
      lines: found.map((h) => `• ${h.heading}: ${h.excerpt}`),
      hits: found,
      page: shown.page,
      pages: shown.pages,
    };
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
    const add = (date: string, item: At, title: string, kind: HitKind, text: string) => {
      // The excerpt is cut only for the hits shown (a page of 10).
      if (text && matches(text, words)) hits.push({ groupName, date, ...item, title, kind, text, rank: KIND_RANK[kind] });
    };
    const live: (RegisterEntry & { meeting: RegisterMeeting })[] = [];
    for (const e of entries) {
      const m = e.meeting;
      for (const item of m.items) {
        const title = itemTitle(item, l);
        if (item.decision) add(m.date, at(item), title, 'decision', decisionIn(item.decision, l));
        for (const note of item.notes ?? []) add(m.date, at(item), title, 'note', note);
      }
      for (const f of Object.values(e.followUps ?? {}))
        add(f.meetingDate, { item: f.item, part: f.itemPart, shown: f.itemShown }, f.itemTitle, 'follow-up', f.text);
      const round = m.items.find((i) => i.kind === 'round-table');
      const addInput = (organization: string, text: string) =>
        add(m.date, round ? at(round) : { item: 0 }, round ? itemTitle(round, l) : organization, 'input', `${organization}: ${text}`);
      if (inputsFinal(m) && e.inputs) for (const r of e.inputs.rows) addInput(r.organization, r.text);
      else if (m.state !== 'draft') live.push(e);
    }
    if (live.length) {
      // Input of minutes not yet locked is still being written: read it, never a copy (restricted input left out).
      const organizations = [...new Set(ctx.roster.map((r) => r.organization).filter(Boolean))];
      const refs = live.flatMap((e) => organizations.map((organization) => ({ meetingId: e.meetingId, organization })));
      const inputs = await this.repos.inputs.getMany(refs);
      const byId = new Map(live.map((e) => [e.meetingId, e]));
      for (const c of inputs.filter(findableInput)) {
        const e = byId.get(c.meetingId);
        if (!e) continue;
        const round = e.meeting.items.find((i) => i.kind === 'round-table');
        add(e.meeting.date, round ? at(round) : { item: 0 }, round ? itemTitle(round, l) : c.organization, 'input', `${c.organization}: ${c.text}`);
      }
    }
    return hits;
  }
}
