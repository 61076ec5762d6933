import { isNorwegian, type Locale } from '../domain/language';
import { say, type Actor, type Reply } from './actor';
import type { GroupContext } from './group-context';
import { aadKey, updatePerson } from './people';
import type { PersonRecord, Repositories, Versioned } from './ports';
import { retryOnConflict } from './retry';
import { languageTexts as t } from './texts-language';
import { privacyTexts } from './texts-privacy';

/*
 * The written language (#19): the group's (`språk`, group chat, cards and every document) and a
 * person's own (`mitt språk`, personal chat). Both are settings on documents the turn reads anyway:
 * the group document in its chat, the person's `aad:` record and their groups' input windows in
 * personal chat. Changing one changes only how things are written from then on, never stored text.
 */

const WORDS: Record<string, Locale> = {
  nynorsk: 'nn',
  nn: 'nn',
  bokmål: 'nb',
  bokmal: 'nb',
  nb: 'nb',
  norsk: 'nb',
  english: 'en',
  engelsk: 'en',
  en: 'en',
};

/** «nynorsk», «Bokmål», «english» (any case) as a Locale; undefined for anything else. */
export function parseLanguage(word: string): Locale | undefined {
  return WORDS[word.trim().toLocaleLowerCase('nb')];
}

/**
 * The language of a turn: in a group's chat the group's, in personal chat the person's own, then
 * their group's; else the client's locale (en-* English, nn-* nynorsk, else Bokmål).
 */
export function turnLocale(
  actor: Pick<Actor, 'locale' | 'conversationType'>,
  chosen: { group?: Locale; person?: Locale; personGroups?: readonly (Locale | undefined)[] },
): Locale {
  if (actor.conversationType !== 'personal') return chosen.group ?? actor.locale;
  const groups = [...new Set((chosen.personGroups ?? []).filter((l): l is Locale => l !== undefined))];
  // Several groups in different languages: Norwegian before English when they disagree, nynorsk only when all do.
  const ofGroups = groups.length === 1 ? groups[0] : groups.length > 1 ? (groups.every(isNorwegian) ? 'nb' : undefined) : undefined;
  return chosen.person ?? chosen.group ?? ofGroups ?? actor.locale;
}

/** `språk [nynorsk|bokmål|english]` (secretariat, the group's chat): shows or sets the group's language. */
export async function setGroupLanguage(repos: Repositories, actor: Actor, ctx: GroupContext, args: string): Promise<Reply> {
  const word = args.trim();
  if (!word) return say(t.groupNow(actor.locale, ctx.group.value.settings?.language));
  const language = parseLanguage(word);
  if (!language) return say(t.unknown(actor.locale, word.slice(0, 40)));
  const groupId = ctx.group.value.groupId;
  const changed = await retryOnConflict(async () => {
    const current = await repos.groups.get(groupId);
    if (!current) throw new Error('group vanished');
    if ((current.value.settings?.language ?? 'nb') === language && current.value.settings?.language) return false;
    await repos.groups.replace({ ...current.value, settings: { ...current.value.settings, language } }, current.etag);
    return true;
  });
  if (changed) await copyToWindows(repos, groupId, language);
  // The answer is already in the new language.
  return say(changed ? t.groupSet(language) : t.groupUnchanged(language));
}

/** Personal chat reads the group's language from its input windows (the read it makes anyway). */
async function copyToWindows(repos: Repositories, groupId: string, language: Locale): Promise<void> {
  await retryOnConflict(async () => {
    const current = await repos.inputWindows.get(groupId);
    if (!current || current.value.language === language) return;
    await repos.inputWindows.put({ ...current.value, language }, current.etag);
  });
}

/** `mitt språk [nynorsk|bokmål|english]` (anyone, personal chat): the person's own language there. */
export async function setMyLanguage(repos: Repositories, actor: Actor, args: string, known?: Versioned<PersonRecord> | null): Promise<Reply> {
  const word = args.trim();
  if (!word) return say(t.mineNow(actor.locale, known?.value.language));
  const language = parseLanguage(word);
  if (!language) return say(t.unknown(actor.locale, word.slice(0, 40)));
  if (!actor.aadObjectId) return say(privacyTexts.noTeamsUser(actor.locale));
  if (known?.value.language === language) return say(t.mineUnchanged(language));
  const key = aadKey(actor.aadObjectId);
  await updatePerson(
    repos,
    key,
    (cur) => (cur?.language === language ? undefined : { ...(cur ?? { key, memberships: [] }), key, language, updatedAt: new Date().toISOString() }),
    known ?? undefined,
  );
  return say(t.mineSet(language));
}

/** A card click's language, once its use case has read the group: the group's in a shared chat (a click does not pass bot/app.ts). */
export function readerLocale(actor: Pick<Actor, 'locale' | 'conversationType'>, ctx: Pick<GroupContext, 'group'>): Locale {
  return turnLocale(actor, { group: ctx.group.value.settings?.language });
}
