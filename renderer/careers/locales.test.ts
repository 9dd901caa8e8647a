// Protects the careers texts: every role, route, quiz item and filter choice has its text in French, Dutch, German and
// English, no text is empty, and the four languages share the same keys and {{placeholders}}.

import { describe, expect, it } from 'vitest';
import { GAME_IDS, PILLARS, ROLE_IDS } from '../../common/ids';
import { LANGUAGES, type Language } from '../../common/i18n/languages';
import { CURRENT_SITUATIONS, STARTING_PROFILES } from './data/profiles';
import { MASTER_IDS } from './data/masters';
import { DIPLOMA_TERMS, INTEREST_TYPES, ROLE_FAMILIES, ROUTE_CODES, ROUTE_IDS } from './data/schema';
import { TRAINING_ROUTES } from './data/routes';
import { CAREERS_NAMESPACES, type CareersNamespace } from './i18n';
import { QUIZ_ANSWERS, QUIZ_ITEMS } from './quiz/items';
import frCareers from '../../locales/fr/careers.json';
import frCareersRoles from '../../locales/fr/careersRoles.json';
import frCareersQuiz from '../../locales/fr/careersQuiz.json';
import nlCareers from '../../locales/nl/careers.json';
import nlCareersRoles from '../../locales/nl/careersRoles.json';
import nlCareersQuiz from '../../locales/nl/careersQuiz.json';
import deCareers from '../../locales/de/careers.json';
import deCareersRoles from '../../locales/de/careersRoles.json';
import deCareersQuiz from '../../locales/de/careersQuiz.json';
import enCareers from '../../locales/en/careers.json';
import enCareersRoles from '../../locales/en/careersRoles.json';
import enCareersQuiz from '../../locales/en/careersQuiz.json';

type Tree = { readonly [key: string]: Tree | string };

const FILES: Record<Language, Record<CareersNamespace, unknown>> = {
  fr: { careers: frCareers, careersRoles: frCareersRoles, careersQuiz: frCareersQuiz },
  nl: { careers: nlCareers, careersRoles: nlCareersRoles, careersQuiz: nlCareersQuiz },
  de: { careers: deCareers, careersRoles: deCareersRoles, careersQuiz: deCareersQuiz },
  en: { careers: enCareers, careersRoles: enCareersRoles, careersQuiz: enCareersQuiz },
};

function load(language: Language, namespace: CareersNamespace): Tree {
  return FILES[language][namespace] as Tree;
}

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') flat.set(path, value);
    else for (const [inner, text] of flatten(value, path)) flat.set(inner, text);
  }
  return flat;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((match) => match[1]).sort().join(',');

describe.each(LANGUAGES)('careers texts in %s', (language) => {
  const careers = flatten(load(language, 'careers'));
  const roles = flatten(load(language, 'careersRoles'));
  const quiz = flatten(load(language, 'careersQuiz'));
  const has = (texts: Map<string, string>, key: string) => expect(texts.get(key)?.trim(), `${language}: ${key}`).toBeTruthy();

  it('has every text of every role', () => {
    for (const roleId of ROLE_IDS) for (const field of ['title', 'day', 'where', 'skills', 'start']) has(roles, `${roleId}.${field}`);
    expect(roles.size).toBe(ROLE_IDS.length * 5);
  });

  it('has a name and a description for every route, and a name for every route code', () => {
    for (const routeId of ROUTE_IDS) {
      has(careers, `routes.${routeId}.name`);
      has(careers, `routes.${routeId}.description`);
    }
    for (const code of ROUTE_CODES) has(careers, `routeCodes.${code}`);
  });

  it('names every filter choice, profile, role family and game', () => {
    for (const pillar of PILLARS) has(careers, `pillars.${pillar}`);
    for (const type of INTEREST_TYPES) {
      has(careers, `interestTypes.${type}.name`);
      has(careers, `interestTypes.${type}.hint`);
    }
    for (const situation of CURRENT_SITUATIONS) has(careers, `situations.${situation}`);
    for (const profile of STARTING_PROFILES) has(careers, `profiles.${profile}`);
    for (const family of ROLE_FAMILIES) has(careers, `families.${family}`);
    for (const game of GAME_IDS) has(careers, `games.${game}`);
  });

  it('explains every Walloon school word, names every master and introduces both kinds of counterpart', () => {
    for (const term of DIPLOMA_TERMS) {
      has(careers, `glossary.${term}.question`);
      has(careers, `glossary.${term}.answer`);
    }
    expect([...careers.keys()].filter((key) => key.startsWith('glossary.')).length).toBe(DIPLOMA_TERMS.length * 2);
    for (const id of MASTER_IDS) has(careers, `masters.${id}`);
    for (const region of ['flanders', 'german-speaking']) {
      has(careers, `counterparts.${region}.heading`);
      has(careers, `counterparts.${region}.intro`);
    }
  });

  it('never says Le Forem awards the CESS: the routes to the CESS do not name it (issue 18)', () => {
    for (const route of TRAINING_ROUTES.filter((candidate) => candidate.grants === 'cess')) {
      expect(`${careers.get(`routes.${route.id}.name`)} ${careers.get(`routes.${route.id}.description`)}`, `${language}: ${route.id}`).not.toMatch(/forem/i);
    }
  });

  it('has every quiz item and answer, and no item that is not asked', () => {
    for (const item of QUIZ_ITEMS) has(quiz, `items.${item.id}`);
    for (const answer of QUIZ_ANSWERS) has(quiz, `answers.${answer}`);
    expect([...quiz.keys()].filter((key) => key.startsWith('items.')).length).toBe(QUIZ_ITEMS.length);
  });
});

describe('careers texts across languages', () => {
  it.each(CAREERS_NAMESPACES)('%s has the same keys and placeholders in every language', (namespace) => {
    const french = flatten(load('fr', namespace));
    for (const language of LANGUAGES) {
      const texts = flatten(load(language, namespace));
      expect([...texts.keys()].sort(), language).toEqual([...french.keys()].sort());
      for (const [key, text] of texts) {
        expect(text.trim(), `${language}: ${key}`).not.toBe('');
        expect(placeholders(text), `${language}: ${key}`).toBe(placeholders(french.get(key) ?? ''));
      }
    }
  });
});
