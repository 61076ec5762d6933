import type { CardDataOf, CardName, Fields } from './card';
import { agendaFields } from './agenda';
import { approvalFields } from './approval';
import { cancelConfirmFields } from './cancel-confirm';
import { currentItemFields } from './current-item';
import { downloadFields } from './download';
import { endConfirmFields } from './end-confirm';
import { followUpsFields } from './follow-ups';
import { identityLinkFields } from './identity-link';
import { inputMineFields } from './input-mine';
import { inputPreviewFields } from './input-preview';
import { inputStatusFields } from './input-status';
import { meetingSummaryFields } from './meeting-summary';
import { noticeFields } from './notice';
import { pasteFormFields } from './paste-form';
import { pickMeetingFields } from './pick-meeting';
import { privacyEraseFields } from './privacy-erase';
import { rollCallFields } from './roll-call';
import { roundTableFields } from './round-table';
import { startConfirmFields } from './start-confirm';
import { searchResultsFields } from './search-results';
import { reviewMemberFields } from './review-member';
import { reviewTallyFields } from './review-tally';

/** Each card's field list by template name (a card without one fails to compile), for tests/unit/card-fields. */
export const CARD_FIELDS: { [K in CardName]: Fields<CardDataOf<K>> } = {
  download: downloadFields,
  agenda: agendaFields,
  notice: noticeFields,
  approval: approvalFields,
  'input-preview': inputPreviewFields,
  'input-mine': inputMineFields,
  'input-status': inputStatusFields,
  'pick-meeting': pickMeetingFields,
  'current-item': currentItemFields,
  'round-table': roundTableFields,
  'roll-call': rollCallFields,
  'meeting-summary': meetingSummaryFields,
  'privacy-erase': privacyEraseFields,
  'paste-form': pasteFormFields,
  'start-confirm': startConfirmFields,
  'review-member': reviewMemberFields,
  'review-tally': reviewTallyFields,
  'end-confirm': endConfirmFields,
  'follow-ups': followUpsFields,
  'cancel-confirm': cancelConfirmFields,
  'identity-link': identityLinkFields,
  'search-results': searchResultsFields,
};
