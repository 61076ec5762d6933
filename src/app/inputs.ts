import { turnLocale } from './language';
import { appendInput, checkInputText, withReceipt } from '../domain/input';
import type { Input } from '../domain/meeting-types';
import { say, type Actor, type Reply } from './actor';
import { resolveTargets, type Target } from './input-windows';
import { aadKey, updatePerson } from './people';
import { type InputDraft, type PersonRecord, type Repositories, type Versioned, type WindowsByGroup } from './ports';
import { retryOnConflict } from './retry';
import { inputTexts as t } from './texts-input';
import { refusal, storeNew } from './input-store';
import { uncardText } from './card-text';
import { inputMineCard } from './cards/input-mine';
import { previewCard } from './cards/input-preview';
import { pickCard } from './cards/pick-meeting';

/**
 * Round-table input (issue #5): a member's text goes to the open input window of their group, under
 * their organization. Hot path of `innspill <tekst>`: the person record (read by the turn), the
 * group's window list, and one create-or-get of the input (deterministic id) that also
 * answers what already exists, so a second update's "replace or add?" costs the same 3 operations.
 */

type Person = Versioned<PersonRecord> | undefined;

/** The new text of a "replace or add" question as its card carries it (the user's own text; where it goes is re-checked). */
export interface CarriedDraft {
  text?: string;
  meetingId?: string;
  organization?: string;
  /** The version of the input the card showed, and its text (for "Legg til"). */
  etag?: string;
  existingText?: string;
}

/** Undoes cardText: the card shows and carries "$\u200b{" for a typed "${". */

function fromCard(draftId: string, carried: CarriedDraft | undefined, now: Date): InputDraft | undefined {
  if (!draftId || !carried?.text || !carried.meetingId || !carried.organization) return undefined;
  const check = checkInputText(uncardText(carried.text));
  if (!check.ok) return undefined;
  return {
    draftId,
    text: check.text,
    mode: 'direct',
    meetingId: carried.meetingId,
    organization: uncardText(carried.organization),
    createdAt: now.toISOString(),
  };
}

