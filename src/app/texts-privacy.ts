import { pick, type Locale, type Text } from '../domain/language';
import type { FollowUpLine } from './privacy-follow-ups';
import { reviewLine, type ReviewLine } from './privacy-reviews';
import { reviewTexts } from './texts-review';
import { followUpTexts } from './texts-follow-ups';
import { jobLine, type JobLine } from './privacy-jobs';
import { reminderTexts } from './texts-reminders';

/** Answers of `mine data` and `slett mine data` (issue #8), Bokmål, nynorsk and English. */

const LANGUAGE_NAMES: Record<Locale, Text> = {
  nb: { nb: 'bokmål', nn: 'bokmål', en: 'Norwegian Bokmål' },
  nn: { nb: 'nynorsk', nn: 'nynorsk', en: 'Norwegian Nynorsk' },
  en: { nb: 'engelsk', nn: 'engelsk', en: 'English' },
};
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
  /** As the documents name it: «sak 1», «sak 1 i del 2». */
  item: string;
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
  /** `mitt språk` (#19). */
  language?: Locale;
  inputs: InputLine[];
  votes: VoteLine[];
  attendance: AttendanceLine[];
  /** Follow-ups the person owns personally (#18). */
  followUps?: FollowUpLine[];
  /** Answers in the referat's review rounds (#18 §2). */
  reviews?: ReviewLine[];
  /** What scheduled reminders' jobs hold about the person (#18 §4). */
  jobs?: JobLine[];
}

/** What an erasure did (item descriptions, already in the user's language). */
export interface ErasureResult {
  erased: string[];
  restricted: string[];
}

const received = (l: Locale, r: InputLine['received']) =>
  ({
    before: pick(l, { nb: 'sendt inn før møtet', nn: 'sendt inn før møtet', en: 'sent before the meeting' }),
    during: pick(l, { nb: 'under møtet', nn: 'under møtet', en: 'during the meeting' }),
    after: pick(l, { nb: 'mottatt etter møtet', nn: 'motteke etter møtet', en: 'received after the meeting' }),
  })[r];
const roleName = (l: Locale, r: 'secretariat' | 'chair') =>
  r === 'chair' ? pick(l, { nb: 'møteleder', nn: 'møteleiar', en: 'chair' }) : pick(l, { nb: 'sekretariat', nn: 'sekretariat', en: 'secretariat' });
const excerpt = (s: string) => (s.length > 200 ? `${s.slice(0, 200)}…` : s);

function inputStatus(l: Locale, i: InputLine): string {
  if (i.restricted)
    return pick(l, {
      nb: `begrenset ${dmy(i.restricted.slice(0, 10))} (låst referat, tas ikke med i nye eksporter)`,
      nn: `avgrensa ${dmy(i.restricted.slice(0, 10))} (låst referat, kjem ikkje med i nye eksportar)`,
      en: `restricted ${dmy(i.restricted.slice(0, 10))} (locked minutes, left out of new exports)`,
    });
  return i.locked
    ? pick(l, { nb: 'i låst referat', nn: 'i låst referat', en: 'in locked minutes' })
    : pick(l, { nb: 'kan endres eller trekkes', nn: 'kan endrast eller trekkjast', en: 'can be changed or withdrawn' });
}

