// Friendly generated nicknames for the day's leaderboard ("Levure Agile", "Flinke Hefe"): an adjective and a biotech
// noun picked at random, never typed by the player. Stored as two indexes into word lists that every language has in
// the same order (locales/<lang>/event.json), so a nickname reads right in whatever language the screen shows.

import type { Random } from '../../common/random/seededRandom';

export interface Nickname {
  readonly adjective: number;
  readonly noun: number;
}

/** Each language's word lists; an adjective has one form per grammatical gender its nouns use. */
export interface NicknameWords {
  readonly pattern: string;
  readonly adjectives: readonly Readonly<Record<string, string>>[];
  readonly nouns: readonly { readonly word: string; readonly gender: string }[];
}

/** Word-list length shared by all languages (checked by the event spec against every event.json). */
export const NICKNAME_ADJECTIVES = 12;
export const NICKNAME_NOUNS = 12;

export function randomNickname(random: Pick<Random, 'int'>): Nickname {
  return { adjective: random.int(0, NICKNAME_ADJECTIVES - 1), noun: random.int(0, NICKNAME_NOUNS - 1) };
}

export function isNickname(value: unknown): value is Nickname {
  if (typeof value !== 'object' || value === null) return false;
  const { adjective, noun } = value as Record<string, unknown>;
  return Number.isInteger(adjective) && Number.isInteger(noun) && (adjective as number) >= 0 && (adjective as number) < NICKNAME_ADJECTIVES && (noun as number) >= 0 && (noun as number) < NICKNAME_NOUNS;
}

export function formatNickname(words: NicknameWords, nickname: Nickname): string {
  const noun = words.nouns[nickname.noun];
  const forms = words.adjectives[nickname.adjective];
  if (!noun || !forms) return '';
  const adjective = forms[noun.gender] ?? Object.values(forms)[0] ?? '';
  return words.pattern.replace('{noun}', noun.word).replace('{adjective}', adjective);
}
