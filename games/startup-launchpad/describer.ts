// Start-up Launchpad in sentences, for the advice line and screen readers: the company's state (year, money, share
// of the company, team), the question on the current card with the real odds where a phase is involved, and the
// news of the last choice (pure; the translation and the number format are passed in).

import type { FormatNumber, Translate } from '../sdk/types';
import type { Phase } from './constants';
import type { LaunchpadSnapshot, News, OptionId } from './model';

/** A probability as a whole number out of 100 ("52 out of 100"): easier for a 12-year-old than a percentage. */
export function outOf100(probability: number): number {
  return Math.round(probability * 100);
}

export function phaseName(phase: Phase, t: Translate): string {
  return t(`phases.${phase}`);
}

/** The numbers every status line carries. */
export function companyLine(snapshot: LaunchpadSnapshot, t: Translate, formatNumber: FormatNumber): string {
  return t('describe.company', {
    year: formatNumber(snapshot.years, 1),
    cash: formatNumber(snapshot.cash, 1),
    share: formatNumber(snapshot.founderShare * 100, 0),
    people: snapshot.team.length + 2,
  });
}

/** The question of the current card. */
export function cardPrompt(snapshot: LaunchpadSnapshot, t: Translate, formatNumber: FormatNumber): string {
  const { card, phase } = snapshot;
  if (!card) return t(`describe.end.${snapshot.endReason ?? 'failed'}`);
  const odds = phase && snapshot.odds ? outOf100(snapshot.odds[phase]) : 0;
  const last = snapshot.history[snapshot.history.length - 1];
  switch (card) {
    case 'money':
      return t('cards.money.prompt', { phase: phase ? phaseName(phase, t) : '', cost: formatNumber(costOf(snapshot), 1) });
    case 'phaseResult':
      return t(last?.passed ? 'cards.phaseResult.passed' : 'cards.phaseResult.failed', { phase: phase ? phaseName(phase, t) : '', odds: last ? outOf100(last.odds) : odds });
    case 'teamTalk':
    case 'backup':
      return t(`cards.${card}.prompt`, { phase: phase ? phaseName(phase, t) : '' });
    default:
      return t(`cards.${card}.prompt`);
  }
}

/** The money the phase of the current card needs (the model publishes it in the snapshot). */
export function costOf(snapshot: LaunchpadSnapshot): number {
  return snapshot.phaseCost ?? 0;
}

export function optionLabel(card: string, option: OptionId, t: Translate): string {
  return t(`options.${card}.${option}.label`);
}

export function optionHint(card: string, option: OptionId, t: Translate): string {
  return t(`options.${card}.${option}.hint`);
}

/** The sentence for one piece of news. */
export function describeNewsItem(news: News, t: Translate): string {
  if (news.kind === 'chosen') return t(`feedback.${news.card}.${news.option}`);
  return t(`news.${news.kind}`, { phase: news.phase ? phaseName(news.phase, t) : '' });
}

/** The advice line after a choice: what the choice did, then what the card now asks. */
export function describeAfterChoice(snapshot: LaunchpadSnapshot, newsBefore: number, t: Translate, formatNumber: FormatNumber): string {
  const fresh = snapshot.news.slice(newsBefore).filter((news) => news.kind !== 'phasePassed' && news.kind !== 'phaseFailed' && news.card !== 'phaseResult');
  const lines = fresh.map((news) => describeNewsItem(news, t));
  lines.push(cardPrompt(snapshot, t, formatNumber));
  return lines.join(' ');
}

/** The full reading of the status (the "read status" button). */
export function describeStatus(snapshot: LaunchpadSnapshot, t: Translate, formatNumber: FormatNumber): string {
  const parts = [companyLine(snapshot, t, formatNumber)];
  if (snapshot.odds) {
    const next = snapshot.phase ?? 'phase1';
    parts.push(t('describe.odds', { phase: phaseName(next, t), odds: outOf100(snapshot.odds[next]) }));
  }
  parts.push(cardPrompt(snapshot, t, formatNumber));
  return parts.join(' ');
}
