// `npm run check:locales`: fails when the four languages' translation files disagree (see locales/checkLocales.mjs),
// when a text uses a wrong variant of a glossary term, writes a grouped number by hand or lets a French sign wrap to
// its own line (see locales/checkTerms.mjs).

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkLocales, countKeys, LOCALE_LANGUAGES } from './locales/checkLocales.mjs';
import { checkFrenchSpacing, checkNumbers, checkTerms } from './locales/checkTerms.mjs';

const localesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'locales');
const glossaryDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'locales', 'glossary');
const problems = [...checkLocales(localesDir), ...checkTerms(localesDir, glossaryDir), ...checkNumbers(localesDir), ...checkFrenchSpacing(localesDir)];
if (problems.length > 0) {
  console.error(problems.join('\n'));
  console.error(`${problems.length} locale problem(s)`);
  process.exit(1);
}
console.log(`locales consistent: ${countKeys(localesDir)} texts in each of ${LOCALE_LANGUAGES.join(', ')}`);
