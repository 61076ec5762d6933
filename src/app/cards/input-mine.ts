import type { Input } from '../../domain/meeting-types';
import type { Locale } from '../actor';
import { cardText } from '../card-text';
import type { Target } from '../input-windows';
import { inputLabels, inputTexts as t } from '../texts-input';
import { card, type CardOf, type Fields } from './card';

/** One stored input with its edit box (`field` names the box) and withdraw button. */
export interface MineItem {
  idx: number;
  meeting: string;
  heading: string;
  text: string;
  receivedLabel: string;
  meetingId: string;
  organization: string;
  field: string;
}

/** cards/input-mine.json: `mine innspill`, the person's stored input in the open windows. */
export interface InputMineCardData {
  title: string;
  items: MineItem[];
  labels: Pick<ReturnType<typeof inputLabels>, 'edit' | 'save' | 'withdraw'>;
}

export const inputMineFields: Fields<InputMineCardData> = { title: true, items: true, labels: true };

/** The person's stored input, one entry per open window that has one. */
export function inputMineCard(l: Locale, stored: readonly { target: Target; input: Input }[]): CardOf<'input-mine'> {
  const items = stored.map(({ target, input: c }, idx) => ({
    idx,
    meeting: t.meetingLine(l, target.window, undefined, target.deadline),
    heading: cardText(target.organization),
    text: cardText(c.text),
    receivedLabel: t.received(l, c.received) + (c.enteredBySecretariat ? inputLabels(l).bySecretariat : ''),
    meetingId: target.window.meetingId,
    organization: cardText(target.organization),
    field: `text-${idx}`,
  }));
  const { edit, save, withdraw } = inputLabels(l);
  return card('input-mine', { title: t.mineTitle(l), items, labels: { edit, save, withdraw } });
}