export const privacyTexts = {
  personalOnly: (l: Locale) =>
    pick(l, {
      nb: 'Skriv dette til meg i en personlig chat, så ser ingen andre svaret. Ingenting ble endret.',
      nn: 'Skriv dette til meg i ein personleg chat, så ser ingen andre svaret. Ingenting vart endra.',
      en: 'Write this to me in a personal chat, so nobody else sees the answer. Nothing was changed.',
    }),
  noTeamsUser: (l: Locale) =>
    pick(l, {
      nb: 'Jeg ser ikke Teams-kontoen din i denne meldingen, så jeg kan ikke finne data om deg. Ingenting ble endret.',
      nn: 'Eg ser ikkje Teams-kontoen din i denne meldinga, så eg kan ikkje finne data om deg. Ingenting vart endra.',
      en: 'I cannot see your Teams account in this message, so I cannot find data about you. Nothing was changed.',
    }),
  retention: (l: Locale, days: number) =>
    pick(l, {
      nb: `Utkast til innspill som ikke er sendt inn, slettes etter ${days} dager.`,
      nn: `Utkast til innspel som ikkje er sende inn, blir sletta etter ${days} dagar.`,
      en: `Input drafts that were not sent are deleted after ${days} days.`,
    }),
  nothingStored: (l: Locale, days: number) =>
    pick(l, {
      nb: 'Referent har ingen data knyttet til Teams-kontoen din.',
      nn: 'Referent har ingen data knytte til Teams-kontoen din.',
      en: 'Referent stores no data linked to your Teams account.',
    }) +
    '\n\n' +
    privacyTexts.retention(l, days),
  report: (l: Locale, r: DataReport, days: number): string => {
    const parts: string[] = [
      pick(l, { nb: '**Dette lagrer Referent om deg**', nn: '**Dette lagrar Referent om deg**', en: '**What Referent stores about you**' }),
    ];
    const section = (title: string, lines: string[], none: string) => parts.push(`**${title}**\n${lines.length ? list(lines) : none}`);
    const none = pick(l, { nb: 'ingen', nn: 'ingen', en: 'none' });
    section(
      pick(l, { nb: 'Deltakerlister', nn: 'Deltakarlister', en: 'Rosters' }),
      r.rosters.map((x) => `${x.group}: ${x.name}${x.note ? ` (${x.note})` : ''}, ${x.organization}${x.email ? `, ${x.email}` : ''}`),
      none,
    );
    section(
      pick(l, { nb: 'Roller', nn: 'Roller', en: 'Roles' }),
      r.roles.map((x) => `${x.group}: ${x.roles.map((y) => roleName(l, y)).join(', ')}`),
      none,
    );
    section(
      pick(l, { nb: 'Personpost', nn: 'Personpost', en: 'People record' }),
      [
        pick(l, { nb: `koblet Teams-id: ${r.aadObjectId}`, nn: `kopla Teams-id: ${r.aadObjectId}`, en: `linked Teams id: ${r.aadObjectId}` }),
        pick(l, { nb: `medlemskap i ${r.groups} gruppe(r)`, nn: `medlemskap i ${r.groups} gruppe(r)`, en: `memberships in ${r.groups} group(s)` }),
        ...(r.language
          ? [
              pick(l, {
                nb: `valgt språk (mitt språk): ${LANGUAGE_NAMES[r.language].nb}`,
                nn: `valt språk (mitt språk): ${LANGUAGE_NAMES[r.language].nn}`,
                en: `chosen language (my language): ${LANGUAGE_NAMES[r.language].en}`,
              }),
            ]
          : []),
        ...(r.hasChat
          ? [
              pick(l, {
                nb: 'adressen til den personlige chatten (for påminnelser)',
                nn: 'adressa til den personlege chatten (for påminningar)',
                en: 'the address of your personal chat (for reminders)',
              }),
            ]
          : []),
        ...(r.draftCreatedAt
          ? [
              pick(l, {
                nb: `et utkast til innspill fra ${dmy(r.draftCreatedAt.slice(0, 10))}`,
                nn: `eit utkast til innspel frå ${dmy(r.draftCreatedAt.slice(0, 10))}`,
                en: `an input draft from ${dmy(r.draftCreatedAt.slice(0, 10))}`,
              }),
            ]
          : []),
      ],
      none,
    );
    section(
      pick(l, { nb: 'Innspill', nn: 'Innspel', en: 'Round-table input' }),
      r.inputs.map((i) => `${i.group}, ${dmy(i.date)} (${i.organization}, ${received(l, i.received)}; ${inputStatus(l, i)}): ${excerpt(i.text)}`),
      none,
    );
    section(
      pick(l, { nb: 'Stemmer på godkjenningskort', nn: 'Stemmer på godkjenningskort', en: 'Votes on approval cards' }),
      r.votes.map(
        (v) =>
          `${v.group}, ${dmy(v.date)}, ${v.item}: ${v.choice === 'approve' ? pick(l, { nb: 'godkjent', nn: 'godkjent', en: 'approved' }) : pick(l, { nb: 'merknad', nn: 'merknad', en: 'remark' })}${v.comment ? ` – ${excerpt(v.comment)}` : ''}`,
      ),
      none,
    );
    section(
      pick(l, { nb: 'Frammøte', nn: 'Frammøte', en: 'Attendance' }),
      r.attendance.map(
        (a) =>
          `${a.group}, ${dmy(a.date)}: ${a.status === 'present' ? pick(l, { nb: 'til stede', nn: 'til stades', en: 'present' }) : pick(l, { nb: 'forfall', nn: 'forfall', en: 'apologies' })}${a.reason ? ` (${a.reason})` : ''}`,
      ),
      none,
    );
    section(
      followUpTexts.privacySection(l),
      (r.followUps ?? []).map((f) => followUpTexts.privacyLine(l, f.group, f.date, f.text, f.status)),
      none,
    );
    if (r.reviews?.length)
      section(
        reviewTexts.privacySection(l),
        r.reviews.map((a) => reviewLine(l, a)),
        none,
      );
    if (r.jobs?.length)
      section(
        reminderTexts.privacySection(l),
        r.jobs.map((j) => jobLine(l, j)),
        none,
      );
    parts.push(privacyTexts.retention(l, days));
    parts.push(
      pick(l, {
        nb: 'Skriv «slett mine data» for å slette det du kan slette selv.',
        nn: 'Skriv «slett mine data» for å slette det du kan slette sjølv.',
        en: 'Write "erase my data" to erase what you can erase yourself.',
      }),
    );
    return parts.join('\n\n');
  },
  askTitle: (l: Locale) => pick(l, { nb: 'Slette dataene dine?', nn: 'Vil du slette dataa dine?', en: 'Erase your data?' }),
  askText: (l: Locale) =>
    pick(l, {
      nb: 'Dette sletter personposten din (koblingen til Teams-kontoen din og utkast), innspillene, stemmene og frammøtet ditt i møter som ikke er låst. Innspill i låste referater blir begrenset (beholdes i arkivet, men tas ikke med i nye eksporter). Oppføringen din på deltakerlisten eies av sekretariatet og blir stående.',
      nn: 'Dette slettar personposten din (koplinga til Teams-kontoen din og utkast), innspela, stemmene og frammøtet ditt i møte som ikkje er låste. Innspel i låste referat blir avgrensa (dei blir verande i arkivet, men kjem ikkje med i nye eksportar). Oppføringa di på deltakarlista høyrer til sekretariatet og blir ståande.',
      en: 'This erases your people record (the link to your Teams account and drafts), your input, votes and attendance in meetings that are not locked. Input in locked minutes is restricted (kept in the archive, left out of new exports). Your roster entry belongs to the secretariat and stays.',
    }),
  labels: (l: Locale) => ({ confirm: pick(l, { nb: 'Slett', nn: 'Slett', en: 'Erase' }), cancel: pick(l, { nb: 'Avbryt', nn: 'Avbryt', en: 'Cancel' }) }),
  cancelledTitle: (l: Locale) => pick(l, { nb: 'Ikke slettet', nn: 'Ikkje sletta', en: 'Not erased' }),
  cancelled: (l: Locale) => pick(l, { nb: 'Avbrutt. Ingenting ble slettet.', nn: 'Avbrote. Ingenting vart sletta.', en: 'Cancelled. Nothing was erased.' }),
  doneTitle: (l: Locale) => pick(l, { nb: 'Dataene dine er slettet', nn: 'Dataa dine er sletta', en: 'Your data is erased' }),
  done: (l: Locale, r: ErasureResult, rosterGroups: string[]): string => {
    const parts = [
      `**${pick(l, { nb: 'Slettet', nn: 'Sletta', en: 'Erased' })}**\n${r.erased.length ? list(r.erased) : pick(l, { nb: 'ingenting (mer) å slette', nn: 'ingenting (meir) å slette', en: 'nothing (more) to erase' })}`,
      `**${pick(l, { nb: 'Begrenset (låste referater)', nn: 'Avgrensa (låste referat)', en: 'Restricted (locked minutes)' })}**\n${r.restricted.length ? list(r.restricted) : pick(l, { nb: 'ingenting', nn: 'ingenting', en: 'nothing' })}`,
    ];
    if (rosterGroups.length) {
      parts.push(
        pick(l, {
          nb: `Oppføringen din på deltakerlisten til ${rosterGroups.join(', ')} blir stående, og det samme gjør roller, frammøte og stemmer i låste referater. Be sekretariatet fjerne deg fra deltakerlisten. Skriver du til Referent igjen, kobles du til deltakerlisten på nytt.`,
          nn: `Oppføringa di på deltakarlista til ${rosterGroups.join(', ')} blir ståande, og det same gjer roller, frammøte og stemmer i låste referat. Be sekretariatet om å fjerne deg frå deltakarlista. Skriv du til Referent igjen, blir du kopla til deltakarlista på nytt.`,
          en: `Your entry on the roster of ${rosterGroups.join(', ')} stays, as do roles and attendance and votes in locked minutes. Ask the secretariat to remove you from the roster. If you write to Referent again, you are linked to the roster again.`,
        }),
      );
    }
    return parts.join('\n\n');
  },
  itemChatReference: (l: Locale) =>
    pick(l, {
      nb: 'adressen til den personlige chatten med Referent',
      nn: 'adressa til den personlege chatten med Referent',
      en: 'the address of your personal chat with Referent',
    }),
  itemPerson: (l: Locale) =>
    pick(l, {
      nb: 'personposten din (Teams-kobling, personlig chat, utkast)',
      nn: 'personposten din (Teams-kopling, personleg chat, utkast)',
      en: 'your people record (Teams link, personal chat, draft)',
    }),
  itemRosterLink: (l: Locale, group: string) =>
    pick(l, {
      nb: `koblingen mellom Teams-kontoen din og deltakerlisten til ${group}`,
      nn: `koplinga mellom Teams-kontoen din og deltakarlista til ${group}`,
      en: `the link between your Teams account and the roster of ${group}`,
    }),
  itemIndexLink: (l: Locale) =>
    pick(l, {
      nb: 'koblingen til Teams-kontoen din i navne-/e-postoppslaget',
      nn: 'koplinga til Teams-kontoen din i oppslaget på namn og e-post',
      en: 'the link to your Teams account in the name/e-mail index',
    }),
  itemInput: (l: Locale, group: string, date: string, organization: string) =>
    pick(l, {
      nb: `innspill: ${group}, ${dmy(date)} (${organization})`,
      nn: `innspel: ${group}, ${dmy(date)} (${organization})`,
      en: `input: ${group}, ${dmy(date)} (${organization})`,
    }),
  /** `item`: «sak 1», «sak 1 i del 2» (texts-item-ref.ts). */
  itemVote: (l: Locale, group: string, date: string, item: string) =>
    pick(l, {
      nb: `stemme: ${group}, ${dmy(date)}, ${item}`,
      nn: `stemme: ${group}, ${dmy(date)}, ${item}`,
      en: `vote: ${group}, ${dmy(date)}, ${item}`,
    }),
  itemAttendance: (l: Locale, group: string, date: string) =>
    pick(l, { nb: `frammøte: ${group}, ${dmy(date)}`, nn: `frammøte: ${group}, ${dmy(date)}`, en: `attendance: ${group}, ${dmy(date)}` }),
};
