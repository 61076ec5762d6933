import type { Locale } from './actor';

/** Answers of `mine data` and `slett mine data` (issue #8), Norwegian Bokmål first. */

const pick = (l: Locale, nb: string, en: string) => (l === 'en' ? en : nb);
const dmy = (iso: string) => iso.split('-').reverse().join('.');
const list = (lines: string[]) => lines.map((x) => `- ${x}`).join('\n');

export interface RosterLine {
  group: string;
  name: string;
  organization: string;
  email?: string;
  /** The roster's note beside the name ("vara", "til 11.00"). */
  note?: string;
}
export interface InputLine {
  group: string;
  date: string;
  organization: string;
  received: 'before' | 'during' | 'after';
  locked: boolean;
  restricted?: string;
  text: string;
}
export interface VoteLine {
  group: string;
  date: string;
  item: number;
  choice: 'approve' | 'remark';
  comment?: string;
}
export interface AttendanceLine {
  group: string;
  date: string;
  status: 'present' | 'apologies';
  reason?: string;
}

/** What Referent stores about one person (the sender), for `mine data`. */
export interface DataReport {
  aadObjectId: string;
  rosters: RosterLine[];
  roles: { group: string; roles: ('secretariat' | 'chair')[] }[];
  groups: number;
  hasChat: boolean;
  draftCreatedAt?: string;
  inputs: InputLine[];
  votes: VoteLine[];
  attendance: AttendanceLine[];
}

/** What an erasure did (item descriptions, already in the user's language). */
export interface ErasureResult {
  erased: string[];
  restricted: string[];
}

const received = (l: Locale, r: InputLine['received']) =>
  ({
    before: pick(l, 'sendt inn før møtet', 'sent before the meeting'),
    during: pick(l, 'under møtet', 'during the meeting'),
    after: pick(l, 'mottatt etter møtet', 'received after the meeting'),
  })[r];
const roleName = (l: Locale, r: 'secretariat' | 'chair') => (r === 'chair' ? pick(l, 'møteleder', 'chair') : pick(l, 'sekretariat', 'secretariat'));
const excerpt = (s: string) => (s.length > 200 ? `${s.slice(0, 200)}…` : s);

function inputStatus(l: Locale, i: InputLine): string {
  if (i.restricted)
    return pick(
      l,
      `begrenset ${dmy(i.restricted.slice(0, 10))} (låst referat, tas ikke med i nye eksporter)`,
      `restricted ${dmy(i.restricted.slice(0, 10))} (locked minutes, left out of new exports)`,
    );
  return i.locked ? pick(l, 'i låst referat', 'in locked minutes') : pick(l, 'kan endres eller trekkes', 'can be changed or withdrawn');
}

