import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { LOCALES } from '../../src/domain/language';

/*
 * Issue #19: every text exists in Bokmål, nynorsk and English. The `Text` type makes a missing
 * language a compile error where it is used; this walks the sources themselves, so an object typed
 * loosely (a label table, a command's help line) cannot slip through either: any object literal with
 * one of the keys nb / nn / en has all three and nothing else of the kind, and no text is empty.
 * A second check: no user-facing Norwegian sentence sits in the bot layer or a use case outside such
 * an object (it would reach a nynorsk or English reader in Bokmål).
 */

const ROOT = join(__dirname, '..', '..');

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return sources(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

const parse = (path: string) => ts.createSourceFile(path, readFileSync(join(ROOT, path), 'utf8'), ts.ScriptTarget.Latest, true);

const propName = (p: ts.ObjectLiteralElementLike): string | undefined =>
  p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) ? p.name.text : undefined;

/** The literal text of a string or template (its fixed parts), or undefined for anything computed. */
function literalText(node: ts.Node): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return node.head.text + node.templateSpans.map((s) => `\u0000${s.literal.text}`).join('');
  return undefined;
}

const where = (file: ts.SourceFile, node: ts.Node) => `${relative(ROOT, file.fileName)}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;

function walk(node: ts.Node, visit: (n: ts.Node) => void): void {
  visit(node);
  node.forEachChild((c) => walk(c, visit));
}

const FILES = [...sources('src'), ...sources('bot'), ...sources('cards')];

describe('text catalogs (#19)', () => {
  it('every text object has exactly nb, nn and en, none of them empty', () => {
    const problems: string[] = [];
    let texts = 0;
    for (const path of FILES) {
      const file = parse(path);
      walk(file, (n) => {
        if (!ts.isObjectLiteralExpression(n)) return;
        const keys = n.properties.map(propName).filter((k): k is string => k !== undefined && (LOCALES as readonly string[]).includes(k));
        if (keys.length === 0) return;
        texts++;
        const missing = LOCALES.filter((l) => !keys.includes(l));
        const twice = keys.filter((k, i) => keys.indexOf(k) !== i);
        if (missing.length) problems.push(`${where(file, n)}: missing ${missing.join(', ')}`);
        if (twice.length) problems.push(`${where(file, n)}: twice ${twice.join(', ')}`);
        for (const p of n.properties) {
          const name = propName(p);
          if (!name || !(LOCALES as readonly string[]).includes(name) || !ts.isPropertyAssignment(p)) continue;
          const text = literalText(p.initializer);
          if (text !== undefined && text.replace(/\u0000/g, '').trim() === '' && !ts.isTemplateExpression(p.initializer))
            problems.push(`${where(file, p)}: empty ${name}`);
        }
      });
    }
    expect(problems).toEqual([]);
    // The walk found the catalogs (a broken walk would pass on nothing).
    expect(texts).toBeGreaterThan(300);
  });

  /*
   * Norwegian in the bot layer and the use cases: a literal with a space in it (a sentence, not a
   * key like 'referat') and a Norwegian letter or word. It belongs in a catalog object, or is a
   * command word the user types (aliases, setting words).
   */
  const NORWEGIAN =
    /[æøåÆØÅ]|\b(ikke|ikkje|jeg|eg|noe|noko|hva|kva|ble|vart|skriv|gruppen|gruppa|innspill|innspel|deltakere|deltakarar|sekretariatet|sakskart|lagret|lagra|endret|endra)\b/i;
  const TYPED_WORDS = new Set(['aliases', 'words']);

  const outsideCatalog = (node: ts.Node): boolean => {
    for (let p: ts.Node | undefined = node.parent; p; p = p.parent) {
      if (ts.isPropertyAssignment(p)) {
        const name = propName(p);
        if (name && ((LOCALES as readonly string[]).includes(name) || TYPED_WORDS.has(name))) return false;
      }
      if (ts.isImportDeclaration(p) || ts.isExportDeclaration(p)) return false;
      // chair('end', ['avslutt', 'end'], …): a command's aliases passed to its definition helper.
      if (
        ts.isArrayLiteralExpression(p) &&
        p.parent &&
        ts.isCallExpression(p.parent) &&
        ts.isIdentifier(p.parent.expression) &&
        p.parent.expression.text === 'chair'
      )
        return false;
    }
    return true;
  };

  it('no Norwegian sentence sits outside the catalogs in bot/ and src/app', () => {
    const files = [...sources('bot'), ...sources('src/app').filter((f) => !/[\\/]texts[^\\/]*\.ts$/.test(f))];
    const problems: string[] = [];
    for (const path of files) {
      const file = parse(path);
      walk(file, (n) => {
        const text = literalText(n);
        if (text === undefined || !/\s/.test(text.replace(/\u0000/g, '')) || !NORWEGIAN.test(text)) return;
        if (ts.isTemplateSpan(n.parent) || !outsideCatalog(n)) return;
        problems.push(`${where(file, n)}: ${text.replace(/\u0000/g, '…').slice(0, 80)}`);
      });
    }
    expect(problems).toEqual([]);
  });
});
