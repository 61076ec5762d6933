import { pick, type Locale } from '../domain/language';

/** The answers of `innstilling kortnavn` (#17 §1.3). */
export const shortNameTexts = {
  /** One line for `innstilling` without arguments, and for `innstilling kortnavn` alone. */
  list: (l: Locale, pairs: { organization: string; short: string }[]) =>
    pairs.length === 0
      ? pick(l, {
          nb: '- kortnavn: ingen – rundens overskrifter bruker organisasjonens fulle navn («innstilling kortnavn Ringerike kommune = Ringeriksregionen»)',
          nn: '- kortnamn: ingen – overskriftene i runden bruker det fulle namnet til organisasjonen («innstilling kortnamn Ringerike kommune = Ringeriksregionen»)',
          en: '- short-name: none – the round table\'s headings use the organization\'s full name ("setting short-name Ringerike kommune = Ringeriksregionen")',
        })
      : `${pick(l, { nb: '- kortnavn i rundens overskrifter:', nn: '- kortnamn i overskriftene i runden:', en: "- short names in the round table's headings:" })} ${pairs
          .map((p) => `${p.organization} = ${p.short}`)
          .join('; ')}`,
  usage: (l: Locale) =>
    pick(l, {
      nb: 'Skriv organisasjonen slik den står på deltakerlista, «=» og kortnavnet, for eksempel «innstilling kortnavn Ringerike kommune = Ringeriksregionen», eller «innstilling kortnavn Ringerike kommune av» for å fjerne det. Ingenting ble endret.',
      nn: 'Skriv organisasjonen slik han står på deltakarlista, «=» og kortnamnet, til dømes «innstilling kortnamn Ringerike kommune = Ringeriksregionen», eller «innstilling kortnamn Ringerike kommune av» for å fjerne det. Ingenting vart endra.',
      en: 'Write the organization as the roster has it, "=" and the short name, e.g. "setting short-name Ringerike kommune = Ringeriksregionen", or "setting short-name Ringerike kommune off" to remove it. Nothing was changed.',
    }),
  tooLong: (l: Locale, max: number) =>
    pick(l, {
      nb: `Et kortnavn kan ha høyst ${max} tegn. Ingenting ble endret.`,
      nn: `Eit kortnamn kan ha høgst ${max} teikn. Ingenting vart endra.`,
      en: `A short name can have at most ${max} characters. Nothing was changed.`,
    }),
  unknownOrganization: (l: Locale, organization: string) =>
    pick(l, {
      nb: `Ingen på deltakerlista er fra «${organization}». Skriv organisasjonen slik den står på lista (se «deltakere»). Ingenting ble endret.`,
      nn: `Ingen på deltakarlista er frå «${organization}». Skriv organisasjonen slik han står på lista (sjå «deltakarar»). Ingenting vart endra.`,
      en: `No one on the roster is from "${organization}". Write the organization as the roster has it (see "members"). Nothing was changed.`,
    }),
  set: (l: Locale, organization: string, short: string) =>
    pick(l, {
      nb: `«${organization}» heter nå «${short}» i rundens overskrifter i referatet («Kari fra ${short}:»). Gjelder neste eksport.`,
      nn: `«${organization}» heiter no «${short}» i overskriftene i runden i referatet («Kari frå ${short}:»). Gjeld frå neste eksport.`,
      en: `"${organization}" is now "${short}" in the round table's headings in the minutes ("Kari from ${short}:"). Applies to the next export.`,
    }),
  cleared: (l: Locale, organization: string) =>
    pick(l, {
      nb: `«${organization}» har ikke lenger et kortnavn: rundens overskrifter bruker det fulle navnet. Gjelder neste eksport.`,
      nn: `«${organization}» har ikkje lenger eit kortnamn: overskriftene i runden bruker det fulle namnet. Gjeld frå neste eksport.`,
      en: `"${organization}" no longer has a short name: the round table's headings use the full name. Applies to the next export.`,
    }),
  unchanged: (l: Locale, organization: string, short: string | undefined) =>
    short
      ? pick(l, {
          nb: `«${organization}» hadde allerede kortnavnet «${short}». Ingenting ble endret.`,
          nn: `«${organization}» hadde allereie kortnamnet «${short}». Ingenting vart endra.`,
          en: `"${organization}" already had the short name "${short}". Nothing was changed.`,
        })
      : pick(l, {
          nb: `«${organization}» har ikke noe kortnavn. Ingenting ble endret.`,
          nn: `«${organization}» har ikkje noko kortnamn. Ingenting vart endra.`,
          en: `"${organization}" has no short name. Nothing was changed.`,
        }),
};
