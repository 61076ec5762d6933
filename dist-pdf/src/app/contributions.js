"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.InputUseCases = void 0;
exports.storeNew = storeNew;
exports.refusal = refusal;
exports.previewCard = previewCard;
const contribution_1 = require("../domain/contribution");
const actor_1 = require("./actor");
const input_windows_1 = require("./input-windows");
const people_1 = require("./people");
const retry_1 = require("./retry");
const texts_input_1 = require("./texts-input");
/** Keeps a user's "${" from being read as a template binding when the text is shown on a card. */
const card_text_1 = require("./card-text");
/** Creates the organization's input (id from meeting + organization); an existing one is reported, never overwritten. */
async function storeNew(repos, target, text, actor, receipt, now, bySecretariat = false) {
    const contribution = {
        meetingId: target.window.meetingId,
        groupId: target.groupId,
        organization: target.organization,
        memberId: target.memberId,
        text,
        authorName: actor.name,
        ...(actor.aadObjectId ? { authorAadObjectId: actor.aadObjectId } : {}),
        enteredBySecretariat: bySecretariat,
        received: target.received,
        updatedAt: now.toISOString(),
        receipts: [receipt],
    };
    for (let attempt = 0; attempt < 3; attempt++) {
        const { created, existing } = await repos.contributions.createOrGet(contribution);
        if (created)
            return { kind: 'stored', contribution };
        if (!existing)
            continue; // withdrawn in between: create again
        if (existing.value.receipts?.includes(receipt))
            return { kind: 'duplicate', contribution: existing.value };
        return { kind: 'exists', existing };
    }
    throw new Error('contribution kept vanishing while being stored');
}
function refusal(l, r) {
    if (r.kind === 'not-on-roster')
        return (0, actor_1.say)(texts_input_1.inputTexts.notOnRoster(l));
    if (r.kind === 'no-window')
        return (0, actor_1.say)(texts_input_1.inputTexts.noWindow(l));
    if (r.decision.reason === 'locked')
        return (0, actor_1.say)(texts_input_1.inputTexts.locked(l, r.window));
    if (r.decision.reason === 'deadline-passed')
        return (0, actor_1.say)(texts_input_1.inputTexts.deadlinePassed(l, r.window, r.decision.deadline));
    return (0, actor_1.say)(texts_input_1.inputTexts.noWindow(l));
}
const CARRY_EXISTING_MAX_CHARS = 6_000;
function previewCard(l, d) {
    return {
        text: d.mode === 'done' ? d.note : undefined,
        card: {
            template: 'input-preview',
            data: {
                lang: l,
                mode: d.mode,
                title: d.title ?? (d.mode === 'exists' ? texts_input_1.inputTexts.existsTitle(l) : d.mode === 'done' ? texts_input_1.inputTexts.storedTitle(l) : texts_input_1.inputTexts.previewTitle(l)),
                meeting: texts_input_1.inputTexts.meetingLine(l, d.target.window, undefined, d.target.deadline),
                heading: (0, card_text_1.cardText)(d.target.organization),
                text: (0, card_text_1.cardText)(d.text),
                receivedLabel: d.mode === 'exists' ? '' : texts_input_1.inputTexts.received(l, d.target.received),
                newTextLabel: d.newText ? texts_input_1.inputTexts.newText(l) : '',
                newText: d.newText ? (0, card_text_1.cardText)(d.newText) : '',
                note: d.note ?? (d.mode === 'preview' ? texts_input_1.inputTexts.previewNote(l) : ''),
                draftId: d.draftId ?? '',
                // "Erstatt" / "Legg til" carry where the new text goes (re-checked on the click) and the text itself.
                pendingMeetingId: d.mode === 'exists' ? d.target.window.meetingId : '',
                pendingOrganization: d.mode === 'exists' ? (0, card_text_1.cardText)(d.target.organization) : '',
                pendingEtag: d.mode === 'exists' ? (d.etag ?? '') : '',
                // Carried for "Legg til" only while the card stays well inside Teams' message size; without it the click reads the input first.
                existingText: d.mode === 'exists' && d.text.length + (d.newText?.length ?? 0) <= CARRY_EXISTING_MAX_CHARS ? (0, card_text_1.cardText)(d.text) : '',
                labels: l === 'en' ? { send: 'Send', cancel: 'Cancel', replace: 'Replace', append: 'Add to it' } : { send: 'Send inn', cancel: 'Avbryt', replace: 'Erstatt', append: 'Legg til' },
            },
        },
    };
}
function pickCard(l, draft, targets) {
    const choices = targets.map((x) => ({
        label: (0, card_text_1.cardText)(`${x.organization} – ${(0, contribution_1.meetingDate)(x.window.date)}`),
        draftId: draft.draftId,
        meetingId: x.window.meetingId,
        organization: (0, card_text_1.cardText)(x.organization),
    }));
    const excerpt = draft.text.length > 300 ? `${draft.text.slice(0, 300)}…` : draft.text;
    return { card: { template: 'pick-meeting', data: { title: texts_input_1.inputTexts.pickTitle(l), text: (0, card_text_1.cardText)(excerpt), choices, draftId: draft.draftId, cancelLabel: l === 'en' ? 'Cancel' : 'Avbryt' } } };
}
/** Undoes cardText: the card shows and carries "$\u200b{" for a typed "${". */
function fromCard(draftId, carried, now) {
    if (!draftId || !carried?.text || !carried.meetingId || !carried.organization)
        return undefined;
    const check = (0, contribution_1.checkInputText)((0, card_text_1.uncardText)(carried.text));
    if (!check.ok)
        return undefined;
    return { draftId, text: check.text, mode: 'direct', meetingId: carried.meetingId, organization: (0, card_text_1.uncardText)(carried.organization), createdAt: now.toISOString() };
}
class InputUseCases {
    repos;
    now;
    constructor(repos, now = () => new Date()) {
        this.repos = repos;
        this.now = now;
    }
    /** Plain text in personal chat ('preview': show it, store on "Send inn") or `innspill <tekst>` ('direct'). */
    async submit(actor, person, raw, activityId, mode, windows) {
        const l = actor.locale;
        const check = (0, contribution_1.checkInputText)(raw);
        if (!check.ok)
            return (0, actor_1.say)(check.reason === 'empty' ? texts_input_1.inputTexts.empty(l) : texts_input_1.inputTexts.tooLong(l, check.length));
        const now = this.now();
        const resolution = await (0, input_windows_1.resolveTargets)(this.repos, person?.value, now, undefined, windows);
        if (resolution.kind !== 'targets')
            return refusal(l, resolution);
        const draft = { draftId: activityId, text: check.text, mode, createdAt: now.toISOString() };
        const { targets } = resolution;
        if (targets.length > 1) {
            await this.saveDraft(actor, person, draft);
            return pickCard(l, draft, targets);
        }
        return this.proceed(actor, person, draft, targets[0]);
    }
    /** With meeting and organization known: store now (direct) or show the preview (the draft waits in the store). */
    async proceed(actor, person, draft, target) {
        const l = actor.locale;
        if (draft.mode === 'preview') {
            const placed = { ...draft, meetingId: target.window.meetingId, groupId: target.groupId, organization: target.organization, memberId: target.memberId };
            await this.saveDraft(actor, person, placed);
            return previewCard(l, { mode: 'preview', target, text: draft.text, draftId: draft.draftId });
        }
        const outcome = await storeNew(this.repos, target, draft.text, actor, draft.draftId, this.now());
        if (outcome.kind === 'stored')
            return previewCard(l, { mode: 'done', target, text: draft.text, note: texts_input_1.inputTexts.stored(l, target.organization, target.received) });
        if (outcome.kind === 'duplicate')
            return previewCard(l, { mode: 'done', target, text: outcome.contribution.text, note: texts_input_1.inputTexts.duplicate(l, target.organization) });
        // A second update: ask whether to replace or add. The new text rides on the card's buttons (with
        // the meeting and organization, re-checked against the person's memberships on the click), so
        // asking writes nothing.
        return previewCard(l, { mode: 'exists', target, text: outcome.existing.value.text, etag: outcome.existing.etag, newText: draft.text, draftId: draft.draftId, note: texts_input_1.inputTexts.existsNote(l, target.organization) });
    }
    /** "Send inn" on the preview. */
    async confirm(actor, draftId) {
        const loaded = await this.draftOf(actor, draftId);
        if ('reply' in loaded)
            return loaded.reply;
        return this.proceed(actor, loaded.person, { ...loaded.draft, mode: 'direct' }, loaded.target);
    }
    /** A choice on the pick card: the meeting and organization (checked against the person's own). */
    async pick(actor, draftId, meetingId, organization) {
        const loaded = await this.draftOf(actor, draftId, { meetingId, organization });
        if ('reply' in loaded)
            return loaded.reply;
        return this.proceed(actor, loaded.person, loaded.draft, loaded.target);
    }
    /** "Erstatt" / "Legg til" after a second update (the text from the stored draft, else from the card's own data). */
    async settle(actor, draftId, how, carried) {
        const l = actor.locale;
        const loaded = await this.draftOf(actor, draftId, undefined, carried);
        if ('reply' in loaded)
            return loaded.reply;
        const { draft, target } = loaded;
        const now = this.now();
        const changes = (existingText) => ({
            text: how === 'replace' ? draft.text : (0, contribution_1.appendInput)(existingText, draft.text),
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
        const revised = carried?.etag && (how === 'replace' || carried.existingText) // a stored text is never empty: '' = not carried
            ? await this.repos.contributions.revise(target.window.meetingId, target.organization, carried.etag, changes((0, card_text_1.uncardText)(carried.existingText ?? '')), draftId)
            : undefined;
        const result = revised ? { kind: 'stored', contribution: revised.value } : await (0, retry_1.retryOnConflict)(async () => {
            const existing = await this.repos.contributions.get(target.window.meetingId, target.organization);
            if (!existing)
                return storeNew(this.repos, target, draft.text, actor, draftId, now);
            if (existing.value.receipts?.includes(draftId))
                return { kind: 'duplicate', contribution: existing.value };
            const next = { ...existing.value, ...changes(existing.value.text), receipts: (0, contribution_1.withReceipt)(existing.value.receipts, draftId) };
            await this.repos.contributions.put(next, existing.etag);
            return { kind: 'stored', contribution: next };
        });
        const c = result.kind === 'exists' ? result.existing.value : result.contribution;
        return previewCard(l, { mode: 'done', target, text: c.text, note: result.kind === 'duplicate' ? texts_input_1.inputTexts.duplicate(l, target.organization) : texts_input_1.inputTexts.stored(l, target.organization, target.received) });
    }
    async cancel(actor, draftId) {
        if (actor.aadObjectId) {
            await (0, people_1.updatePerson)(this.repos, (0, people_1.aadKey)(actor.aadObjectId), (cur) => (cur?.draft?.draftId === draftId ? { ...cur, draft: undefined, updatedAt: this.now().toISOString() } : undefined));
        }
        return (0, actor_1.say)(texts_input_1.inputTexts.cancelled(actor.locale));
    }
    /** The person and every group's input windows in one request (a card click has no turn preload). */
    personAndWindows(actor) {
        return actor.aadObjectId ? this.repos.people.getWithWindows((0, people_1.aadKey)(actor.aadObjectId)) : Promise.resolve({ person: undefined });
    }
    /** The draft a card refers to, and its target (re-checked: window still open, still the person's). */
    async draftOf(actor, draftId, choice, carried) {
        const l = actor.locale;
        const { person, windows } = await this.personAndWindows(actor);
        const draft = person?.value.draft?.draftId === draftId ? person.value.draft : fromCard(draftId, carried, this.now());
        if (!person || !draft || draft.draftId !== draftId)
            return { reply: (0, actor_1.say)(texts_input_1.inputTexts.draftGone(l)) };
        const meetingId = choice?.meetingId ?? draft.meetingId;
        const organization = choice?.organization ?? draft.organization;
        if (!meetingId || !organization)
            return { reply: (0, actor_1.say)(texts_input_1.inputTexts.draftGone(l)) };
        const resolution = await (0, input_windows_1.resolveTargets)(this.repos, person.value, this.now(), { meetingId, organization }, windows);
        if (resolution.kind !== 'targets')
            return { reply: resolution.kind === 'closed' ? refusal(l, resolution) : (0, actor_1.say)(texts_input_1.inputTexts.notYours(l)) };
        return { person, draft, target: resolution.targets[0] };
    }
    async saveDraft(actor, person, draft) {
        if (!actor.aadObjectId)
            return;
        const key = (0, people_1.aadKey)(actor.aadObjectId);
        await (0, people_1.updatePerson)(this.repos, key, (cur) => (cur ? { ...cur, draft, updatedAt: this.now().toISOString() } : undefined), person);
    }
    /** `mine innspill`: the person's stored input in the open windows, with edit and withdraw. */
    async mine(actor, person, windows) {
        const l = actor.locale;
        const resolution = await (0, input_windows_1.resolveTargets)(this.repos, person?.value, this.now(), undefined, windows);
        if (resolution.kind !== 'targets')
            return refusal(l, resolution);
        const found = await Promise.all(resolution.targets.map(async (x) => ({ target: x, c: await this.repos.contributions.get(x.window.meetingId, x.organization) })));
        const items = found.filter((f) => f.c).map(({ target, c }, idx) => ({
            idx,
            meeting: texts_input_1.inputTexts.meetingLine(l, target.window, undefined, target.deadline),
            heading: (0, card_text_1.cardText)(target.organization),
            text: (0, card_text_1.cardText)(c.value.text),
            receivedLabel: texts_input_1.inputTexts.received(l, c.value.received) + (c.value.enteredBySecretariat ? (l === 'en' ? ' · entered by the secretariat' : ' · lagt inn av sekretariatet') : ''),
            meetingId: target.window.meetingId,
            organization: (0, card_text_1.cardText)(target.organization),
            field: `text-${idx}`,
        }));
        if (items.length === 0)
            return (0, actor_1.say)(texts_input_1.inputTexts.mineNone(l));
        const labels = l === 'en' ? { edit: 'Edit', save: 'Save', withdraw: 'Withdraw' } : { edit: 'Endre', save: 'Lagre', withdraw: 'Trekk innspill' };
        return { card: { template: 'input-mine', data: { title: texts_input_1.inputTexts.mineTitle(l), items, labels } } };
    }
    /** `trekk innspill` (all the person's input in open windows) or a card's withdraw (one, checked). */
    async withdraw(actor, person, only, windows) {
        const l = actor.locale;
        const read = person ? { person, windows } : await this.personAndWindows(actor);
        const resolution = await (0, input_windows_1.resolveTargets)(this.repos, read.person?.value, this.now(), only, read.windows);
        if (resolution.kind !== 'targets')
            return only && resolution.kind !== 'closed' ? (0, actor_1.say)(texts_input_1.inputTexts.notYours(l)) : refusal(l, resolution);
        const removed = [];
        for (const x of resolution.targets)
            if (await this.repos.contributions.delete(x.window.meetingId, x.organization))
                removed.push(x.organization);
        return (0, actor_1.say)(removed.length ? texts_input_1.inputTexts.withdrawn(l, removed) : texts_input_1.inputTexts.nothingToWithdraw(l));
    }
    /** "Lagre" on the edit form of `mine innspill`. */
    async edit(actor, meetingId, organization, raw, receipt) {
        const l = actor.locale;
        const check = (0, contribution_1.checkInputText)(raw);
        if (!check.ok)
            return (0, actor_1.say)(check.reason === 'empty' ? texts_input_1.inputTexts.empty(l) : texts_input_1.inputTexts.tooLong(l, check.length));
        const { person, windows } = await this.personAndWindows(actor);
        const resolution = await (0, input_windows_1.resolveTargets)(this.repos, person?.value, this.now(), { meetingId, organization }, windows);
        if (resolution.kind !== 'targets')
            return resolution.kind === 'closed' ? refusal(l, resolution) : (0, actor_1.say)(texts_input_1.inputTexts.notYours(l));
        const target = resolution.targets[0];
        const now = this.now();
        await (0, retry_1.retryOnConflict)(async () => {
            const existing = await this.repos.contributions.get(meetingId, target.organization);
            if (!existing)
                return storeNew(this.repos, target, check.text, actor, receipt, now);
            const next = { ...existing.value, text: check.text, authorName: actor.name, authorAadObjectId: actor.aadObjectId, enteredBySecretariat: false, updatedAt: now.toISOString(), receipts: (0, contribution_1.withReceipt)(existing.value.receipts, receipt) };
            await this.repos.contributions.put(next, existing.etag);
        });
        return previewCard(l, { mode: 'done', target, text: check.text, note: texts_input_1.inputTexts.edited(l, target.organization) });
    }
}
exports.InputUseCases = InputUseCases;
//# sourceMappingURL=contributions.js.map