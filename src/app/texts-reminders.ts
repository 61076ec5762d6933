import { osloClock, osloDate } from '../domain/input';
import { pick, type Locale, type Text } from '../domain/language';
import { formatClock, formatDate } from '../domain/norwegian-time';
import { KIND_INPUT, MAX_INPUT_REMINDER_DAYS, type ScheduledJob } from '../domain/schedule';

/** Scheduled reminders (#18 §4): the reminder on the meeting day, the settings' answers and the lines in `status`. */

export type ReminderSetting = 'inputReminderDays' | 'meetingDayReminder';

const when = (d: Date, l: Locale) => `${osloDate(d)} ${pick(l, { nb: 'kl.', nn: 'kl.', en: 'at' })} ${osloClock(d)}`;
const NAMES: Record<ReminderSetting, Text> = {
  inputReminderDays: { nb: 'påminnelse innspill', nn: 'påminning innspel', en: 'reminder input' },
  meetingDayReminder: { nb: 'påminnelse møtedag', nn: 'påminning møtedag', en: 'reminder meeting-day' },
};
const OFF: Text = { nb: 'av', nn: 'av', en: 'off' };
const NOTHING: Text = { nb: 'Ingenting ble endret.', nn: 'Ingenting vart endra.', en: 'Nothing was changed.' };

/** «2 dager før fristen» / «kl. 08.00 på møtedagen» / «av». */
function valueOf(l: Locale, n: ReminderSetting, v: number | string | false): string {
  if (v === false) return pick(l, OFF);
  if (n === 'inputReminderDays') {
    const days = Number(v);
    if (days === 0) return pick(l, { nb: 'på fristdagen kl. 09.00', nn: 'på fristdagen kl. 09.00', en: 'on the deadline day at 09:00' });
    return pick(l, {
      nb: `${days} ${days === 1 ? 'dag' : 'dager'} før fristen kl. 09.00, til organisasjoner som ikke har sendt innspill`,
      nn: `${days} ${days === 1 ? 'dag' : 'dagar'} før fristen kl. 09.00, til organisasjonar som ikkje har sendt innspel`,
      en: `${days} ${days === 1 ? 'day' : 'days'} before the deadline at 09:00, to organizations that have not sent input`,
    });
  }
  return pick(l, {
    nb: `kl. ${formatClock(String(v))} på møtedagen, til alle deltakerne`,
    nn: `kl. ${formatClock(String(v))} på møtedagen, til alle deltakarane`,
    en: `at ${formatClock(String(v), 'en')} on the meeting day, to all members`,
  });
}

const KIND_NAMES: Record<string, Text> = {
  [KIND_INPUT]: { nb: 'påminnelse om innspill', nn: 'påminning om innspel', en: 'input reminder' },
  // KIND_REVIEW of src/app/review-reminder.ts (not imported: that file imports the texts).
  'review-reminder': { nb: 'påminnelse om høringen av referatet', nn: 'påminning om høyringa av referatet', en: 'reminder of the minutes’ review' },
};
const MEETING_DAY_NAME: Text = { nb: 'påminnelse på møtedagen', nn: 'påminning på møtedagen', en: 'meeting-day reminder' };
const kindName = (l: Locale, kind: string) => pick(l, KIND_NAMES[kind] ?? MEETING_DAY_NAME);
/** A meeting's date, or a dash when its meeting is gone. */
const day = (date: string) => (date ? formatDate(date) : '–');

