"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.minutesTexts = void 0;
const pick = (l, nb, en) => (l === 'en' ? en : nb);
const kindName = (l, kind) => (kind === 'referat' ? pick(l, 'Referatet', 'The minutes') : pick(l, 'Innkallingen', 'The notice'));
/** Answers of the export and locking commands, Norwegian Bokmål first. */
exports.minutesTexts = {
    onlySecretariat: (l) => pick(l, 'Bare sekretariatet kan gjøre dette. Ingenting ble endret.', 'Only the secretariat can do this. Nothing was changed.'),
    badFormat: (l, word) => pick(l, `Jeg kjenner ikke formatet «${word}». Velg docx, md, html eller pdf, for eksempel «referat docx».`, `I don't know the format "${word}". Choose docx, md, html or pdf, e.g. "minutes docx".`),
    badDate: (l, word) => pick(l, `«${word}» er ikke en dato. Skriv datoen som dd.mm.åååå.`, `"${word}" is not a date. Write it as dd.mm.yyyy.`),
    noMeetingOn: (l, date) => pick(l, `Gruppen har ikke noe møte ${date}.`, `The group has no meeting on ${date}.`),
    noHeldMeeting: (l) => pick(l, 'Ingen møter er holdt ennå, så det finnes ikke noe referat. Start et møte med «start».', 'No meeting has been held yet, so there are no minutes. Start a meeting with "start".'),
    noNextMeeting: (l) => pick(l, 'Gruppen har ingen møter. Opprett et med «nytt møte».', 'The group has no meetings. Create one with "new meeting".'),
    linkReady: (l, kind, date, format, link) => pick(l, `${kindName(l, kind)} for møtet ${date} (${format}) er klart: ${link}\nLenken er personlig og gjelder i 24 timer. Hver eksport lagres som en egen versjon.`, `${kindName(l, kind)} of the meeting on ${date} (${format}) is ready: ${link}\nThe link is personal and valid for 24 hours. Every export is kept as a version.`),
    alreadyLocked: (l, date) => pick(l, `Referatet fra ${date} er allerede låst. Ingenting ble endret.`, `The minutes of ${date} are already locked. Nothing was changed.`),
    notEnded: (l, date) => pick(l, `Møtet ${date} er ikke avsluttet ennå. Avslutt det med «avslutt» før referatet låses.`, `The meeting on ${date} has not ended yet. End it with "end" before locking the minutes.`),
    locked: (l, date) => pick(l, `Referatet fra ${date} er låst. Nye innspill og endringer i vedtak blir avvist.`, `The minutes of ${date} are locked. New input and changes to decisions are refused.`),
    meetingLocked: (l, date) => pick(l, `Referatet fra møtet ${date} er låst, så det kan ikke endres lenger. Ta kontakt med sekretariatet.`, `The minutes of the meeting on ${date} are locked and can no longer be changed. Contact the secretariat.`),
};
//# sourceMappingURL=texts-minutes.js.map