import type { CardDataOf, CardName, Fields } from './card';
import { agendaFields } from './agenda';
import { approvalFields } from './approval';
import { cancelConfirmFields } from './cancel-confirm';
import { endConfirmFields } from './end-confirm';
import { noticeFields } from './notice';
import { pasteFormFields } from './paste-form';
import { searchResultsFields } from './search-results';
import { reviewMemberFields } from './review-member';
import { reviewTallyFields } from './review-tally';

/** Each card's field list by template name (undefined: not typed yet), for tests/unit/card-fields. */
export const CARD_FIELDS: { [K in CardName]?: Fields<CardDataOf<K>> } = {
  agenda: agendaFields,
  notice: noticeFields,
  approval: approvalFields,
  'paste-form': pasteFormFields,
  'review-member': reviewMemberFields,
  'review-tally': reviewTallyFields,
  'end-confirm': endConfirmFields,
  'cancel-confirm': cancelConfirmFields,
  'search-results': searchResultsFields,
};
