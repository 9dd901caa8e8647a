// Turns a nickname's word indexes into text in a given language (or the current one), from locales/<lang>/event.json.

import { useTranslation } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import { formatNickname, type Nickname, type NicknameWords } from './nickname';

type UntypedFixedT = (language: string | null, namespace: string) => (key: string, options: Record<string, unknown>) => unknown;

export function nicknameWords(i18n: I18n, language: string | null): NicknameWords | null {
  const fixed = (i18n.getFixedT as unknown as UntypedFixedT).call(i18n, language, 'event');
  const words = fixed('nickname', { returnObjects: true }) as Partial<NicknameWords> | string;
  if (typeof words !== 'object' || !words.pattern || !Array.isArray(words.adjectives) || !Array.isArray(words.nouns)) return null;
  return words as NicknameWords;
}

export function nicknameText(i18n: I18n, language: string | null, nickname: Nickname): string {
  const words = nicknameWords(i18n, language);
  return words ? formatNickname(words, nickname) : '';
}

export function useNicknameText(): (nickname: Nickname) => string {
  const { i18n } = useTranslation();
  return (nickname) => nicknameText(i18n, null, nickname);
}