export const reminderTexts = {
  meetingDay: (l: Locale, groupName: string, date: string, start: string, end: string, place: string) =>
    pick(l, {
      nb: `Påminnelse fra ${groupName}: møtet er i dag, ${formatDate(date)} kl. ${formatClock(start)}–${formatClock(end)}${place ? `, ${place}` : ''}. Vel møtt!`,
      nn: `Påminning frå ${groupName}: møtet er i dag, ${formatDate(date)} kl. ${formatClock(start)}–${formatClock(end)}${place ? `, ${place}` : ''}. Vel møtt!`,
      en: `Reminder from ${groupName}: the meeting is today, ${formatDate(date)} ${formatClock(start, 'en')}–${formatClock(end, 'en')}${place ? `, ${place}` : ''}. See you there!`,
    }),

  /** In the group's home chat when a scheduled reminder could not reach everyone: what `påminnelse` would have answered. */
  homeReport: (l: Locale, kind: string, done: string) =>
    pick(l, { nb: 'Automatisk ', nn: 'Automatisk ', en: 'Scheduled ' }) + `${kindName(l, kind)}: ${done.charAt(0).toLowerCase()}${done.slice(1)}`,

  /** The two lines `innstilling` lists besides the document settings. */
  settingLines: (l: Locale, input: number | false, meetingDay: string | false) => [
    `- ${pick(l, NAMES.inputReminderDays)}: ${valueOf(l, 'inputReminderDays', input)}`,
    `- ${pick(l, NAMES.meetingDayReminder)}: ${valueOf(l, 'meetingDayReminder', meetingDay)}`,
  ],
  changed: (l: Locale, n: ReminderSetting, v: number | string | false) =>
    pick(l, {
      nb: `${NAMES[n].nb} er nå ${valueOf('nb', n, v)}. Gjelder møtene som kommer.`,
      nn: `${NAMES[n].nn} er no ${valueOf('nn', n, v)}. Gjeld for dei komande møta.`,
      en: `${NAMES[n].en} is now ${valueOf('en', n, v)}. Applies to the coming meetings.`,
    }),
  unchanged: (l: Locale, n: ReminderSetting, v: number | string | false) =>
    pick(l, {
      nb: `${NAMES[n].nb} var allerede ${valueOf('nb', n, v)}. ${NOTHING.nb}`,
      nn: `${NAMES[n].nn} var allereie ${valueOf('nn', n, v)}. ${NOTHING.nn}`,
      en: `${NAMES[n].en} was already ${valueOf('en', n, v)}. ${NOTHING.en}`,
    }),
  badDays: (l: Locale, value: string) =>
    pick(l, {
      nb: `«${value}» er ikke et antall dager fra 0 til ${MAX_INPUT_REMINDER_DAYS}. Skriv for eksempel «innstilling påminnelse innspill 2 dager» eller «innstilling påminnelse innspill av». ${NOTHING.nb}`,
      nn: `«${value}» er ikkje eit tal på dagar frå 0 til ${MAX_INPUT_REMINDER_DAYS}. Skriv til dømes «innstilling påminning innspel 2 dagar» eller «innstilling påminning innspel av». ${NOTHING.nn}`,
      en: `"${value}" is not a number of days from 0 to ${MAX_INPUT_REMINDER_DAYS}. Write e.g. "setting reminder input 2 days" or "setting reminder input off". ${NOTHING.en}`,
    }),
  badClock: (l: Locale, value: string) =>
    pick(l, {
      nb: `«${value}» er ikke et klokkeslett. Skriv for eksempel «innstilling påminnelse møtedag 08:00» eller «innstilling påminnelse møtedag av». ${NOTHING.nb}`,
      nn: `«${value}» er ikkje eit klokkeslett. Skriv til dømes «innstilling påminning møtedag 08:00» eller «innstilling påminning møtedag av». ${NOTHING.nn}`,
      en: `"${value}" is not a time of day. Write e.g. "setting reminder meeting-day 08:00" or "setting reminder meeting-day off". ${NOTHING.en}`,
    }),

  /** `mine data` (#18 §4): what a scheduled reminder's job holds about the person. */
  privacySection: (l: Locale) => pick(l, { nb: 'Automatiske påminnelser', nn: 'Automatiske påminningar', en: 'Scheduled reminders' }),
  privacyUnreachable: (l: Locale, group: string, kind: string, date: string, until: string) =>
    pick(l, {
      nb: `${group}, ${kindName('nb', kind)} for møtet ${day(date)}: kunne ikke nå deg (navnet ditt står i resultatet til ${day(until)})`,
      nn: `${group}, ${kindName('nn', kind)} for møtet ${day(date)}: nådde deg ikkje (namnet ditt står i resultatet til ${day(until)})`,
      en: `${group}, ${kindName('en', kind)} for the meeting of ${day(date)}: could not reach you (your name is in its result until ${day(until)})`,
    }),
  privacyDelivered: (l: Locale, group: string, kind: string, date: string) =>
    pick(l, {
      nb: `${group}, ${kindName('nb', kind)} for møtet ${day(date)}: merket som sendt til deg mens utsendelsen pågår`,
      nn: `${group}, ${kindName('nn', kind)} for møtet ${day(date)}: merkt som sendt til deg medan utsendinga går føre seg`,
      en: `${group}, ${kindName('en', kind)} for the meeting of ${day(date)}: marked as sent to you while it is being sent`,
    }),
  privacyErased: (l: Locale, group: string, kind: string, date: string) =>
    pick(l, {
      nb: `${kindName('nb', kind)}: ${group}, møtet ${day(date)}`,
      nn: `${kindName('nn', kind)}: ${group}, møtet ${day(date)}`,
      en: `${kindName('en', kind)}: ${group}, the meeting of ${day(date)}`,
    }),

  /** `status`: the scheduled reminders of the group (next due, last sent) or that they are off. */
  statusLines: (l: Locale, off: boolean, next: ScheduledJob[], last: ScheduledJob | undefined) => {
    const lines: string[] = [];
    if (off) lines.push(pick(l, { nb: 'Automatiske påminnelser: av.', nn: 'Automatiske påminningar: av.', en: 'Scheduled reminders: off.' }));
    for (const job of next)
      lines.push(
        pick(l, { nb: 'Neste automatiske påminnelse', nn: 'Neste automatiske påminning', en: 'Next scheduled reminder' }) +
          `: ${kindName(l, job.kind)} ${when(new Date(job.dueAt), l)}.`,
      );
    if (!off && next.length === 0)
      lines.push(
        pick(l, { nb: 'Ingen automatiske påminnelser står for tur.', nn: 'Ingen automatiske påminningar står for tur.', en: 'No scheduled reminder is due.' }),
      );
    if (last?.finishedAt && last.result) {
      const r = last.result;
      const head = pick(l, { nb: 'Sist sendt', nn: 'Sist sendt', en: 'Last sent' }) + `: ${kindName(l, last.kind)} ${when(new Date(last.finishedAt), l)}`;
      const count = pick(l, { nb: ` til ${r.sent}`, nn: ` til ${r.sent}`, en: ` to ${r.sent}` });
      const missed = r.unreachable.length ? pick(l, { nb: '; nådde ikke: ', nn: '; nådde ikkje: ', en: '; could not reach: ' }) + r.unreachable.join(', ') : '';
      lines.push(`${head}${count}${missed}.`);
    }
    return lines;
  },
};
