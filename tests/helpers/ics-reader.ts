/**
 * A strict reader of RFC 5545 iCalendar text for tests (#18 §4): CRLF only, no physical line over 75 octets,
 * folding undone, BEGIN/END balanced, TEXT escapes checked, and DATE-TIMEs with a TZID resolved through the
 * file's own VTIMEZONE (yearly BYMONTH + BYDAY=-1SU rules, what Europe/Oslo needs).
 */

export interface Property {
  name: string;
  params: Record<string, string>;
  value: string;
}
export interface Component {
  name: string;
  props: Property[];
  children: Component[];
}

export function parseIcs(text: string): Component {
  if (!text.endsWith('\r\n')) throw new Error('does not end with CRLF');
  if (/\r(?!\n)|(?<!\r)\n/.test(text)) throw new Error('bare CR or LF');
  const physical = text.slice(0, -2).split('\r\n');
  for (const line of physical) {
    if (Buffer.byteLength(line, 'utf8') > 75) throw new Error(`line over 75 octets: ${line}`);
    if (line.includes('\uFFFD')) throw new Error('broken UTF-8');
  }
  const logical: string[] = [];
  for (const line of physical) {
    if (line.startsWith(' ') || line.startsWith('\t')) {
      if (logical.length === 0) throw new Error('continuation first');
      logical[logical.length - 1] += line.slice(1);
    } else logical.push(line);
  }
  const stack: Component[] = [];
  let root: Component | undefined;
  for (const line of logical) {
    const m = /^([A-Za-z0-9-]+)((?:;[A-Za-z0-9-]+=(?:"[^"]*"|[^";:,]*))*):(.*)$/.exec(line);
    if (!m) throw new Error(`not a content line: ${line}`);
    const [, name, rawParams, value] = m;
    const params: Record<string, string> = {};
    for (const p of rawParams.match(/;[A-Za-z0-9-]+=(?:"[^"]*"|[^";:,]*)/g) ?? []) {
      const [k, v] = p.slice(1).split(/=(.*)/s);
      params[k.toUpperCase()] = v.replace(/^"|"$/g, '');
    }
    if (/[\u0000-\u0008\u000a-\u001f\u007f]/.test(value)) throw new Error(`control character in ${name}`);
    if (name === 'BEGIN') {
      const c: Component = { name: value, props: [], children: [] };
      if (stack.length) stack[stack.length - 1].children.push(c);
      else if (root) throw new Error('two top-level components');
      else root = c;
      stack.push(c);
    } else if (name === 'END') {
      const c = stack.pop();
      if (!c || c.name !== value) throw new Error(`END:${value} does not close ${c?.name}`);
    } else {
      if (!stack.length) throw new Error(`${name} outside a component`);
      stack[stack.length - 1].props.push({ name: name.toUpperCase(), params, value });
    }
  }
  if (!root || stack.length) throw new Error('unbalanced');
  return root;
}

/** A TEXT value: only \\ \; \, \n \N escapes; an unescaped comma or semicolon is an error (single-valued properties). */
function unescapeText(value: string): string {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === '\\') {
      const next = value[++i];
      if (next === 'n' || next === 'N') out += '\n';
      else if (next === '\\' || next === ';' || next === ',') out += next;
      else throw new Error(`bad escape \\${next}`);
    } else if (c === ';' || c === ',') throw new Error(`unescaped ${c} in ${value}`);
    else out += c;
  }
  return out;
}

export const one = (c: Component, name: string): Property => {
  const found = c.props.filter((p) => p.name === name);
  if (found.length !== 1) throw new Error(`${found.length} × ${name}`);
  return found[0];
};
export const maybe = (c: Component, name: string): Property | undefined => c.props.find((p) => p.name === name);
export const text = (c: Component, name: string): string => unescapeText(one(c, name).value);

/** Last weekday `BYDAY=-1SU` of a month, as a day number. */
function lastSunday(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month, 0));
  return last.getUTCDate() - last.getUTCDay();
}

/** The UTC instant of a DATE-TIME with TZID, by the file's own VTIMEZONE (yearly BYMONTH + BYDAY=-1SU rules only). */
export function resolve(cal: Component, prop: Property): Date {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})$/.exec(prop.value);
  if (!m) throw new Error(`not a local DATE-TIME: ${prop.value}`);
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number);
  const tz = cal.children.find((c) => c.name === 'VTIMEZONE' && one(c, 'TZID').value === prop.params.TZID);
  if (!tz) throw new Error(`no VTIMEZONE for ${prop.params.TZID}`);
  const wall = Date.UTC(y, mo - 1, d, h, mi, s);
  let best: { at: number; offset: string } | undefined;
  for (const rule of tz.children) {
    const rr = Object.fromEntries(
      one(rule, 'RRULE')
        .value.split(';')
        .map((kv) => kv.split('=')),
    );
    if (rr.FREQ !== 'YEARLY' || rr.BYDAY !== '-1SU') throw new Error(`unsupported rule ${JSON.stringify(rr)}`);
    const start = /T(\d{2})(\d{2})(\d{2})$/.exec(one(rule, 'DTSTART').value)!;
    for (const year of [y - 1, y]) {
      const month = Number(rr.BYMONTH);
      const at = Date.UTC(year, month - 1, lastSunday(year, month), Number(start[1]), Number(start[2]), Number(start[3]));
      if (at <= wall && (!best || at > best.at)) best = { at, offset: one(rule, 'TZOFFSETTO').value };
    }
  }
  const o = /^([+-])(\d{2})(\d{2})$/.exec(best!.offset)!;
  const offsetMs = (o[1] === '-' ? -1 : 1) * (Number(o[2]) * 60 + Number(o[3])) * 60_000;
  return new Date(wall - offsetMs);
}
