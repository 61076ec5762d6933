"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.OTHER_BUSINESS_TITLE = exports.APPROVE_NOTICE_TITLE = void 0;
exports.completeAgenda = completeAgenda;
const agenda_parser_1 = require("./agenda-parser");
const norwegian_time_1 = require("./norwegian-time");
exports.APPROVE_NOTICE_TITLE = 'Godkjenning av innkalling og dagsorden';
exports.OTHER_BUSINESS_TITLE = 'Eventuelt';
/**
 * Adds the approval of the notice as item 1 and, when a previous meeting exists, the approval of
 * its minutes right after it; puts Eventuelt last (adding it when missing); numbers 1..n.
 * The input is not changed.
 */
function completeAgenda(items, opts = {}) {
    const list = items.map((item) => ({ ...item, subPoints: [...item.subPoints] }));
    if (!list.some((i) => i.kind === 'approve-notice')) {
        list.unshift({ number: 0, title: exports.APPROVE_NOTICE_TITLE, subPoints: [], kind: 'approve-notice' });
    }
    if (opts.previousMeetingDate !== undefined && !list.some((i) => i.kind === 'approve-minutes')) {
        const minutesDate = (0, norwegian_time_1.formatLongDate)(opts.previousMeetingDate);
        const after = list.findIndex((i) => i.kind === 'approve-notice');
        list.splice(after + 1, 0, {
            number: 0,
            title: `Godkjenning av referat fra møte ${minutesDate}`,
            subPoints: [],
            kind: 'approve-minutes',
            minutesDate,
        });
    }
    // Eventuelt is always last (BRIEF §2); several are kept, in their order, rather than merged.
    const others = list.filter((i) => i.kind === 'other-business');
    const rest = list.filter((i) => i.kind !== 'other-business');
    const ordered = [...rest, ...(others.length > 0 ? others : [{ number: 0, title: exports.OTHER_BUSINESS_TITLE, subPoints: [], kind: 'other-business' }])];
    return (0, agenda_parser_1.renumberAgenda)(ordered);
}
//# sourceMappingURL=agenda-complete.js.map