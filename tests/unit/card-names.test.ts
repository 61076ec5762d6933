import { readdirSync } from 'node:fs';
import path from 'node:path';
import { TEMPLATES } from '../../cards';

/**
 * Every card template file has a name in CardName (src/app/actor.ts) and TEMPLATES, and every name a
 * file: with the type, a use case that names a missing or misspelled template does not compile (#13 §4).
 */
test('the card names and the template files are the same set', () => {
  const files = readdirSync(path.join(__dirname, '../../cards'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.replace(/\.json$/, ''));
  expect(Object.keys(TEMPLATES).sort()).toEqual(files.sort());
});
