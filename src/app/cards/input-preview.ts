import type { Locale, Reply } from '../actor';
import { cardText } from '../card-text';
import type { Target } from '../input-windows';
import { inputLabels, inputTexts as t } from '../texts-input';
import { card, type Fields } from './card';

/** cards/input-preview.json: a member's input before and after it is stored, or the «replace or add» question. */
export interface InputPreviewCardData {
  /** 'note': a card click answered in text only (the bot shows the text as the card). */
  mode: InputPreview['mode'] | 'note';
  title: string;
  meeting: string;
  heading: string;
  text: string;
  receivedLabel: string;
  newTextLabel: string;
  newText: string;
  note: string;
  draftId: string;
  pendingMeetingId: string;
  pendingOrganization: string;
  pendingEtag: string;
  existingText: string;
  labels: Pick<ReturnType<typeof inputLabels>, 'send' | 'cancel' | 'replace' | 'append'>;
}

export const inputPreviewFields: Fields<InputPreviewCardData> = {
  mode: true,
  title: true,
  meeting: true,
  heading: true,
  text: true,
  receivedLabel: true,
  newTextLabel: true,
  newText: true,
  note: true,
  draftId: true,
  pendingMeetingId: true,
  pendingOrganization: true,
  pendingEtag: true,
  existingText: true,
  labels: true,
};

/** What the input card shows: a preview to send, a «replace or add» question, or what was stored. */
export interface InputPreview {
  mode: 'preview' | 'exists' | 'done';
  target: Target;
  text: string;
  /** 'exists': the version shown, so "Erstatt" / "Legg til" can change exactly it in one request. */
  etag?: string;
  draftId?: string;
  note?: string;
  title?: string;
  newText?: string;
  /**
   * 'message' (a typed input): the confirmation is the message text, and the card does not repeat it
   * (#16 §4: it arrived twice). A card click's answer is the card alone, so there it stays on the card.
   */
  answer?: 'message' | 'card-click';
}

const CARRY_EXISTING_MAX_CHARS = 6_000;

/**
 * Teams refuses a bot message over about 28 KB (HTTP 413), card JSON included. The «replace or add»
 * card holds the new text three times (shown, and carried on «Erstatt» and «Legg til») and the stored
 * text once or twice: up to 8000 + 8000 characters of input made a 35 KB message that never arrived.
 * The user text on that card is kept within this many UTF-8 bytes (the card frame and the activity
 * take about 1.5 KB more): the new text always whole, the stored text whole when it fits, else its
 * start with a line saying so. The preview of a new input (one copy, at most 8000 characters, about
 * 9.5 KB) is always whole.
 */
export const CARD_TEXT_BUDGET_BYTES = 25_000;
const utf8 = (s: string) => Buffer.byteLength(s, 'utf8');

/** The stored text as the «replace or add» card can show it, and whether it carries it for «Legg til». */
function existingOnCard(existing: string, newText: string): { shown: string; carried: boolean; shortened: boolean } {
  const room = CARD_TEXT_BUDGET_BYTES - 3 * utf8(newText);
  const carried = existing.length + newText.length <= CARRY_EXISTING_MAX_CHARS && 2 * utf8(existing) <= room;
  if (carried || utf8(existing) <= room) return { shown: existing, carried, shortened: false };
  // At least a start to recognise it by, even when the new text alone fills the budget.
  let end = Math.max(0, Math.min(existing.length, room));
  while (end > 300 && utf8(existing.slice(0, end)) > room) end = Math.floor(end * 0.9);
  end = Math.max(Math.min(300, existing.length), end);
  return { shown: `${existing.slice(0, end)}…`, carried: false, shortened: true };
}

export function previewCard(l: Locale, d: InputPreview): Reply {
  const existing = d.mode === 'exists' ? existingOnCard(d.text, d.newText ?? '') : { shown: d.text, carried: false, shortened: false };
  const note = d.mode === 'done' && d.answer === 'message' ? '' : (d.note ?? (d.mode === 'preview' ? t.previewNote(l) : ''));
  return {
    text: d.mode === 'done' && d.answer === 'message' ? d.note : undefined,
    card: card('input-preview', {
      mode: d.mode,
      title: d.title ?? (d.mode === 'exists' ? t.existsTitle(l) : d.mode === 'done' ? t.storedTitle(l) : t.previewTitle(l)),
      meeting: t.meetingLine(l, d.target.window, undefined, d.target.deadline),
      heading: cardText(d.target.organization),
      text: cardText(existing.shown),
      receivedLabel: d.mode === 'exists' ? '' : t.received(l, d.target.received),
      newTextLabel: d.newText ? t.newText(l) : '',
      newText: d.newText ? cardText(d.newText) : '',
      note: existing.shortened ? `${t.existingShortened(l, existing.shown.length - 1, d.text.length)}\n\n${note}` : note,
      draftId: d.draftId ?? '',
      // "Erstatt" / "Legg til" carry where the new text goes (re-checked on the click) and the text itself.
      pendingMeetingId: d.mode === 'exists' ? d.target.window.meetingId : '',
      pendingOrganization: d.mode === 'exists' ? cardText(d.target.organization) : '',
      pendingEtag: d.mode === 'exists' ? (d.etag ?? '') : '',
      // Carried for "Legg til" only while the card stays well inside Teams' message size; without it the click reads the input first.
      existingText: existing.carried ? cardText(d.text) : '',
      labels: (({ send, cancel, replace, append }) => ({ send, cancel, replace, append }))(inputLabels(l)),
    }),
  };
}
