import { pick, type Locale, type Text } from './language';

/*
 * Why a pasted agenda was refused, and the answer in each language: split from agenda-parser.ts so
 * the parser stays about reading lines. Every message says what to change and to paste again.
 */

export type AgendaParseErrorDetail =
  | { code: 'empty' }
  | { code: 'too-long'; length: number; max: number }
  | { code: 'no-items' }
  | { code: 'too-many-items'; count: number; max: number }
  | { code: 'duplicate-number'; number: number; titles: [string, string] }
  | { code: 'multiple-agendas'; headings: string[] }
  // A two-part meeting (#17 §1.8): each part is a «Sakskart …» heading with its own «Kl. 09:00-09:30» line.
  | { code: 'empty-part'; title: string }
  | { code: 'part-time'; title: string }
  | { code: 'overlapping-parts'; titles: [string, string] }
  | { code: 'not-a-part'; title: string };

const EXAMPLE: Text = {
  nb: '«1. Godkjenning av innkalling og dagsorden»',
  nn: '«1. Godkjenning av innkalling og dagsorden»',
  en: '"1. Approval of notice and agenda"',
};
const quote = (x: string, l: Locale): string => (l === 'en' ? `"${x}"` : `«${x}»`);
const quoteList = (xs: string[], l: Locale): string => xs.map((x) => quote(x, l)).join(pick(l, { nb: ' og ', nn: ' og ', en: ' and ' }));

export function agendaErrorMessage(error: AgendaParseErrorDetail, l: Locale): string {
  switch (error.code) {
    case 'empty':
      return pick(l, {
        nb: `Sakskartet er tomt. Lim inn sakene etter kommandoen, én sak per linje, for eksempel ${EXAMPLE.nb}.`,
        nn: `Sakslista er tom. Lim inn sakene etter kommandoen, éi sak per linje, til dømes ${EXAMPLE.nn}.`,
        en: `The agenda is empty. Paste the items after the command, one item per line, for example ${EXAMPLE.en}.`,
      });
    case 'too-long':
      return pick(l, {
        nb: `Teksten er for lang (${error.length} tegn, høyst ${error.max} er tillatt). Lim inn bare selve sakskartet, uten innspill og vedlegg.`,
        nn: `Teksten er for lang (${error.length} teikn, høgst ${error.max} er tillate). Lim inn berre sjølve sakslista, utan innspel og vedlegg.`,
        en: `The text is too long (${error.length} characters, at most ${error.max} allowed). Paste only the agenda itself, without updates and attachments.`,
      });
    case 'no-items':
      return pick(l, {
        nb: `Fant ingen nummererte saker. Skriv én sak per linje, for eksempel ${EXAMPLE.nb}.`,
        nn: `Fann ingen nummererte saker. Skriv éi sak per linje, til dømes ${EXAMPLE.nn}.`,
        en: `No numbered items found. Write one item per line, for example ${EXAMPLE.en}.`,
      });
    case 'too-many-items':
      return pick(l, {
        nb: `Sakskartet har ${error.count} saker, men høyst ${error.max} er tillatt. Slå sammen saker og lim inn på nytt.`,
        nn: `Sakslista har ${error.count} saker, men høgst ${error.max} er tillate. Slå saman saker og lim inn på nytt.`,
        en: `The agenda has ${error.count} items, but at most ${error.max} are allowed. Merge items and paste again.`,
      });
    case 'duplicate-number':
      return pick(l, {
        nb: `Saksnummer ${error.number} er brukt to ganger (${quoteList(error.titles, l)}). Gi hver sak sitt eget nummer og lim inn på nytt.`,
        nn: `Saksnummer ${error.number} er brukt to gonger (${quoteList(error.titles, l)}). Gi kvar sak sitt eige nummer og lim inn på nytt.`,
        en: `Item number ${error.number} is used twice (${quoteList(error.titles, l)}). Give each item its own number and paste again.`,
      });
    case 'multiple-agendas':
      return pick(l, {
        nb: `Teksten inneholder ${error.headings.length} sakskart (${quoteList(error.headings, l)}). Lim inn bare sakskartet for dette møtet.`,
        nn: `Teksten inneheld ${error.headings.length} sakslister (${quoteList(error.headings, l)}). Lim inn berre sakslista for dette møtet.`,
        en: `The text contains ${error.headings.length} agendas (${quoteList(error.headings, l)}). Paste only the agenda of this meeting.`,
      });
    case 'empty-part':
      return pick(l, {
        nb: `Delen ${quote(error.title, l)} har ingen saker. Skriv sakene nummerert under overskriften og tiden, eller ta bort overskriften, og lim inn på nytt.`,
        nn: `Delen ${quote(error.title, l)} har ingen saker. Skriv sakene nummererte under overskrifta og tida, eller ta bort overskrifta, og lim inn på nytt.`,
        en: `The part ${quote(error.title, l)} has no items. Write its numbered items under the heading and the time, or remove the heading, and paste again.`,
      });
    case 'part-time':
      return pick(l, {
        nb: `Tiden for delen ${quote(error.title, l)} slutter før den begynner. Skriv den som «Kl. 09:00-09:30» og lim inn på nytt.`,
        nn: `Tida for delen ${quote(error.title, l)} sluttar før ho byrjar. Skriv ho som «Kl. 09:00-09:30» og lim inn på nytt.`,
        en: `The time of the part ${quote(error.title, l)} ends before it starts. Write it as "Kl. 09:00-09:30" and paste again.`,
      });
    case 'overlapping-parts':
      return pick(l, {
        nb: `Tidene for delene ${quoteList(error.titles, l)} overlapper eller står i feil rekkefølge. Hver del må slutte før den neste begynner; rett tidene og lim inn på nytt.`,
        nn: `Tidene for delane ${quoteList(error.titles, l)} overlappar eller står i feil rekkjefølgje. Kvar del må slutte før den neste byrjar; rett tidene og lim inn på nytt.`,
        en: `The times of the parts ${quoteList(error.titles, l)} overlap or are out of order. Each part must end before the next one starts; correct the times and paste again.`,
      });
    case 'not-a-part':
      return pick(l, {
        nb: `Teksten har et møte i flere deler, men ${quote(error.title, l)} har ingen tid under seg, så det er ikke en del av møtet. Skriv tiden («Kl. 09:00-09:30») på linjen under overskriften, eller lim inn uten den delen.`,
        nn: `Teksten har eit møte i fleire delar, men ${quote(error.title, l)} har inga tid under seg, så det er ikkje ein del av møtet. Skriv tida («Kl. 09:00-09:30») på linja under overskrifta, eller lim inn utan den delen.`,
        en: `The text has a meeting in several parts, but ${quote(error.title, l)} has no time under it, so it is not a part of the meeting. Write the time ("Kl. 09:00-09:30") on the line under the heading, or paste without that part.`,
      });
  }
}
