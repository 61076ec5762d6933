import { changeSetting } from '../../src/app/group-settings';
import { pasteForm } from '../../src/app/paste-forms';
import { texts } from '../../src/app/texts';
import { command, type Capability } from './types';

/** ny gruppe, deltakere, rolle, innstilling. */
export const groups: Capability = {
  commands: [
    command(
      {
        name: 'new-group',
        aliases: ['ny gruppe', 'new group'],
        audience: 'anyone',
        where: 'shared',
        elsewhere: texts.groupOnlyInSharedChat,
        nb: 'ny gruppe <navn> – oppretter gruppen med denne samtalen som hjem',
        nn: 'ny gruppe <namn> – opprettar gruppa med denne samtalen som heim',
        en: 'new group <name> – creates the group with this conversation as its home',
      },
      async ({ actor, command: c, services }) => services.groups.createGroup(actor, c.args),
    ),
    command(
      {
        name: 'members',
        aliases: ['deltakere', 'deltakarar', 'members'],
        audience: 'secretariat',
        where: 'any',
        group: 'here',
        nb: 'deltakere + linjer – importerer/oppdaterer deltakerlisten',
        nn: 'deltakarar + linjer – legg inn eller oppdaterer deltakarlista',
        en: 'members + lines – imports/updates the roster',
      },
      // Sent without lines: the form card, whose text box keeps the line breaks a chat may lose (#16 §1).
      async ({ actor, command: c, group, services }) =>
        (c.body || c.args).trim()
          ? services.groups.importRoster(actor, group, c.body || c.args)
          : pasteForm(actor.locale, 'members', group.group.value.groupId),
    ),
    command(
      {
        name: 'role',
        aliases: ['rolle', 'role'],
        audience: 'secretariat',
        where: 'any',
        group: 'here',
        nb: 'rolle <navn> sekretariat|møteleder – gir en rolle',
        nn: 'rolle <namn> sekretariat|møteleiar – gir ei rolle',
        en: 'role <name> secretariat|chair – grants a role',
      },
      async ({ actor, command: c, group, services }) => services.groups.grantRole(actor, group, c.args),
    ),
    command(
      {
        name: 'setting',
        aliases: ['innstilling', 'setting'],
        audience: 'secretariat',
        where: 'any',
        group: 'here',
        nb: 'innstilling [vedtaksetikett|markører på|av] [avsender|telefon|arkivkode <tekst>|av] [påminnelse innspill <0–14> dager|av] [påminnelse møtedag <tt:mm>|av] [kortnavn <organisasjon> = <kortnavn>|av] – gruppens dokumenter og automatiske påminnelser',
        nn: 'innstilling [vedtaksetikett|markørar på|av] [avsendar|telefon|arkivkode <tekst>|av] [påminning innspel <0–14> dagar|av] [påminning møtedag <tt:mm>|av] [kortnamn <organisasjon> = <kortnamn>|av] – dokumenta til gruppa og automatiske påminningar',
        en: "setting [decision-label|markers on|off] [sender|phone|archive-code <text>|off] [reminder input <0–14> days|off] [reminder meeting-day <hh:mm>|off] [short-name <organization> = <short name>|off] – the group's documents and scheduled reminders",
      },
      async ({ actor, command: c, group, services }) => changeSetting(services.repos, actor, group, c.args, services.now()),
    ),
  ],
};
