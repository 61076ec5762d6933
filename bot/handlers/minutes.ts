import { clickHandler } from '../present';
import type { Services } from '../services';
import { actorFrom } from '../turn';
import { command, type Capability } from './types';

/** referat / innkalling docx|md|html|pdf (innkalling also ics), referat arkiv (signed download links) and lås referat. */
export const minutes: Capability = {
  commands: [
    command(
      {
        name: 'minutes',
        aliases: ['referat', 'minutes'],
        audience: 'secretariat',
        where: 'any',
        group: 'here',
        nb: 'referat [docx|md|html|pdf|arkiv] [dd.mm.åååå] – lenke til referatet (pdf: PDF/A; arkiv: arkivpakke med PDF/A og metadata, bare låste referater)',
        nn: 'referat [docx|md|html|pdf|arkiv] [dd.mm.åååå] – lenkje til referatet (pdf: PDF/A; arkiv: arkivpakke med PDF/A og metadata, berre låste referat)',
        en: 'minutes [docx|md|html|pdf|archive] [dd.mm.yyyy] – link to the minutes (pdf: PDF/A; archive: archive package with PDF/A and metadata, locked minutes only)',
      },
      // A personal link: the presenter delivers it in the requester's own chat (bot/private-reply.ts).
      async ({ actor, command: c, group, services }) => services.minutes.exportDocument(actor, group, 'referat', c.args),
    ),
    command(
      {
        name: 'notice-export',
        aliases: [
          'innkalling docx',
          'innkalling md',
          'innkalling html',
          'innkalling pdf',
          'innkalling ics',
          'notice docx',
          'notice md',
          'notice html',
          'notice pdf',
          'notice ics',
        ],
        audience: 'secretariat',
        where: 'any',
        group: 'here',
        nb: 'innkalling docx|md|html|pdf|ics [dd.mm.åååå] – lenke til innkallingen som dokument (ics: kalenderinvitasjon, oppdatert ved flytting og avlysning)',
        nn: 'innkalling docx|md|html|pdf|ics [dd.mm.åååå] – lenkje til innkallinga som dokument (ics: kalenderinvitasjon, oppdatert ved flytting og avlysing)',
        en: 'notice docx|md|html|pdf|ics [dd.mm.yyyy] – link to the notice as a document (ics: calendar invitation, updated when the meeting is moved or cancelled)',
      },
      async ({ actor, command: c, group, services }) => {
        // The format is part of the alias the user typed ("innkalling docx").
        const format = c.alias.split(' ')[1] ?? '';
        return services.minutes.exportDocument(actor, group, 'innkalling', `${format} ${c.args}`);
      },
    ),
    command(
      {
        name: 'lock-minutes',
        aliases: ['lås referat', 'lock minutes'],
        audience: 'secretariat',
        where: 'any',
        group: 'here',
        nb: 'lås referat [dd.mm.åååå] – låser referatet',
        nn: 'lås referat [dd.mm.åååå] – låser referatet',
        en: 'lock minutes [dd.mm.yyyy] – locks the minutes',
      },
      async ({ actor, command: c, group, services }) => services.minutes.lockByCommand(actor, group, c.args),
    ),
  ],
  verbs: ['notice.calendar'],
  register(app, services: Services) {
    // «Legg i kalender» on the notice card (#18 §4): the .ics goes to the clicker's personal chat; the group
    // card is left as it is (a text answer is a message to the clicker, not a new card).
    app.adaptiveCards.actionExecute<Record<string, unknown>>(
      'notice.calendar',
      clickHandler(services, (context, data) => services.minutes.calendarFromCard(actorFrom(context), data)),
    );
  },
};
