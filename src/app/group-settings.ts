import type { GroupData, GroupSettings } from '../domain/group';
import { say, type Actor, type Reply } from './actor';
import type { GroupContext } from './group-context';
import type { Repositories } from './ports';
import { retryOnConflict } from './retry';
import { inputReminderDays, MAX_INPUT_REMINDER_DAYS, meetingDayTime, parseClock } from '../domain/schedule';
import { resyncGroupReminders } from './reminders';
import { reminderTexts as rt, type ReminderSetting } from './texts-reminders';
import { changeShortName, SHORT_NAME_WORDS, shortNamePairs } from './short-names';
import { shortNameTexts } from './texts-short-names';
import { settingsTexts as t, type FlagName, type SettingName, type SettingValues, type TextName } from './texts-settings';

/** The words a setting answers to (nb, nn and en). On/off settings and text settings have the same names as their GroupSettings field. */
const FLAGS: Record<FlagName, string[]> = {
  decisionLabel: ['vedtaksetikett', 'decision-label', 'decision label'],
  keepMarkers: ['markører', 'markørar', 'markorer', 'markers'],
};
const TEXTS: Record<TextName, string[]> = {
  sender: ['avsender', 'avsendar', 'sender'],
  phone: ['telefon', 'tlf', 'phone'],
  archiveCode: ['arkivkode', 'archive-code', 'archive code'],
};
/** The scheduled reminders (#18 §4): `påminnelse innspill <0–14> [dager]|av`, `påminnelse møtedag <tt:mm>|av`. */
const REMINDERS: { words: Record<ReminderSetting, string[]> } = {
  words: {
    inputReminderDays: ['påminnelse innspill', 'påminning innspel', 'påminnelse innspel', 'påminning innspill', 'reminder input'],
    meetingDayReminder: ['påminnelse møtedag', 'påminning møtedag', 'reminder meeting-day', 'reminder meeting day'],
  },
};
const DAYS = /^(\d{1,3})(?:\s*(?:dager|dagar|dag|days|day|d))?$/i;
const ON = /^(på|paa|on|ja|yes)$/i;
const OFF = /^(av|off|nei|no)$/i;
/** A text setting is cleared with one of these words. */
const CLEAR = /^(av|off|fjern|remove|-)$/i;
const PHONE = /^\+?[0-9][0-9 ]{4,18}[0-9]$/;
const MAX_TEXT = 120;

/**
 * `innstilling [<navn> <verdi>]`: how the group writes its documents (#17 §1.1, §1.2, §1.10). On/off
 * settings take på|av; text settings (avsender, telefon, arkivkode) take the text, «av» clears.
 * Without arguments it lists the settings and their values; a repeat of the same value changes nothing.
 */
export async function changeSetting(repos: Repositories, actor: Actor, ctx: GroupContext, args: string, now: Date = new Date()): Promise<Reply> {
  const l = actor.locale;
  const words = args.trim().replace(/\s+/g, ' ');
  if (!words) {
    const s = ctx.group.value.settings;
    return say(
      [
        t.list(l, currentOf(ctx.group.value)),
        ...rt.settingLines(l, inputReminderDays(s), meetingDayTime(s)),
        shortNameTexts.list(l, shortNamePairs(s?.shortNames)),
      ].join('\n'),
    );
  }
  const lower = words.toLocaleLowerCase('nb');
  // Short organization names take an organization and a name, not one value: their own use case (#17 §1.3).
  const short = SHORT_NAME_WORDS.find((w) => lower === w || lower.startsWith(`${w} `));
  if (short) return changeShortName(repos, actor, ctx, words.slice(short.length));
  // The setting whose name the text starts with, and the name as written: what follows it is the value.
  const said = <N extends string>(table: Record<N, string[]>) => {
    for (const name of Object.keys(table) as N[]) {
      const word = table[name].find((w) => lower === w || lower.startsWith(`${w} `));
      if (word) return { name, word };
    }
    return undefined;
  };
  const reminder = said(REMINDERS.words);
  if (reminder) return changeReminder(repos, l, ctx, reminder.name, words.slice(reminder.word.length).trim(), now);
  const text = said(TEXTS);
  const found = text ?? said(FLAGS);
  if (!found) return say(t.unknown(l, words));
  const name: SettingName = found.name;
  const textName: TextName | undefined = text?.name;
  const raw = words.slice(found.word.length).trim();
  let value: boolean | string | undefined;
  if (textName) {
    if (!raw) return say(t.missingText(l, textName));
    value = CLEAR.test(raw) ? '' : raw; // already one line: `words` collapsed every run of whitespace
    if (typeof value === 'string' && value.length > MAX_TEXT) return say(t.tooLong(l, textName, MAX_TEXT));
    if (textName === 'phone' && value && !PHONE.test(value)) return say(t.badPhone(l, raw));
  } else {
    value = ON.test(raw) ? true : OFF.test(raw) ? false : undefined;
    if (value === undefined) return say(t.badValue(l, raw));
  }
  const field = name as keyof GroupSettings;
  const stored = (s: GroupSettings | undefined) => s?.[field] ?? (textName ? '' : false);
  const changed = await retryOnConflict(async () => {
    const current = await repos.groups.get(ctx.group.value.groupId);
    if (!current) throw new Error('group vanished');
    if (stored(current.value.settings) === value) return false;
    const settings: GroupSettings = { ...current.value.settings, [field]: value };
    if (value === '') delete settings[field];
    await repos.groups.replace({ ...current.value, settings }, current.etag);
    return true;
  });
  return say(changed ? t.changed(l, name, value) : t.unchanged(l, name, value));
}

function currentOf(group: GroupData): SettingValues {
  const s = group.settings;
  return {
    decisionLabel: s?.decisionLabel ?? false,
    keepMarkers: s?.keepMarkers ?? false,
    sender: s?.sender ?? '',
    phone: s?.phone ?? '',
    archiveCode: s?.archiveCode ?? '',
  };
}

/**
 * `innstilling påminnelse innspill|møtedag <verdi>`: stored on the group, then every coming meeting's
 * jobs are written again (reminders.ts). «på» brings back the default (2 days, 08:00); «av» stops them.
 * A value out of range is refused and nothing changes.
 */
async function changeReminder(repos: Repositories, l: Actor['locale'], ctx: GroupContext, name: ReminderSetting, raw: string, now: Date): Promise<Reply> {
  let value: number | string | false | undefined;
  if (OFF.test(raw)) value = false;
  else if (ON.test(raw)) value = undefined;
  else if (name === 'inputReminderDays') {
    const m = DAYS.exec(raw);
    if (!m || Number(m[1]) > MAX_INPUT_REMINDER_DAYS) return say(rt.badDays(l, raw));
    value = Number(m[1]);
  } else {
    value = parseClock(raw);
    if (!value) return say(rt.badClock(l, raw));
  }
  const effective = (s: GroupSettings | undefined) => (name === 'inputReminderDays' ? inputReminderDays(s) : meetingDayTime(s));
  const saved = await retryOnConflict(async () => {
    const current = await repos.groups.get(ctx.group.value.groupId);
    if (!current) throw new Error('group vanished');
    const settings: GroupSettings = { ...current.value.settings };
    if (value === undefined) delete settings[name];
    else settings[name] = value as never;
    if (effective(current.value.settings) === effective(settings)) return undefined;
    return (await repos.groups.replace({ ...current.value, settings }, current.etag)).value;
  });
  const shown = value === undefined ? effective(undefined) : value;
  if (!saved) return say(rt.unchanged(l, name, shown));
  await resyncGroupReminders(repos, saved, now);
  return say(rt.changed(l, name, shown));
}
