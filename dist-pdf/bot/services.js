"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createServices = createServices;
const groups_1 = require("../src/app/groups");
const contributions_1 = require("../src/app/contributions");
const meetings_1 = require("../src/app/meetings");
const approvals_1 = require("../src/app/approvals");
const minutes_1 = require("../src/app/minutes");
const meeting_run_1 = require("../src/app/meeting-run");
const round_table_1 = require("../src/app/round-table");
const attendance_1 = require("../src/app/attendance");
const privacy_1 = require("../src/app/privacy");
/** `publicUrl` is the bot's base URL for download links (PUBLIC_URL, else the local listening address). */
function createServices(config, log, store, now = () => new Date(), publicUrl = () => config.publicUrl ?? '') {
    // Input drafts older than DRAFT_RETENTION_DAYS are dropped when read (issue #8): no timer, nothing in memory.
    const repos = { ...store, people: (0, privacy_1.withDraftRetention)(store.people, config.draftRetentionDays, now) };
    const minutes = new minutes_1.MinutesUseCases(repos, publicUrl, now);
    return { config, log, repos, now, groups: new groups_1.GroupUseCases(repos, now), input: new contributions_1.InputUseCases(repos, now), meetings: new meetings_1.MeetingUseCases(repos, now), approvals: new approvals_1.ApprovalUseCases(repos, now, (m) => minutes.lockPrevious(m)), minutes, run: new meeting_run_1.MeetingRunUseCases(repos, now), roundTable: new round_table_1.RoundTableUseCases(repos, now), attendance: new attendance_1.AttendanceUseCases(repos, now), privacy: new privacy_1.PrivacyUseCases(repos, now, config.draftRetentionDays) };
}
//# sourceMappingURL=services.js.map