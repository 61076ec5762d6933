import { parseCommand } from '../../bot/commands';
import { commandText } from '../../bot/app';

describe('parseCommand', () => {
  it.each([
    ['hjelp', 'help', ''],
    ['HELP', 'help', ''],
    ['Ny gruppe Faggruppe for næringssamarbeid', 'new-group', 'Faggruppe for næringssamarbeid'],
    ['new group Test', 'new-group', 'Test'],
    ['rolle Didrik Aasland møteleder', 'role', 'Didrik Aasland møteleder'],
    ['vedtak: Innkallingen ble godkjent', 'decision', 'Innkallingen ble godkjent'],
    ['Vedtak:Innkallingen', 'decision', 'Innkallingen'],
    ['mine innspill', 'my-input', ''],
    ['innspill Vi har mye på gang', 'input', 'Vi har mye på gang'],
    ['trekk innspill', 'withdraw-input', ''],
    ['til stede', 'present', ''],
    ['påminnelse', 'remind', ''],
    ['sak 3', 'item', '3'],
    // Nynorsk (#19): the commands a nynorsk writer types work whatever the group's language.
    ['innspel Vi har mykje på gang', 'input', 'Vi har mykje på gang'],
    ['mine innspel', 'my-input', ''],
    ['trekk innspel', 'withdraw-input', ''],
    ['til stades', 'present', ''],
    ['fråvær sjukdom', 'absence', 'sjukdom'],
    ['påminning', 'remind', ''],
    ['deltakarar', 'members', ''],
  ])('%s → %s', (text, name, args) => {
    const parsed = parseCommand(text);
    expect(parsed?.spec.name).toBe(name);
    expect(parsed?.args).toBe(args);
  });

  it('keeps pasted lines after the command as the body', () => {
    const parsed = parseCommand('deltakere\nOla\tNordmann\tGrue kommune\nKaja\tNordmann\tAsker kommune');
    expect(parsed?.spec.name).toBe('members');
    expect(parsed?.body.split('\n')).toHaveLength(2);
  });

  it('does not take a word that only starts like a command', () => {
    expect(parseCommand('startup-nyheter')).toBeUndefined();
    expect(parseCommand('hjelpsom')).toBeUndefined();
    expect(parseCommand('')).toBeUndefined();
  });

  it('removes a leading bot mention and keeps other mentions as names', () => {
    expect(commandText('<at>Referent</at> rolle <at>Didrik Aasland</at> møteleder')).toBe('rolle Didrik Aasland møteleder');
  });
});