export const privacyTexts = {
  personalOnly: (l: Locale) =>
    pick(
      l,
      'Skriv dette til meg i en personlig chat, så ser ingen andre svaret. Ingenting ble endret.',
      'Write this to me in a personal chat, so nobody else sees the answer. Nothing was changed.',
    ),
  noTeamsUser: (l: Locale) =>
    pick(
      l,
      'Jeg ser ikke Teams-kontoen din i denne meldingen, så jeg kan ikke finne data om deg. Ingenting ble endret.',
      'I cannot see your Teams account in this message, so I cannot find data about you. Nothing was changed.',
    ),
  retention: (l: Locale, days: number) =>
    pick(l, `Utkast til innspill som ikke er sendt inn, slettes etter ${days} dager.`, `Input drafts that were not sent are deleted after ${days} days.`),
  nothingStored: (l: Locale, days: number) =>
    pick(l, 'Referent har ingen data knyttet til Teams-kontoen din.', 'Referent stores no data linked to your Teams account.') +
    '\n\n' +
    privacyTexts.retention(l, days),
  report: (l: Locale, r: DataReport, days: number): string => {
    const parts: string[] = [pick(l, '**Dette lagrer Referent om deg**', '**What Referent stores about you**')];
    const section = (title: string, lines: string[], none: string) => parts.push(`**${title}**\n${lines.length ? list(lines) : none}`);
    const none = pick(l, 'ingen', 'none');
    section(
      pick(l, 'Deltakerlister', 'Rosters'),
      r.rosters.map((x) => `${x.group}: ${x.name}${x.note ? ` (${x.note})` : ''}, ${x.organization}${x.email ? `, ${x.email}` : ''}`),
      none,
    );
    section(
      pick(l, 'Roller', 'Roles'),
      r.roles.map((x) => `${x.group}: ${x.roles.map((y) => roleName(l, y)).join(', ')}`),
      none,
    );
    section(
      pick(l, 'Personpost', 'People record'),
      [
        pick(l, `koblet Teams-id: ${r.aadObjectId}`, `linked Teams id: ${r.aadObjectId}`),
        pick(l, `medlemskap i ${r.groups} gruppe(r)`, `memberships in ${r.groups} group(s)`),
        ...(r.hasChat ? [pick(l, 'adressen til den personlige chatten (for påminnelser)', 'the address of your personal chat (for reminders)')] : []),
        ...(r.draftCreatedAt
          ? [pick(l, `et utkast til innspill fra ${dmy(r.draftCreatedAt.slice(0, 10))}`, `an input draft from ${dmy(r.draftCreatedAt.slice(0, 10))}`)]
          : []),
      ],
      none,
    );
    section(
      pick(l, 'Innspill', 'Round-table input'),
      r.inputs.map((i) => `${i.group}, ${dmy(i.date)} (${i.organization}, ${received(l, i.received)}; ${inputStatus(l, i)}): ${excerpt(i.text)}`),
      none,
    );
    section(
      pick(l, 'Stemmer på godkjenningskort', 'Votes on approval cards'),
      r.votes.map(
        (v) =>
          `${v.group}, ${dmy(v.date)}, ${pick(l, 'sak', 'item')} ${v.item}: ${v.choice === 'approve' ? pick(l, 'godkjent', 'approved') : pick(l, 'merknad', 'remark')}${v.comment ? ` – ${excerpt(v.comment)}` : ''}`,
      ),
      none,
    );
    section(
      pick(l, 'Frammøte', 'Attendance'),
      r.attendance.map(
        (a) =>
          `${a.group}, ${dmy(a.date)}: ${a.status === 'present' ? pick(l, 'til stede', 'present') : pick(l, 'forfall', 'apologies')}${a.reason ? ` (${a.reason})` : ''}`,
      ),
      none,
    );
    parts.push(privacyTexts.retention(l, days));
    parts.push(pick(l, 'Skriv «slett mine data» for å slette det du kan slette selv.', 'Write "erase my data" to erase what you can erase yourself.'));
    return parts.join('\n\n');
  },
  askTitle: (l: Locale) => pick(l, 'Slette dataene dine?', 'Erase your data?'),
  askText: (l: Locale) =>
    pick(
      l,
      'Dette sletter personposten din (koblingen til Teams-kontoen din og utkast), innspillene, stemmene og frammøtet ditt i møter som ikke er låst. Innspill i låste referater blir begrenset (beholdes i arkivet, men tas ikke med i nye eksporter). Oppføringen din på deltakerlisten eies av sekretariatet og blir stående.',
      'This erases your people record (the link to your Teams account and drafts), your input, votes and attendance in meetings that are not locked. Input in locked minutes is restricted (kept in the archive, left out of new exports). Your roster entry belongs to the secretariat and stays.',
    ),
  labels: (l: Locale) => ({ confirm: pick(l, 'Slett', 'Erase'), cancel: pick(l, 'Avbryt', 'Cancel') }),
  cancelledTitle: (l: Locale) => pick(l, 'Ikke slettet', 'Not erased'),
  cancelled: (l: Locale) => pick(l, 'Avbrutt. Ingenting ble slettet.', 'Cancelled. Nothing was erased.'),
  doneTitle: (l: Locale) => pick(l, 'Dataene dine er slettet', 'Your data is erased'),
  done: (l: Locale, r: ErasureResult, rosterGroups: string[]): string => {
    const parts = [
      `**${pick(l, 'Slettet', 'Erased')}**\n${r.erased.length ? list(r.erased) : pick(l, 'ingenting (mer) å slette', 'nothing (more) to erase')}`,
      `**${pick(l, 'Begrenset (låste referater)', 'Restricted (locked minutes)')}**\n${r.restricted.length ? list(r.restricted) : pick(l, 'ingenting', 'nothing')}`,
    ];
    if (rosterGroups.length) {
      parts.push(
        pick(
          l,
          `Oppføringen din på deltakerlisten til ${rosterGroups.join(', ')} blir stående, og det samme gjør roller, frammøte og stemmer i låste referater. Be sekretariatet fjerne deg fra deltakerlisten. Skriver du til Referent igjen, kobles du til deltakerlisten på nytt.`,
          `Your entry on the roster of ${rosterGroups.join(', ')} stays, as do roles and attendance and votes in locked minutes. Ask the secretariat to remove you from the roster. If you write to Referent again, you are linked to the roster again.`,
        ),
      );
    }
    return parts.join('\n\n');
  },
  itemChatReference: (l: Locale) => pick(l, 'adressen til den personlige chatten med Referent', 'the address of your personal chat with Referent'),
  itemPerson: (l: Locale) => pick(l, 'personposten din (Teams-kobling, personlig chat, utkast)', 'your people record (Teams link, personal chat, draft)'),
  itemRosterLink: (l: Locale, group: string) =>
    pick(l, `koblingen mellom Teams-kontoen din og deltakerlisten til ${group}`, `the link between your Teams account and the roster of ${group}`),
  itemIndexLink: (l: Locale) => pick(l, 'koblingen til Teams-kontoen din i navne-/e-postoppslaget', 'the link to your Teams account in the name/e-mail index'),
  itemInput: (l: Locale, group: string, date: string, organization: string) =>
    pick(l, `innspill: ${group}, ${dmy(date)} (${organization})`, `input: ${group}, ${dmy(date)} (${organization})`),
  itemVote: (l: Locale, group: string, date: string, item: number) =>
    pick(l, `stemme: ${group}, ${dmy(date)}, sak ${item}`, `vote: ${group}, ${dmy(date)}, item ${item}`),
  itemAttendance: (l: Locale, group: string, date: string) => pick(l, `frammøte: ${group}, ${dmy(date)}`, `attendance: ${group}, ${dmy(date)}`),
};
