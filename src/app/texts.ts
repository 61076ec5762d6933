import type { RefusalReason } from '../domain/roster-import';
import { pick, type Locale, type Text } from '../domain/language';

/** Every answer the product gives, in Norwegian Bokmål (default) and English. */
/** A role a roster line's note set: "Kari Nordmann" – chair. */
export type RoleGrant = { name: string; role: 'secretariat' | 'chair' };
const roleName = (l: Locale, role: RoleGrant['role']) =>
  role === 'chair' ? pick(l, { nb: 'møteleder', nn: 'møteleiar', en: 'chair' }) : pick(l, { nb: 'sekretariat', nn: 'sekretariat', en: 'secretariat' });
const grantList = (l: Locale, grants: RoleGrant[]) => grants.map((g) => `${g.name} – ${roleName(l, g.role)}`).join('; ');

export const texts = {
  somethingWentWrong: (l: Locale) =>
    pick(l, {
      nb: 'Beklager, noe gikk galt. Ingenting ble endret. Prøv igjen om litt.',
      nn: 'Beklagar, noko gjekk gale. Ingenting vart endra. Prøv igjen om litt.',
      en: 'Sorry, something went wrong. Nothing was changed. Please try again shortly.',
    }),
  storeDown: (l: Locale) =>
    pick(l, {
      nb: 'Beklager, jeg får ikke lagret noe akkurat nå. Dette ble IKKE lagret. Prøv igjen om litt.',
      nn: 'Beklagar, eg får ikkje lagra noko akkurat no. Dette vart IKKJE lagra. Prøv igjen om litt.',
      en: 'The store is not answering right now, so this was NOT saved. Please try again shortly.',
    }),
  /** A write was sent but not answered in time: it may well be stored (a re-send is stored once). */
  storeUnconfirmed: (l: Locale, personal: boolean) =>
    personal
      ? pick(l, {
          nb: 'Jeg fikk ikke bekreftet at det ble lagret. Sjekk med «mine innspill». Sender du det på nytt, lagres det ikke dobbelt.',
          nn: 'Eg fekk ikkje stadfesta at det vart lagra. Sjekk med «mine innspel». Sender du det på nytt, blir det ikkje lagra dobbelt.',
          en: 'I could not confirm that it was saved — check with "my input". If you send it again, it is not stored twice.',
        })
      : pick(l, {
          nb: 'Jeg fikk ikke bekreftet at endringen ble lagret. Sjekk om den er der før du prøver igjen.',
          nn: 'Eg fekk ikkje stadfesta at endringa vart lagra. Sjekk om ho er der før du prøver igjen.',
          en: 'I could not confirm that the change was saved — check whether it is there before you try again.',
        }),
  unknownCardAction: (l: Locale) =>
    pick(l, {
      nb: 'Denne knappen kjenner jeg ikke (kortet kan være gammelt). Ingenting ble endret. Skriv «hjelp» for å se hva du kan gjøre.',
      nn: 'Denne knappen kjenner eg ikkje (kortet kan vere gammalt). Ingenting vart endra. Skriv «hjelp» for å sjå kva du kan gjere.',
      en: 'I don\'t know this button (the card may be old). Nothing was changed. Type "help" to see what you can do.',
    }),
  unknownCommand: (l: Locale, word: string) =>
    pick(l, {
      nb: `Jeg kjenner ikke kommandoen «${word}». Skriv «hjelp» for å se hva du kan gjøre her.`,
      nn: `Eg kjenner ikkje kommandoen «${word}». Skriv «hjelp» for å sjå kva du kan gjere her.`,
      en: `I don't know the command "${word}". Type "help" to see what you can do here.`,
    }),
  groupOnlyInSharedChat: (l: Locale) =>
    pick(l, {
      nb: 'En gruppe må opprettes i en gruppechat eller kanal, så den har et sted å bo. Skriv «@Referent ny gruppe <navn>» der.',
      nn: 'Ei gruppe må opprettast i ein gruppechat eller ein kanal, så ho har ein stad å høyre heime. Skriv «@Referent ny gruppe <namn>» der.',
      en: 'A group must be created in a group chat or channel, so it has a home. Type "@Referent new group <name>" there.',
    }),
  groupNameMissing: (l: Locale) =>
    pick(l, {
      nb: 'Skriv navnet på gruppen etter kommandoen, for eksempel «ny gruppe Faggruppe for næringssamarbeid».',
      nn: 'Skriv namnet på gruppa etter kommandoen, til dømes «ny gruppe Faggruppe for næringssamarbeid».',
      en: 'Write the group name after the command, e.g. "new group Business cooperation group".',
    }),
  groupNameTooLong: (l: Locale) =>
    pick(l, {
      nb: 'Gruppenavnet kan være høyst 120 tegn.',
      nn: 'Gruppenamnet kan vere på høgst 120 teikn.',
      en: 'The group name can be at most 120 characters.',
    }),
  groupExists: (l: Locale, name: string) =>
    pick(l, {
      nb: `Denne samtalen er allerede hjemmet til gruppen «${name}». Ingenting ble endret.`,
      nn: `Denne samtalen er allereie heimen til gruppa «${name}». Ingenting vart endra.`,
      en: `This conversation is already the home of the group "${name}". Nothing was changed.`,
    }),
  groupCreated: (l: Locale, name: string) =>
    pick(l, {
      nb: `Gruppen «${name}» er opprettet, med denne samtalen som hjem. Du er registrert som sekretariat.\nNeste steg: lim inn deltakerlisten i skjemaet under, eller med «deltakere» fulgt av én linje per person (Fornavn⇥Etternavn⇥Organisasjon).`,
      nn: `Gruppa «${name}» er oppretta, med denne samtalen som heim. Du er registrert som sekretariat.\nNeste steg: lim inn deltakarlista i skjemaet nedanfor, eller skriv «deltakarar» og éi linje per person under (Fornamn⇥Etternamn⇥Organisasjon).`,
      en: `The group "${name}" is created, with this conversation as its home. You are registered as its secretariat.\nNext: paste the roster into the form below, or with "members" followed by one line per person (First name⇥Last name⇥Organization).`,
    }),
  noGroupHere: (l: Locale) =>
    pick(l, {
      nb: 'Denne samtalen hører ikke til noen gruppe ennå. Sekretariatet oppretter en med «@Referent ny gruppe <navn>» i gruppens chat eller kanal.',
      nn: 'Denne samtalen høyrer ikkje til nokon gruppe enno. Sekretariatet opprettar ei gruppe med «@Referent ny gruppe <namn>» i chatten eller kanalen til gruppa.',
      en: 'This conversation does not belong to a group yet. The secretariat creates one with "@Referent new group <name>" in the group\'s chat or channel.',
    }),
  onlySecretariat: (l: Locale) =>
    pick(l, {
      nb: 'Bare sekretariatet kan gjøre dette. Ingenting ble endret.',
      nn: 'Berre sekretariatet kan gjere dette. Ingenting vart endra.',
      en: 'Only the secretariat can do this. Nothing was changed.',
    }),
  onlyChair: (l: Locale) =>
    pick(l, {
      nb: 'Bare møteleder eller sekretariatet kan gjøre dette. Ingenting ble endret.',
      nn: 'Berre møteleiaren eller sekretariatet kan gjere dette. Ingenting vart endra.',
      en: 'Only the chair or the secretariat can do this. Nothing was changed.',
    }),
  rosterEmpty: (l: Locale) =>
    pick(l, {
      nb: 'Lim inn deltakerne på linjene etter «deltakere», én person per linje: Fornavn⇥Etternavn⇥Organisasjon[⇥e-post] eller Navn⇥Kommune/Region.',
      nn: 'Lim inn deltakarane på linjene etter «deltakarar», éin person per linje: Fornamn⇥Etternamn⇥Organisasjon[⇥e-post] eller Namn⇥Kommune/Region.',
      en: 'Paste the members on the lines after "members", one person per line: First name⇥Last name⇥Organization[⇥e-mail] or Name⇥Municipality/Region.',
    }),
  rosterImported: (l: Locale, c: { added: number; updated: number; unchanged: number; refused: number; total: number }) =>
    pick(l, {
      nb: `Deltakerlisten er oppdatert: ${c.added} lagt til, ${c.updated} oppdatert, ${c.unchanged} uendret, ${c.refused} avvist. Gruppen har nå ${c.total} deltakere.`,
      nn: `Deltakarlista er oppdatert: ${c.added} lagt til, ${c.updated} oppdatert, ${c.unchanged} uendra, ${c.refused} avvist. Gruppa har no ${c.total} deltakarar.`,
      en: `The roster is updated: ${c.added} added, ${c.updated} updated, ${c.unchanged} unchanged, ${c.refused} refused. The group now has ${c.total} members.`,
    }),
  rosterRolesSet: (l: Locale, grants: RoleGrant[]) =>
    pick(l, {
      nb: `Roller fra merknadene i listen: ${grantList(l, grants)}.`,
      nn: `Roller frå merknadene i lista: ${grantList(l, grants)}.`,
      en: `Roles from the notes in the list: ${grantList(l, grants)}.`,
    }),
  rosterRolesKept: (l: Locale, grants: RoleGrant[]) =>
    pick(l, {
      nb: `Hadde allerede rollen: ${grantList(l, grants)}.`,
      nn: `Hadde rolla frå før: ${grantList(l, grants)}.`,
      en: `Already had the role: ${grantList(l, grants)}.`,
    }),
  rosterNotes: (l: Locale, noted: string[]) =>
    pick(l, {
      nb: `Merknader (ikke en del av navnet): ${noted.join('; ')}.`,
      nn: `Merknader (ikkje ein del av namnet): ${noted.join('; ')}.`,
      en: `Notes (not part of the name): ${noted.join('; ')}.`,
    }),
  /** The line after a capped list (#16 §2): how many more there are, so none is dropped silently. */
  andMore: (l: Locale, n: number) => pick(l, { nb: `… og ${n} til`, nn: `… og ${n} til`, en: `… and ${n} more` }),
  refusedLine: (l: Locale, lineNumber: number, line: string, reason: RefusalReason) => {
    const why: Text = (() => {
      switch (reason.code) {
        case 'one-column':
          return {
            nb: 'fant bare én kolonne; skill navn og organisasjon med tabulator eller to mellomrom',
            nn: 'fann berre éin kolonne; skil namn og organisasjon med tabulator eller to mellomrom',
            en: 'found only one column; separate name and organization with a tab or two spaces',
          };
        case 'too-many-columns':
          return {
            nb: `fant ${reason.count} kolonner; forventet Fornavn, Etternavn, Organisasjon og eventuelt e-post`,
            nn: `fann ${reason.count} kolonnar; venta Fornamn, Etternamn, Organisasjon og eventuelt e-post`,
            en: `found ${reason.count} columns; expected First name, Last name, Organization and optionally e-mail`,
          };
        case 'bad-email':
          return {
            nb: `«${reason.value}» er ikke en e-postadresse`,
            nn: `«${reason.value}» er ikkje ei e-postadresse`,
            en: `"${reason.value}" is not an e-mail address`,
          };
        case 'empty-field':
          return { nb: 'en kolonne er tom', nn: 'ein kolonne er tom', en: 'a column is empty' };
        case 'too-long':
          return { nb: 'et felt er lengre enn 200 tegn', nn: 'eit felt er lengre enn 200 teikn', en: 'a field is longer than 200 characters' };
        case 'duplicate':
          return {
            nb: `samme person står allerede på linje ${reason.firstLine}`,
            nn: `same person står alt på linje ${reason.firstLine}`,
            en: `the same person is already on line ${reason.firstLine}`,
          };
      }
    })();
    return `${pick(l, { nb: 'Linje', nn: 'Linje', en: 'Line' })} ${lineNumber} «${line.slice(0, 80)}»: ${pick(l, why)}`;
  },
  roleUsage: (l: Locale) =>
    pick(l, {
      nb: 'Skriv «rolle <navn> sekretariat» eller «rolle <navn> møteleder».',
      nn: 'Skriv «rolle <namn> sekretariat» eller «rolle <namn> møteleiar».',
      en: 'Type "role <name> secretariat" or "role <name> chair".',
    }),
  roleNoMatch: (l: Locale, name: string) =>
    pick(l, {
      nb: `Fant ingen på deltakerlisten som heter «${name}». Sjekk stavemåten eller importer personen med «deltakere» først.`,
      nn: `Fann ingen på deltakarlista som heiter «${name}». Sjekk stavemåten, eller legg personen inn med «deltakarar» først.`,
      en: `Found nobody on the roster called "${name}". Check the spelling or import the person with "members" first.`,
    }),
  roleAmbiguous: (l: Locale, name: string, names: string[]) =>
    pick(l, {
      nb: `«${name}» passer på flere: ${names.join(', ')}. Skriv hele navnet.`,
      nn: `«${name}» passar på fleire: ${names.join(', ')}. Skriv heile namnet.`,
      en: `"${name}" matches several: ${names.join(', ')}. Write the full name.`,
    }),
  roleGranted: (l: Locale, name: string, role: 'secretariat' | 'chair') =>
    pick(l, {
      nb: `${name} har nå rollen ${role === 'chair' ? 'møteleder' : 'sekretariat'}.`,
      nn: `${name} har no rolla ${role === 'chair' ? 'møteleiar' : 'sekretariat'}.`,
      en: `${name} now has the role ${roleName(l, role)}.`,
    }),
  roleAlready: (l: Locale, name: string) =>
    pick(l, {
      nb: `${name} har allerede den rollen. Ingenting ble endret.`,
      nn: `${name} har alt den rolla. Ingenting vart endra.`,
      en: `${name} already has that role. Nothing was changed.`,
    }),
};
