"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.COMMANDS = void 0;
exports.parseCommand = parseCommand;
exports.firstWord = firstWord;
exports.COMMANDS = [
    { name: 'help', aliases: ['hjelp', 'help'], audience: 'anyone', where: 'any', nb: 'hjelp – kommandoene du kan bruke her', en: 'help – the commands you can use here' },
    { name: 'new-group', aliases: ['ny gruppe', 'new group'], audience: 'anyone', where: 'shared', nb: 'ny gruppe <navn> – oppretter gruppen med denne samtalen som hjem', en: 'new group <name> – creates the group with this conversation as its home' },
    { name: 'members', aliases: ['deltakere', 'members'], audience: 'secretariat', where: 'any', nb: 'deltakere + linjer – importerer/oppdaterer deltakerlisten', en: 'members + lines – imports/updates the roster' },
    { name: 'role', aliases: ['rolle', 'role'], audience: 'secretariat', where: 'any', nb: 'rolle <navn> sekretariat|møteleder – gir en rolle', en: 'role <name> secretariat|chair – grants a role' },
    { name: 'new-meeting', aliases: ['nytt møte', 'new meeting'], audience: 'secretariat', where: 'any', nb: 'nytt møte <dd.mm.åååå> <tt:mm>-<tt:mm> [sted] – oppretter et møte', en: 'new meeting <dd.mm.yyyy> <hh:mm>-<hh:mm> [place] – creates a meeting' },
    { name: 'agenda', aliases: ['sakskart', 'agenda'], audience: 'secretariat', where: 'any', nb: 'sakskart + tekst – setter sakskartet for neste møte', en: 'agenda + text – sets the agenda of the next meeting' },
    { name: 'notice', aliases: ['innkalling', 'notice'], audience: 'secretariat', where: 'any', nb: 'innkalling – publiserer innkallingen og åpner for innspill', en: 'notice – publishes the notice and opens the input window' },
    { name: 'start', aliases: ['start'], audience: 'chair', where: 'shared', nb: 'start – starter møtet', en: 'start – starts the meeting' },
    { name: 'next', aliases: ['neste', 'next'], audience: 'chair', where: 'shared', nb: 'neste – går til neste sak', en: 'next – moves to the next item' },
    { name: 'item', aliases: ['sak', 'item'], audience: 'chair', where: 'shared', nb: 'sak <n> – går til sak n', en: 'item <n> – moves to item n' },
    { name: 'decision', aliases: ['vedtak:', 'decision:', 'vedtak', 'decision'], audience: 'chair', where: 'shared', nb: 'vedtak: <tekst> – vedtak på gjeldende sak', en: 'decision: <text> – decision on the current item' },
    { name: 'note', aliases: ['notat:', 'note:', 'notat', 'note'], audience: 'chair', where: 'shared', nb: 'notat: <tekst> – notat på gjeldende sak', en: 'note: <text> – note on the current item' },
    { name: 'round', aliases: ['runde', 'round'], audience: 'chair', where: 'shared', nb: 'runde – starter runden rundt bordet', en: 'round – starts the round table' },
    { name: 'end', aliases: ['avslutt', 'end'], audience: 'chair', where: 'shared', nb: 'avslutt – avslutter møtet', en: 'end – ends the meeting' },
    { name: 'input', aliases: ['innspill', 'input'], audience: 'member', where: 'any', nb: 'innspill <tekst> – lagrer ditt innspill til runden rundt bordet', en: 'input <text> – stores your round-table input' },
    { name: 'my-input', aliases: ['mine innspill', 'my input'], audience: 'member', where: 'any', nb: 'mine innspill – viser innspillet ditt', en: 'my input – shows your input' },
    { name: 'withdraw-input', aliases: ['trekk innspill', 'withdraw input'], audience: 'member', where: 'any', nb: 'trekk innspill – trekker innspillet ditt', en: 'withdraw input – withdraws your input' },
    { name: 'present', aliases: ['til stede', 'present'], audience: 'member', where: 'any', nb: 'til stede – melder at du er til stede', en: 'present – marks you present' },
    { name: 'apologies', aliases: ['forfall', 'apologies'], audience: 'member', where: 'any', nb: 'forfall – melder forfall', en: 'apologies – sends your apologies' },
    { name: 'status', aliases: ['status'], audience: 'secretariat', where: 'any', nb: 'status – hvem har sendt innspill', en: 'status – who has sent input' },
    { name: 'remind', aliases: ['påminnelse', 'remind'], audience: 'secretariat', where: 'any', nb: 'påminnelse – minner dem som mangler innspill', en: 'remind – reminds those missing input' },
    { name: 'minutes', aliases: ['referat', 'minutes'], audience: 'secretariat', where: 'any', nb: 'referat [docx|md|html|pdf] [dd.mm.åååå] – lenke til referatet (pdf: PDF/A for arkivet)', en: 'minutes [docx|md|html|pdf] [dd.mm.yyyy] – link to the minutes (pdf: PDF/A for the archive)' },
    { name: 'notice-export', aliases: ['innkalling docx', 'innkalling md', 'innkalling html', 'innkalling pdf', 'notice docx', 'notice md', 'notice html', 'notice pdf'], audience: 'secretariat', where: 'any', nb: 'innkalling docx|md|html|pdf – lenke til innkallingen som dokument', en: 'notice docx|md|html|pdf – link to the notice as a document' },
    { name: 'my-data', aliases: ['mine data', 'my data'], audience: 'anyone', where: 'personal', nb: 'mine data – hva Referent lagrer om deg', en: 'my data – what Referent stores about you' },
    { name: 'erase-my-data', aliases: ['slett mine data', 'erase my data'], audience: 'anyone', where: 'personal', nb: 'slett mine data – sletter det Referent lagrer om deg (med bekreftelse)', en: 'erase my data – erases what Referent stores about you (asks first)' },
    { name: 'lock-minutes', aliases: ['lås referat', 'lock minutes'], audience: 'secretariat', where: 'any', nb: 'lås referat [dd.mm.åååå] – låser referatet', en: 'lock minutes [dd.mm.yyyy] – locks the minutes' },
];
/** Longest alias first, so "mine innspill" wins over "innspill" is not a prefix issue either way. */
const ALIASES = exports.COMMANDS.flatMap((spec) => spec.aliases.map((alias) => ({ alias, spec }))).sort((a, b) => b.alias.length - a.alias.length);
function parseCommand(text) {
    const trimmed = text.replace(/^\s+/, '');
    const lower = trimmed.toLocaleLowerCase('nb');
    for (const { alias, spec } of ALIASES) {
        if (!lower.startsWith(alias))
            continue;
        const next = trimmed.charAt(alias.length);
        // The alias must end at a word boundary (or be followed by ':' for "vedtak:" style commands).
        if (next !== '' && !/\s/.test(next) && !alias.endsWith(':') && next !== ':')
            continue;
        let rest = trimmed.slice(alias.length);
        if (!alias.endsWith(':') && rest.startsWith(':'))
            rest = rest.slice(1);
        const newline = rest.indexOf('\n');
        const firstLine = newline === -1 ? rest : rest.slice(0, newline);
        const body = newline === -1 ? '' : rest.slice(newline + 1);
        return { spec, alias, args: firstLine.trim(), body, rest: rest.replace(/^[ \t]+/, '').replace(/^\r?\n/, '') };
    }
    return undefined;
}
/** The first word the user typed, for "unknown command" answers. */
function firstWord(text) {
    return text.trim().split(/\s+/)[0]?.slice(0, 40) ?? '';
}
//# sourceMappingURL=commands.js.map