import { setGroupLanguage, setMyLanguage } from '../../src/app/language';
import { command, type Capability } from './types';

/** språk (the group's written language) and mitt språk (one's own in personal chat), #19. */
export const language: Capability = {
  commands: [
    command(
      {
        name: 'language',
        aliases: ['språk', 'language'],
        audience: 'secretariat',
        where: 'shared',
        group: 'here',
        nb: 'språk [nynorsk|bokmål|english] – språket gruppen skriver på (svar, kort og dokumenter)',
        nn: 'språk [nynorsk|bokmål|english] – språket gruppa skriv på (svar, kort og dokument)',
        en: 'language [nynorsk|bokmål|english] – the language the group writes in (answers, cards and documents)',
      },
      async ({ actor, command: c, group, services }) => setGroupLanguage(services.repos, actor, group, c.args),
    ),
    command(
      {
        name: 'my-language',
        aliases: ['mitt språk', 'my language'],
        audience: 'anyone',
        where: 'personal',
        nb: 'mitt språk [nynorsk|bokmål|english] – språket jeg skriver til deg på her',
        nn: 'mitt språk [nynorsk|bokmål|english] – språket eg skriv til deg på her',
        en: 'my language [nynorsk|bokmål|english] – the language I write to you in here',
      },
      async ({ actor, command: c, pre, services }) => setMyLanguage(services.repos, actor, c.args, pre?.person),
    ),
  ],
};
