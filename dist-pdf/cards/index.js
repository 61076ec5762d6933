"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.TEMPLATES = void 0;
exports.renderNamedCard = renderNamedCard;
const render_1 = require("./render");
const agenda_json_1 = __importDefault(require("./agenda.json"));
const approval_json_1 = __importDefault(require("./approval.json"));
const notice_json_1 = __importDefault(require("./notice.json"));
const input_mine_json_1 = __importDefault(require("./input-mine.json"));
const input_preview_json_1 = __importDefault(require("./input-preview.json"));
const input_status_json_1 = __importDefault(require("./input-status.json"));
const pick_meeting_json_1 = __importDefault(require("./pick-meeting.json"));
const current_item_json_1 = __importDefault(require("./current-item.json"));
const round_table_json_1 = __importDefault(require("./round-table.json"));
const roll_call_json_1 = __importDefault(require("./roll-call.json"));
const meeting_summary_json_1 = __importDefault(require("./meeting-summary.json"));
const privacy_erase_json_1 = __importDefault(require("./privacy-erase.json"));
/**
 * The card templates by name (JSON files beside this one, with ${…} bindings). A use case answers
 * { card: { template, data } } and the bot renders it here. Add a template: import its JSON, list it.
 */
exports.TEMPLATES = {
    agenda: agenda_json_1.default,
    notice: notice_json_1.default,
    approval: approval_json_1.default,
    'input-preview': input_preview_json_1.default,
    'input-mine': input_mine_json_1.default,
    'input-status': input_status_json_1.default,
    'pick-meeting': pick_meeting_json_1.default,
    'current-item': current_item_json_1.default,
    'round-table': round_table_json_1.default,
    'roll-call': roll_call_json_1.default,
    'meeting-summary': meeting_summary_json_1.default,
    'privacy-erase': privacy_erase_json_1.default,
};
function renderNamedCard(name, data) {
    const template = exports.TEMPLATES[name];
    if (!template)
        throw new Error(`no card template named ${name}`);
    return (0, render_1.renderCard)(template, data);
}
//# sourceMappingURL=index.js.map