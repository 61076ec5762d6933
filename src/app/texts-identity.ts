import { pick, type Locale, type Text } from '../domain/language';

/** First contact and the secretariat's link card (issue #15 §1): Bokmål, Nynorsk, English. */

export type AskReason = 'ambiguous' | 'partial' | 'role' | 'taken';

export const identityTexts = {
  waiting: (l: Locale, group: string) =>
    pick(l, {
      nb: `Jeg er ikke sikker på hvem du er på deltakerlisten til ${group}. Sekretariatet har fått spørsmålet og kobler deg; du får beskjed her. Til da er ingenting lagret på deg.`,
      nn: `Eg er ikkje sikker på kven du er på deltakarlista til ${group}. Sekretariatet har fått spørsmålet og koplar deg; du får beskjed her. Til då er ingenting lagra på deg.`,
      en: `I am not sure who you are on the roster of ${group}. The secretariat has been asked and will link you; you will be told here. Until then nothing is stored for you.`,
    }),
  title: (l: Locale, teamsName: string) => pick(l, { nb: `Hvem er «${teamsName}»?`, nn: `Kven er «${teamsName}»?`, en: `Who is "${teamsName}"?` }),
  question: (l: Locale, teamsName: string, reason: AskReason, first: string) =>
    pick(
      l,
      (
        {
          ambiguous: {
            nb: `Teams-brukeren «${teamsName}» passer til flere på deltakerlisten. Velg hvem det er, eller «Ikke på listen».`,
            nn: `Teams-brukaren «${teamsName}» passar til fleire på deltakarlista. Vel kven det er, eller «Ikkje på lista».`,
            en: `The Teams user "${teamsName}" matches several people on the roster. Choose who it is, or "Not on the list".`,
          },
          partial: {
            nb: `Teams-brukeren «${teamsName}» ligner på ${first}, men navnet er ikke helt likt (mellomnavn). Er det samme person?`,
            nn: `Teams-brukaren «${teamsName}» liknar på ${first}, men namnet er ikkje heilt likt (mellomnamn). Er det same person?`,
            en: `The Teams user "${teamsName}" resembles ${first}, but the name differs (middle name). Is it the same person?`,
          },
          role: {
            nb: `Er «${teamsName}» den samme som ${first}? En rolle kobles aldri på navnet alene.`,
            nn: `Er «${teamsName}» den same som ${first}? Ei rolle blir aldri kopla på namnet åleine.`,
            en: `Is "${teamsName}" the same person as ${first}? A role is never linked on the name alone.`,
          },
          taken: {
            nb: `Teams-brukeren «${teamsName}» har samme navn som ${first}, som allerede er koblet til en annen Teams-bruker. Velg bare hvis det er riktig å flytte koblingen.`,
            nn: `Teams-brukaren «${teamsName}» har same namn som ${first}, som alt er kopla til ein annan Teams-brukar. Vel berre viss det er rett å flytte koplinga.`,
            en: `The Teams user "${teamsName}" has the same name as ${first}, who is already linked to another Teams user. Choose only if the link should move.`,
          },
        } satisfies Record<AskReason, Text>
      )[reason],
    ),
  notOnList: (l: Locale) => pick(l, { nb: 'Ikke på listen', nn: 'Ikkje på lista', en: 'Not on the list' }),
  roleLabel: (l: Locale, role: 'chair' | 'secretariat') =>
    role === 'chair' ? pick(l, { nb: 'møteleder', nn: 'møteleiar', en: 'chair' }) : pick(l, { nb: 'sekretariat', nn: 'sekretariat', en: 'secretariat' }),
  linkedOnCard: (l: Locale, teamsName: string, member: string, by: string) =>
    pick(l, {
      nb: `«${teamsName}» er koblet til ${member} (av ${by}).`,
      nn: `«${teamsName}» er kopla til ${member} (av ${by}).`,
      en: `"${teamsName}" is linked to ${member} (by ${by}).`,
    }),
  dismissedOnCard: (l: Locale, teamsName: string, by: string) =>
    pick(l, {
      nb: `«${teamsName}» er ikke på deltakerlisten (avgjort av ${by}).`,
      nn: `«${teamsName}» er ikkje på deltakarlista (avgjort av ${by}).`,
      en: `"${teamsName}" is not on the roster (decided by ${by}).`,
    }),
  alreadyDecided: (l: Locale, by: string) =>
    pick(l, {
      nb: `Dette er allerede avgjort av ${by}. Ingenting ble endret.`,
      nn: `Dette er alt avgjort av ${by}. Ingenting vart endra.`,
      en: `This was already decided by ${by}. Nothing was changed.`,
    }),
  noQuestion: (l: Locale) =>
    pick(l, {
      nb: 'Kortet viser ikke til et åpent spørsmål om en kobling. Ingenting ble endret.',
      nn: 'Kortet viser ikkje til eit ope spørsmål om ei kopling. Ingenting vart endra.',
      en: 'The card does not refer to an open question about a link. Nothing was changed.',
    }),
  notCandidate: (l: Locale) =>
    pick(l, {
      nb: 'Den personen var ikke et av valgene på kortet. Ingenting ble endret.',
      nn: 'Den personen var ikkje eitt av vala på kortet. Ingenting vart endra.',
      en: 'That person was not one of the choices on the card. Nothing was changed.',
    }),
  toldLinked: (l: Locale, member: string, organization: string, group: string) =>
    pick(l, {
      nb: `Sekretariatet har koblet deg til ${member} (${organization}) i ${group}. Du kan nå sende innspill og bruke kommandoene.`,
      nn: `Sekretariatet har kopla deg til ${member} (${organization}) i ${group}. No kan du sende innspel og bruke kommandoane.`,
      en: `The secretariat has linked you to ${member} (${organization}) in ${group}. You can now send input and use the commands.`,
    }),
};
