import type { GroupData, GroupSettings } from '../domain/group';
import { say, type Actor, type Reply } from './actor';
import type { GroupContext } from './group-context';
import type { Repositories } from './ports';
import { retryOnConflict } from './retry';
import { settingsTexts as t, type SettingName } from './texts-settings';

/** The words a setting answers to (nb and en), and the field of GroupSettings it sets. */
const SETTINGS: Record<SettingName, { words: string[]; field: keyof GroupSettings }> = {
  decisionLabel: { words: ['vedtaksetikett', 'decision-label', 'decision label'], field: 'decisionLabel' },
  keepMarkers: { words: ['markører', 'markorer', 'markers'], field: 'keepMarkers' },
};
const ON = /^(på|paa|on|ja|yes)$/i;
const OFF = /^(av|off|nei|no)$/i;

/**
 * `innstilling [<navn> på|av]`: how the group writes its documents (#17 §1.1, §1.10). Without
 * arguments it lists the settings and their values; a repeat of the same value changes nothing.
 */
export async function changeSetting(repos: Repositories, actor: Actor, ctx: GroupContext, args: string): Promise<Reply> {
  const l = actor.locale;
  const words = args.trim().replace(/\s+/g, ' ');
  if (!words) return say(t.list(l, currentOf(ctx.group.value)));
  const m = /^(.+?)\s+(\S+)$/.exec(words);
  const name = m && (Object.keys(SETTINGS) as SettingName[]).find((n) => SETTINGS[n].words.includes(m[1].toLocaleLowerCase('nb')));
  if (!m || !name) return say(t.unknown(l, words));
  const value = ON.test(m[2]) ? true : OFF.test(m[2]) ? false : undefined;
  if (value === undefined) return say(t.badValue(l, m[2]));
  const field = SETTINGS[name].field;
  const changed = await retryOnConflict(async () => {
    const current = await repos.groups.get(ctx.group.value.groupId);
    if (!current) throw new Error('group vanished');
    if ((current.value.settings?.[field] ?? false) === value) return false;
    await repos.groups.replace({ ...current.value, settings: { ...current.value.settings, [field]: value } }, current.etag);
    return true;
  });
  return say(changed ? t.changed(l, name, value) : t.unchanged(l, name, value));
}

function currentOf(group: GroupData): Record<SettingName, boolean> {
  return { decisionLabel: group.settings?.decisionLabel ?? false, keepMarkers: group.settings?.keepMarkers ?? false };
}
