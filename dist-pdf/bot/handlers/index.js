"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CAPABILITIES = void 0;
const groups_1 = require("./groups");
const input_1 = require("./input");
const meetings_1 = require("./meetings");
const approvals_1 = require("./approvals");
const minutes_1 = require("./minutes");
const meeting_run_1 = require("./meeting-run");
const attendance_1 = require("./attendance");
const meeting_events_1 = require("./meeting-events");
const privacy_1 = require("./privacy");
/** Every capability of the bot. Add one: write bot/handlers/<capability>.ts and list it here. */
exports.CAPABILITIES = [groups_1.groups, meetings_1.meetings, approvals_1.approvals, minutes_1.minutes, input_1.input, meeting_run_1.meetingRun, attendance_1.attendance, meeting_events_1.meetingEvents, privacy_1.privacy];
//# sourceMappingURL=index.js.map