import type { CardDataOf, CardName } from '../src/app/cards/card';
import { renderCard } from './render';
import agenda from './agenda.json';
import approval from './approval.json';
import notice from './notice.json';
import inputMine from './input-mine.json';
import inputPreview from './input-preview.json';
import inputStatus from './input-status.json';
import pickMeeting from './pick-meeting.json';
import currentItem from './current-item.json';
import roundTable from './round-table.json';
import rollCall from './roll-call.json';
import meetingSummary from './meeting-summary.json';
import privacyErase from './privacy-erase.json';
import pasteForm from './paste-form.json';
import startConfirm from './start-confirm.json';
import endConfirm from './end-confirm.json';
import followUps from './follow-ups.json';
import cancelConfirm from './cancel-confirm.json';
import identityLink from './identity-link.json';
import download from './download.json';
import searchResults from './search-results.json';
import reviewMember from './review-member.json';
import reviewTally from './review-tally.json';

/**
 * The card templates by name (JSON files beside this one, with ${…} bindings). A use case answers
 * { card: { template, data } } and the bot renders it here. Add a template: import its JSON, list it.
 */
export const TEMPLATES: Record<CardName, object> = {
  agenda,
  notice,
  approval,
  'input-preview': inputPreview,
  'input-mine': inputMine,
  'input-status': inputStatus,
  'pick-meeting': pickMeeting,
  'current-item': currentItem,
  'round-table': roundTable,
  'roll-call': rollCall,
  'meeting-summary': meetingSummary,
  'privacy-erase': privacyErase,
  'paste-form': pasteForm,
  'start-confirm': startConfirm,
  'end-confirm': endConfirm,
  'follow-ups': followUps,
  'cancel-confirm': cancelConfirm,
  'identity-link': identityLink,
  download,
  'search-results': searchResults,
  'review-member': reviewMember,
  'review-tally': reviewTally,
};

/** Renders a card by template name with that template's data type (a union of names takes any of their data). */
export function renderNamedCard<K extends CardName>(name: K, data: CardDataOf<K>): Record<string, unknown> {
  const template = TEMPLATES[name];
  if (!template) throw new Error(`no card template named ${name}`);
  return renderCard(template, data);
}