export class InputUseCases {
  constructor(
    private readonly repos: Repositories,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Plain text in personal chat ('preview': show it, store on "Send inn") or `innspill <tekst>` ('direct'). */
  async submit(actor: Actor, person: Person, raw: string, activityId: string, mode: InputDraft['mode'], windows?: WindowsByGroup): Promise<Reply> {
    const l = actor.locale;
    const check = checkInputText(raw);
    if (!check.ok) return say(check.reason === 'empty' ? t.empty(l) : t.tooLong(l, check.length));
    const now = this.now();
    const resolution = await resolveTargets(this.repos, person?.value, now, undefined, windows);
    if (resolution.kind !== 'targets') return refusal(l, resolution);
    const draft: InputDraft = { draftId: activityId, text: check.text, mode, createdAt: now.toISOString() };
    const { targets } = resolution;
    if (targets.length > 1) {
      await this.saveDraft(actor, person, draft);
      return pickCard(l, draft, targets);
    }
    return this.proceed(actor, person, draft, targets[0], 'message');
  }

  /** With meeting and organization known: store now (direct) or show the preview (the draft waits in the store). */
  private async proceed(actor: Actor, person: Person, draft: InputDraft, target: Target, answer: 'message' | 'card-click'): Promise<Reply> {
    const l = actor.locale;
    if (draft.mode === 'preview') {
      const placed: InputDraft = {
        ...draft,
        meetingId: target.window.meetingId,
        groupId: target.groupId,
        organization: target.organization,
        memberId: target.memberId,
      };
      await this.saveDraft(actor, person, placed);
      return previewCard(l, { mode: 'preview', target, text: draft.text, draftId: draft.draftId });
    }
    const outcome = await storeNew(this.repos, target, draft.text, actor, draft.draftId, this.now());
    if (outcome.kind === 'stored')
      return previewCard(l, { mode: 'done', answer, target, text: draft.text, note: t.stored(l, target.organization, target.received) });
    if (outcome.kind === 'duplicate')
      return previewCard(l, { mode: 'done', answer, target, text: outcome.input.text, note: t.duplicate(l, target.organization) });
    // A second update: ask whether to replace or add. The new text rides on the card's buttons (with
    // the meeting and organization, re-checked against the person's memberships on the click), so
    // asking writes nothing.
    return previewCard(l, {
      mode: 'exists',
      target,
      text: outcome.existing.value.text,
      etag: outcome.existing.etag,
      newText: draft.text,
      draftId: draft.draftId,
      note: t.existsNote(l, target.organization),
    });
  }

  /** "Send inn" on the preview. */
  async confirm(actor: Actor, draftId: string): Promise<Reply> {
    const loaded = await this.draftOf(actor, draftId);
    if ('reply' in loaded) return loaded.reply;
    return this.proceed(loaded.reader, loaded.person, { ...loaded.draft, mode: 'direct' }, loaded.target, 'card-click');
  }

  /** A choice on the pick card: the meeting and organization (checked against the person's own). */
  async pick(actor: Actor, draftId: string, meetingId: string, organization: string): Promise<Reply> {
    const loaded = await this.draftOf(actor, draftId, { meetingId, organization });
    if ('reply' in loaded) return loaded.reply;
    return this.proceed(loaded.reader, loaded.person, loaded.draft, loaded.target, 'card-click');
  }

  /** "Erstatt" / "Legg til" after a second update (the text from the stored draft, else from the card's own data). */
  async settle(actor: Actor, draftId: string, how: 'replace' | 'append', carried?: CarriedDraft): Promise<Reply> {
    const loaded = await this.draftOf(actor, draftId, undefined, carried);
    if ('reply' in loaded) return loaded.reply;
    const l = loaded.reader.locale;
    const { draft, target } = loaded;
    const now = this.now();
    const changes = (existingText: string) => ({
      text: how === 'replace' ? draft.text : appendInput(existingText, draft.text),
      authorName: actor.name,
      ...(actor.aadObjectId ? { authorAadObjectId: actor.aadObjectId } : {}),
      enteredBySecretariat: false,
      received: target.received,
      updatedAt: now.toISOString(),
    });
    // Fast path (3 operations with the person and window reads): change exactly the version the card
    // showed. Its etag and text come from the card, but only a member of this organization gets here
    // (re-checked above), and such a member may replace the text with anything anyway; a stale or
    // forged etag changes nothing and falls through to the read below.
    const revised =
      carried?.etag && (how === 'replace' || carried.existingText) // a stored text is never empty: '' = not carried
        ? await this.repos.inputs.revise(target.window.meetingId, target.organization, carried.etag, changes(uncardText(carried.existingText ?? '')), draftId)
        : undefined;
    const result = revised
      ? { kind: 'stored' as const, input: revised.value }
      : await retryOnConflict(async () => {
          const existing = await this.repos.inputs.get(target.window.meetingId, target.organization);
          if (!existing) return storeNew(this.repos, target, draft.text, actor, draftId, now);
          if (existing.value.receipts?.includes(draftId)) return { kind: 'duplicate' as const, input: existing.value };
          const next: Input = { ...existing.value, ...changes(existing.value.text), receipts: withReceipt(existing.value.receipts, draftId) };
          await this.repos.inputs.put(next, existing.etag);
          return { kind: 'stored' as const, input: next };
        });
    const c = result.kind === 'exists' ? result.existing.value : result.input;
    return previewCard(l, {
      mode: 'done',
      target,
      text: c.text,
      note: result.kind === 'duplicate' ? t.duplicate(l, target.organization) : t.stored(l, target.organization, target.received),
    });
  }

  async cancel(actor: Actor, draftId: string): Promise<Reply> {
    if (actor.aadObjectId) {
      await updatePerson(this.repos, aadKey(actor.aadObjectId), (cur) =>
        cur?.draft?.draftId === draftId ? { ...cur, draft: undefined, updatedAt: this.now().toISOString() } : undefined,
      );
    }
    return say(t.cancelled(actor.locale));
  }

  /** The person and every group's input windows in one request (a card click has no turn preload). */
  private personAndWindows(actor: Actor): Promise<{ person: Person; windows?: WindowsByGroup }> {
    return actor.aadObjectId ? this.repos.people.getWithWindows(aadKey(actor.aadObjectId)) : Promise.resolve({ person: undefined });
  }

  /** The draft a card refers to, and its target (re-checked: window still open, still the person's). */
  private async draftOf(
    actor: Actor,
    draftId: string,
    choice?: { meetingId: string; organization: string },
    carried?: CarriedDraft,
  ): Promise<{ reply: Reply } | { person: Person; draft: InputDraft; target: Target; reader: Actor }> {
    const { person, windows } = await this.personAndWindows(actor);
    // The person's own language (`mitt språk`), then their groups': read with the person, no extra request (#19).
    const reader = {
      ...actor,
      locale: turnLocale(actor, { person: person?.value.language, personGroups: Object.values(windows ?? {}).map((w) => w.value.language) }),
    };
    const l = reader.locale;
    const draft = person?.value.draft?.draftId === draftId ? person.value.draft : fromCard(draftId, carried, this.now());
    if (!person || !draft || draft.draftId !== draftId) return { reply: say(t.draftGone(l)) };
    const meetingId = choice?.meetingId ?? draft.meetingId;
    const organization = choice?.organization ?? draft.organization;
    if (!meetingId || !organization) return { reply: say(t.draftGone(l)) };
    const resolution = await resolveTargets(this.repos, person.value, this.now(), { meetingId, organization }, windows);
    if (resolution.kind !== 'targets') return { reply: resolution.kind === 'closed' ? refusal(l, resolution) : say(t.notYours(l)) };
    return { person, draft, target: resolution.targets[0], reader };
  }

  private async saveDraft(actor: Actor, person: Person, draft: InputDraft): Promise<void> {
    if (!actor.aadObjectId) return;
    const key = aadKey(actor.aadObjectId);
    await updatePerson(this.repos, key, (cur) => (cur ? { ...cur, draft, updatedAt: this.now().toISOString() } : undefined), person);
  }

  /** `mine innspill`: the person's stored input in the open windows, with edit and withdraw. */
  async mine(actor: Actor, person: Person, windows?: WindowsByGroup): Promise<Reply> {
    const l = actor.locale;
    const resolution = await resolveTargets(this.repos, person?.value, this.now(), undefined, windows);
    if (resolution.kind !== 'targets') return refusal(l, resolution);
    const found = await Promise.all(resolution.targets.map(async (x) => ({ target: x, c: await this.repos.inputs.get(x.window.meetingId, x.organization) })));
    const stored = found.flatMap(({ target, c }) => (c ? [{ target, input: c.value }] : []));
    if (stored.length === 0) return say(t.mineNone(l));
    return { card: inputMineCard(l, stored) };
  }

  /** `trekk innspill` (all the person's input in open windows) or a card's withdraw (one, checked). */
  async withdraw(actor: Actor, person: Person, only?: { meetingId: string; organization: string }, windows?: WindowsByGroup): Promise<Reply> {
    const l = actor.locale;
    const read = person ? { person, windows } : await this.personAndWindows(actor);
    const resolution = await resolveTargets(this.repos, read.person?.value, this.now(), only, read.windows);
    if (resolution.kind !== 'targets') return only && resolution.kind !== 'closed' ? say(t.notYours(l)) : refusal(l, resolution);
    const removed: string[] = [];
    for (const x of resolution.targets) if (await this.repos.inputs.delete(x.window.meetingId, x.organization)) removed.push(x.organization);
    return say(removed.length ? t.withdrawn(l, removed) : t.nothingToWithdraw(l));
  }

  /** "Lagre" on the edit form of `mine innspill`. */
  async edit(actor: Actor, meetingId: string, organization: string, raw: string, receipt: string): Promise<Reply> {
    const l = actor.locale;
    const check = checkInputText(raw);
    if (!check.ok) return say(check.reason === 'empty' ? t.empty(l) : t.tooLong(l, check.length));
    const { person, windows } = await this.personAndWindows(actor);
    const resolution = await resolveTargets(this.repos, person?.value, this.now(), { meetingId, organization }, windows);
    if (resolution.kind !== 'targets') return resolution.kind === 'closed' ? refusal(l, resolution) : say(t.notYours(l));
    const target = resolution.targets[0];
    const now = this.now();
    await retryOnConflict(async () => {
      const existing = await this.repos.inputs.get(meetingId, target.organization);
      if (!existing) return storeNew(this.repos, target, check.text, actor, receipt, now);
      const next: Input = {
        ...existing.value,
        text: check.text,
        authorName: actor.name,
        authorAadObjectId: actor.aadObjectId,
        enteredBySecretariat: false,
        updatedAt: now.toISOString(),
        receipts: withReceipt(existing.value.receipts, receipt),
      };
      await this.repos.inputs.put(next, existing.etag);
    });
    return previewCard(l, { mode: 'done', target, text: check.text, note: t.edited(l, target.organization) });
  }
}
