import type { AgendaCardData } from './agenda';
import type { ApprovalCardData } from './approval';
import type { CancelConfirmCardData } from './cancel-confirm';
import type { CurrentItemCardData } from './current-item';
import type { DownloadCardData } from './download';
import type { EndConfirmCardData } from './end-confirm';
import type { FollowUpsCardData } from './follow-ups';
import type { IdentityLinkCardData } from './identity-link';
import type { InputMineCardData } from './input-mine';
import type { InputPreviewCardData } from './input-preview';
import type { InputStatusCardData } from './input-status';
import type { MeetingSummaryCardData } from './meeting-summary';
import type { NoticeCardData } from './notice';
import type { PasteFormCardData } from './paste-form';
import type { PickMeetingCardData } from './pick-meeting';
import type { PrivacyEraseCardData } from './privacy-erase';
import type { RollCallCardData } from './roll-call';
import type { RoundTableCardData } from './round-table';
import type { StartConfirmCardData } from './start-confirm';
import type { SearchResultsCardData } from './search-results';
import type { ReviewMemberCardData } from './review-member';
import type { ReviewTallyCardData } from './review-tally';

/**
 * The data each card template (cards/<name>.json) is rendered with, by template name. The keys are
 * the template names: cards/index.ts maps each to its JSON, so a renamed or missing template fails to
 * compile; the values make a missing or misnamed field fail to compile where a card is built (#13 §4).
 * tests/unit/card-fields checks that every ${binding} a template uses is a field of its type.
 */
export interface CardDataMap {
  download: DownloadCardData;
  agenda: AgendaCardData;
  notice: NoticeCardData;
  approval: ApprovalCardData;
  'input-preview': InputPreviewCardData;
  'input-mine': InputMineCardData;
  'input-status': InputStatusCardData;
  'pick-meeting': PickMeetingCardData;
  'current-item': CurrentItemCardData;
  'round-table': RoundTableCardData;
  'roll-call': RollCallCardData;
  'meeting-summary': MeetingSummaryCardData;
  'privacy-erase': PrivacyEraseCardData;
  'paste-form': PasteFormCardData;
  'start-confirm': StartConfirmCardData;
  'end-confirm': EndConfirmCardData;
  'follow-ups': FollowUpsCardData;
  'cancel-confirm': CancelConfirmCardData;
  'identity-link': IdentityLinkCardData;
  'search-results': SearchResultsCardData;
  'review-member': ReviewMemberCardData;
  'review-tally': ReviewTallyCardData;
}

/** The card templates (cards/<name>.json). */
export type CardName = keyof CardDataMap;
export type CardDataOf<K extends CardName> = CardDataMap[K];
/** One template with its own data: `{ template: 'notice', data: NoticeCardData }`. */
export type CardOf<K extends CardName> = { template: K; data: CardDataOf<K> };
/** Any card, as a use case answers it: the template name says which data type it carries. */
export type Card = { [K in CardName]: CardOf<K> }[CardName];

/** The typed constructor: `card('notice', data)` fails to compile when data lacks or misnames a field. */
export function card<K extends CardName>(template: K, data: CardDataOf<K>): CardOf<K> {
  return { template, data };
}

/**
 * Every field of a card's data type, written once beside the type: the compiler refuses a list that
 * misses a field or names one the type does not have, so the list and the type cannot drift apart.
 * The test of the templates' bindings reads these lists (types are gone at run time).
 */
export type Fields<T> = Readonly<Record<keyof T, true>>;
