import { meetingDate } from '../../domain/input';
import type { Locale, Reply } from '../actor';
import { cardText } from '../card-text';
import type { Target } from '../input-windows';
import type { InputDraft } from '../ports';
import { inputLabels, inputTexts as t } from '../texts-input';
import { card, type Fields } from './card';

/** One meeting and organization to choose; the click carries where the draft goes (re-checked then). */
export interface PickChoice {
  label: string;
  draftId: string;
  meetingId: string;
  organization: string;
}

/** cards/pick-meeting.json: which of the open windows an input is for. */
export interface PickMeetingCardData {
  title: string;
  text: string;
  choices: PickChoice[];
  draftId: string;
  cancelLabel: string;
}

export const pickMeetingFields: Fields<PickMeetingCardData> = { title: true, text: true, choices: true, draftId: true, cancelLabel: true };

/** Which meeting and organization the input is for, when the person has more than one open. */
export function pickCard(l: Locale, draft: InputDraft, targets: Target[]): Reply {
  const choices = targets.map((x) => ({
    label: cardText(`${x.organization} – ${meetingDate(x.window.date)}`),
    draftId: draft.draftId,
    meetingId: x.window.meetingId,
    organization: cardText(x.organization),
  }));
  const excerpt = draft.text.length > 300 ? `${draft.text.slice(0, 300)}…` : draft.text;
  return {
    card: card('pick-meeting', { title: t.pickTitle(l), text: cardText(excerpt), choices, draftId: draft.draftId, cancelLabel: inputLabels(l).cancel }),
  };
}
