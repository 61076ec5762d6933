import { inputWindow } from '../../domain/input';
import type { Locale } from '../actor';
import { cardText } from '../card-text';
import type { InputTally } from '../input-status';
import { inputLabels, inputTexts as t } from '../texts-input';
import { card, type CardOf, type Fields } from './card';

/** cards/input-status.json: `status`, who has sent input to the current window and who is missing. */
export interface InputStatusCardData {
  title: string;
  summary: string;
  receivedLabel: string;
  received: { org: string; label: string }[];
  missingLabel: string;
  missingText: string;
  showRemind: boolean;
  remindLabel: string;
  /** The scheduled reminders (#18 §4): next due, last sent, or off. */
  schedule: string;
}

export const inputStatusFields: Fields<InputStatusCardData> = {
  title: true,
  summary: true,
  receivedLabel: true,
  received: true,
  missingLabel: true,
  missingText: true,
  showRemind: true,
  remindLabel: true,
  schedule: true,
};

/** The status card; «Send påminnelse» only while organizations are missing and the window is open. */
export function inputStatusCard(l: Locale, tally: InputTally, summary: string, schedule: readonly string[], now: Date): CardOf<'input-status'> {
  const { window, received, missing } = tally;
  return card('input-status', {
    title: t.statusTitle(l, window),
    summary,
    receivedLabel: t.statusReceived(l),
    received: received.map((c) => ({
      org: cardText(c.organization),
      label: t.received(l, c.received) + (c.enteredBySecretariat ? inputLabels(l).bySecretariatShort : ''),
    })),
    missingLabel: t.statusMissing(l),
    missingText: cardText(missing.length ? missing.map((o) => `- ${o}`).join('\n') : t.none(l)),
    showRemind: missing.length > 0 && inputWindow(window, now).open,
    remindLabel: inputLabels(l).remind,
    schedule: schedule.join('\n'),
  });
}
