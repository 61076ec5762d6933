"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.privacyTexts = void 0;
/** Answers of `mine data` and `slett mine data` (issue #8), Norwegian Bokmål first. */
const pick = (l, nb, en) => (l === 'en' ? en : nb);
const dmy = (iso) => iso.split('-').reverse().join('.');
const list = (lines) => lines.map((x) => `- ${x}`).join('\n');
const received = (l, r) => ({ before: pick(l, 'sendt inn før møtet', 'sent before the meeting'), during: pick(l, 'under møtet', 'during the meeting'), after: pick(l, 'mottatt etter møtet', 'received after the meeting') })[r];
const roleName = (l, r) => (r === 'chair' ? pick(l, 'møteleder', 'chair') : pick(l, 'sekretariat', 'secretariat'));
const excerpt = (s) => (s.length > 200 ? `${s.slice(0, 200)}…` : s);
function inputStatus(l, i) {
    if (i.restricted)
        return pick(l, `begrenset ${dmy(i.restricted.slice(0, 10))} (låst referat, tas ikke med i nye eksporter)`, `restricted ${dmy(i.restricted.slice(0, 10))} (locked minutes, left out of new exports)`);
    return i.locked ? pick(l, 'i låst referat', 'in locked minutes') : pick(l, 'kan endres eller trekkes', 'can be changed or withdrawn');
}
exports.privacyTexts = {
    personalOnly: (l) => pick(l, 'Skriv dette til meg i en personlig chat, så ser ingen andre svaret. Ingenting ble endret.', 'Write this to me in a personal chat, so nobody else sees the answer. Nothing was changed.'),
    noTeamsUser: (l) => pick(l, 'Jeg ser ikke Teams-kontoen din i denne meldingen, så jeg kan ikke finne data om deg. Ingenting ble endret.', 'I cannot see your Teams account in this message, so I cannot find data about you. Nothing was changed.'),
    retention: (l, days) => pick(l, `Utkast til innspill som ikke er sendt inn, slettes etter ${days} dager.`, `Input drafts that were not sent are deleted after ${days} days.`),
    nothingStored: (l, days) => pick(l, 'Referent har ingen data knyttet til Teams-kontoen din.', 'Referent stores no data linked to your Teams account.') + '\n\n' + exports.privacyTexts.retention(l, days),
    report: (l, r, days) => {
        const parts = [pick(l, '**Dette lagrer Referent om deg**', '**What Referent stores about you**')];
        const section = (title, lines, none) => parts.push(`**${title}**\n${lines.length ? list(lines) : none}`);
        const none = pick(l, 'ingen', 'none');
        section(pick(l, 'Deltakerlister', 'Rosters'), r.rosters.map((x) => `${x.group}: ${x.name}, ${x.organization}${x.email ? `, ${x.email}` : ''}`), none);
        section(pick(l, 'Roller', 'Roles'), r.roles.map((x) => `${x.group}: ${x.roles.map((y) => roleName(l, y)).join(', ')}`), none);
        section(pick(l, 'Personpost', 'People record'), [
            pick(l, `koblet Teams-id: ${r.aadObjectId}`, `linked Teams id: ${r.aadObjectId}`),
            pick(l, `medlemskap i ${r.groups} gruppe(r)`, `memberships in ${r.groups} group(s)`),
            ...(r.hasChat ? [pick(l, 'adressen til den personlige chatten (for påminnelser)', 'the address of your personal chat (for reminders)')] : []),
            ...(r.draftCreatedAt ? [pick(l, `et utkast til innspill fra ${dmy(r.draftCreatedAt.slice(0, 10))}`, `an input draft from ${dmy(r.draftCreatedAt.slice(0, 10))}`)] : []),
        ], none);
        section(pick(l, 'Innspill', 'Round-table input'), r.inputs.map((i) => `${i.group}, ${dmy(i.date)} (${i.organization}, ${received(l, i.received)}; ${inputStatus(l, i)}): ${excerpt(i.text)}`), none);
        section(pick(l, 'Stemmer på godkjenningskort', 'Votes on approval cards'), r.votes.map((v) => `${v.group}, ${dmy(v.date)}, ${pick(l, 'sak', 'item')} ${v.item}: ${v.choice === 'approve' ? pick(l, 'godkjent', 'approved') : pick(l, 'merknad', 'remark')}${v.comment ? ` – ${excerpt(v.comment)}` : ''}`), none);
        section(pick(l, 'Frammøte', 'Attendance'), r.attendance.map((a) => `${a.group}, ${dmy(a.date)}: ${a.status === 'present' ? pick(l, 'til stede', 'present') : pick(l, 'forfall', 'apologies')}`), none);
        parts.push(exports.privacyTexts.retention(l, days));
        parts.push(pick(l, 'Skriv «slett mine data» for å slette det du kan slette selv.', 'Write "erase my data" to erase what you can erase yourself.'));
        return parts.join('\n\n');
    },
    askTitle: (l) => pick(l, 'Slette dataene dine?', 'Erase your data?'),
    askText: (l) => pick(l, 'Dette sletter personposten din (koblingen til Teams-kontoen din og utkast), innspillene, stemmene og frammøtet ditt i møter som ikke er låst. Innspill i låste referater blir begrenset (beholdes i arkivet, men tas ikke med i nye eksporter). Oppføringen din på deltakerlisten eies av sekretariatet og blir stående.', 'This erases your people record (the link to your Teams account and drafts), your input, votes and attendance in meetings that are not locked. Input in locked minutes is restricted (kept in the archive, left out of new exports). Your roster entry belongs to the secretariat and stays.'),
    labels: (l) => ({ confirm: pick(l, 'Slett', 'Erase'), cancel: pick(l, 'Avbryt', 'Cancel') }),
    cancelledTitle: (l) => pick(l, 'Ikke slettet', 'Not erased'),
    cancelled: (l) => pick(l, 'Avbrutt. Ingenting ble slettet.', 'Cancelled. Nothing was erased.'),
    doneTitle: (l) => pick(l, 'Dataene dine er slettet', 'Your data is erased'),
    done: (l, r, rosterGroups) => {
        const parts = [
            `**${pick(l, 'Slettet', 'Erased')}**\n${r.erased.length ? list(r.erased) : pick(l, 'ingenting (mer) å slette', 'nothing (more) to erase')}`,
            `**${pick(l, 'Begrenset (låste referater)', 'Restricted (locked minutes)')}**\n${r.restricted.length ? list(r.restricted) : pick(l, 'ingenting', 'nothing')}`,
        ];
        if (rosterGroups.length) {
            parts.push(pick(l, `Oppføringen din på deltakerlisten til ${rosterGroups.join(', ')} blir stående, og det samme gjør roller, frammøte og stemmer i låste referater. Be sekretariatet fjerne deg fra deltakerlisten. Skriver du til Referent igjen, kobles du til deltakerlisten på nytt.`, `Your entry on the roster of ${rosterGroups.join(', ')} stays, as do roles and attendance and votes in locked minutes. Ask the secretariat to remove you from the roster. If you write to Referent again, you are linked to the roster again.`));
        }
        return parts.join('\n\n');
    },
    itemChatReference: (l) => pick(l, 'adressen til den personlige chatten med Referent', 'the address of your personal chat with Referent'),
    itemPerson: (l) => pick(l, 'personposten din (Teams-kobling, personlig chat, utkast)', 'your people record (Teams link, personal chat, draft)'),
    itemRosterLink: (l, group) => pick(l, `koblingen mellom Teams-kontoen din og deltakerlisten til ${group}`, `the link between your Teams account and the roster of ${group}`),
    itemIndexLink: (l) => pick(l, 'koblingen til Teams-kontoen din i navne-/e-postoppslaget', 'the link to your Teams account in the name/e-mail index'),
    itemInput: (l, group, date, organization) => pick(l, `innspill: ${group}, ${dmy(date)} (${organization})`, `input: ${group}, ${dmy(date)} (${organization})`),
    itemVote: (l, group, date, item) => pick(l, `stemme: ${group}, ${dmy(date)}, sak ${item}`, `vote: ${group}, ${dmy(date)}, item ${item}`),
    itemAttendance: (l, group, date) => pick(l, `frammøte: ${group}, ${dmy(date)}`, `attendance: ${group}, ${dmy(date)}`),
};
//# sourceMappingURL=texts-privacy.js.map