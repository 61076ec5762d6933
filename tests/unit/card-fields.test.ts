import { TEMPLATES } from '../../cards';
import type { CardName } from '../../src/app/cards/card';
import { CARD_FIELDS } from '../../src/app/cards/fields';

/** Names in a binding that are not the data's: functions and literals of the templating language, and its scope words. */
const NOT_FIELDS = new Set(['true', 'false', 'null', '$index', '$data', '$host', '$root']);

/** The data names an expression reads at the level it is evaluated at, and the fields it reads through $root. */
function namesIn(expr: string): { here: string[]; root: string[] } {
  const code = expr.replace(/'[^']*'|"[^"]*"/g, "''");
  const root = [...code.matchAll(/\$root\.([A-Za-z_][\w]*)/g)].map((m) => m[1]);
  const here = [...code.replace(/\$root\.[\w.]*/g, '').matchAll(/(?<![\w.$])([A-Za-z_$][\w$]*)(?![\w$]|\s*\()/g)]
    .map((m) => m[1])
    .filter((n) => !NOT_FIELDS.has(n));
  return { here, root };
}

/**
 * The root fields a template reads: bindings at the top level, and `$root.x` anywhere. Inside an element
 * with `$data` (a repeated list) bindings read the list's item, so only its `$data` itself (evaluated
 * where the element sits) and `$root.x` read the card's data.
 */
function rootBindings(template: unknown): Set<string> {
  const roots = new Set<string>();
  const read = (value: string, inItem: boolean) => {
    for (const [, expr] of value.matchAll(/\$\{([^}]*)\}/g)) {
      const { here, root } = namesIn(expr);
      root.forEach((n) => roots.add(n));
      if (!inItem) here.forEach((n) => roots.add(n));
    }
  };
  const walk = (node: unknown, inItem: boolean): void => {
    if (typeof node === 'string') return read(node, inItem);
    if (Array.isArray(node)) return node.forEach((n) => walk(n, inItem));
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    const repeated = '$data' in o;
    if (repeated) walk(o.$data, inItem);
    for (const [key, value] of Object.entries(o)) if (key !== '$data') walk(value, inItem || repeated);
  };
  walk(template, false);
  return roots;
}

const names = Object.keys(TEMPLATES) as CardName[];

describe('every card template reads only fields of its data type (#13 §4)', () => {
  it.each(names)('%s', (name) => {
    const fields = CARD_FIELDS[name];
    const read = [...rootBindings(TEMPLATES[name])].sort();
    expect(read.filter((n) => !(n in fields))).toEqual([]);
    // And the type carries nothing the template never reads (a field left over from an old layout).
    expect(Object.keys(fields).filter((n) => !read.includes(n))).toEqual([]);
  });

  it('finds the bindings of a repeated list and through $root', () => {
    const template = {
      body: [
        { text: '${title}', $when: '${count(items) > 0}' },
        { $data: '${rows}', text: '${name} ${$root.labels.x}', $when: "${kind == 'a'}" },
      ],
    };
    expect([...rootBindings(template)].sort()).toEqual(['items', 'labels', 'rows', 'title']);
  });
});
