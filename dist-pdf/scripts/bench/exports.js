"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.seedExportMeetings = seedExportMeetings;
exports.timeExports = timeExports;
const agenda = [
    { number: 1, title: 'Godkjenning av innkalling og dagsorden', subPoints: [], kind: 'approve-notice' },
    { number: 2, title: 'Runde rundt bordet', subPoints: [], kind: 'round-table' },
    { number: 3, title: 'Eventuelt', subPoints: [], kind: 'other-business' },
];
/** Two ended meetings in the store: 45 organizations' input, and 1,000 inputs. */
async function seedExportMeetings(repos, groupId) {
    const make = async (meetingId, date, inputs) => {
        const attendance = {};
        for (let i = 0; i < Math.min(inputs, 45); i++)
            attendance[`member:x${i}`] = { name: `Person ${i} Ås`, organization: `Kommune ${i}`, status: 'present', secretariat: false };
        await repos.meetings.create({ meetingId, groupId, date, start: '12:00', end: '13:00', place: 'Teams', state: 'ended', agenda, records: { '1': { decision: 'Innkallingen ble godkjent', notes: [] } }, attendance });
        for (let start = 0; start < inputs; start += 50) {
            await Promise.all(Array.from({ length: Math.min(50, inputs - start) }, (_, k) => {
                const i = start + k;
                return repos.contributions.put({
                    meetingId, organization: `Kommune ${i}`, authorName: `Person ${i} Ås`, enteredBySecretariat: false, received: i % 5 === 0 ? 'after' : 'before', updatedAt: new Date().toISOString(),
                    text: `- Næringsareal og kraft: ${'Utbygging av strømnettet, rekruttering og samarbeid på tvers av kommunene. '.repeat(4)}\n- Æøå <b>ikke fet</b> *ikke kursiv*`,
                });
            }));
        }
    };
    await make('bench-export-45', '2020-01-02', 45);
    await make('bench-export-1000', '2020-01-03', 1000);
    return { small: 'bench-export-45', large: 'bench-export-1000' };
}
/** Milliseconds per format (after one warm-up render), reading from the store as the bot does. */
async function timeExports(minutes, ids) {
    const time = async (meetingId) => {
        const out = {};
        for (const format of ['md', 'html', 'docx', 'pdf']) {
            await minutes.renderStored(meetingId, 'referat', format);
            const t0 = performance.now();
            await minutes.renderStored(meetingId, 'referat', format);
            out[format] = performance.now() - t0;
        }
        return out;
    };
    return { small: await time(ids.small), large: await time(ids.large) };
}
//# sourceMappingURL=exports.js.map