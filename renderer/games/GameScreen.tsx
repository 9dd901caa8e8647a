// One game from card to results: loads the game's texts and code, shows the intro (goal, how to play, level) as soon
// as its own texts are here (the code and any borrowed texts go on loading, with a progress bar should "start" come
// first), runs the game in a host element, offers pause, and shows the results. Records game-started, game-completed
// and game-abandoned in the engagement log. Leaving mid-game (back, idle reset) counts as abandoned.

import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { randomSeed } from '../../common/random/seededRandom';
import type { GameDefinition, GameEntry, GameLevel, GameResult } from '../../games/sdk/types';
import { PSEUDO_LOCALE } from '../i18n/localeChoice';
import { useGamesServices } from './gamesServices';
import { ensureNamespaces } from '../i18n/i18n';
import { useStore } from '../state/store';
import { GameIntro } from './GameIntro';
import { GamePlay } from './GamePlay';
import { GameResults } from './GameResults';

type Phase =
  | { readonly kind: 'loading'; readonly progress: number }
  | { readonly kind: 'failed' }
  | { readonly kind: 'intro' }
  | { readonly kind: 'playing'; readonly level: GameLevel['id']; readonly run: number; readonly seed: number }
  | { readonly kind: 'results'; readonly level: GameLevel['id']; readonly result: GameResult; readonly durationMs: number };

export function GameScreen({ entry }: { entry: GameEntry }) {
  const { t } = useTranslation('games');
  const services = useGamesServices();
  const { language } = useStore(services.settings);
  const [phase, setPhase] = useState<Phase>({ kind: 'loading', progress: 0 });
  const definition = useRef<GameDefinition | null>(null);
  const [level, setLevel] = useState<GameLevel['id']>(entry.manifest.levels[0]?.id ?? 'normal');
  const runCount = useRef(0);
  // The level chosen with "start" while the game's code was still loading: the game starts as soon as it arrives.
  const pendingStart = useRef<GameLevel['id'] | null>(null);
  const progress = useRef(0);

  const play = (chosen: GameLevel['id']) => {
    runCount.current += 1;
    // The seed is drawn once per run: drawn during render, every re-render (a settings change) would restart the game.
    setPhase({ kind: 'playing', level: chosen, run: runCount.current, seed: services.query.seed ?? randomSeed() });
  };

  // The intro needs only its own texts, the games' and the game's (the games hub has loaded them): it shows as soon as
  // they are here, while the game's code (Phaser and the game) and the texts it borrows from other screens (Start-up
  // Launchpad's role names) go on loading. "Start" before those have arrived shows the loading bar until they have,
  // then starts the game.
  useEffect(() => {
    let cancelled = false;
    pendingStart.current = null;
    progress.current = 0;
    setPhase({ kind: 'loading', progress: 0 });
    const texts = ensureNamespaces(services.i18n, language, ['games', entry.manifest.id]);
    const borrowedTexts = ensureNamespaces(services.i18n, language, entry.manifest.borrowedTextNamespaces ?? []);
    const code = entry.load((fraction) => {
      progress.current = Math.min(0.99, fraction);
      if (!cancelled) setPhase((current) => (current.kind === 'loading' ? { kind: 'loading', progress: progress.current } : current));
    });
    const failed = (error: unknown) => {
      console.warn(`Could not load game ${entry.manifest.id}:`, error);
      if (!cancelled) setPhase({ kind: 'failed' });
    };
    // Only a screen still loading becomes the intro (the code may have shown it already).
    texts.then(() => {
      if (!cancelled) setPhase((current) => (current.kind === 'loading' ? { kind: 'intro' } : current));
    }, failed);
    Promise.all([texts, borrowedTexts, code]).then(([, , loaded]) => {
      if (cancelled) return;
      definition.current = loaded;
      const chosen = pendingStart.current;
      pendingStart.current = null;
      if (chosen !== null) play(chosen);
      else setPhase((current) => (current.kind === 'loading' ? { kind: 'intro' } : current));
    }, failed);
    return () => {
      cancelled = true;
    };
    // The language is handled by useNamespaces-like reloading below; loading the code once per game is enough.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [entry]);

  // A language switch mid-game loads the game's texts for the new language too.
  useEffect(() => {
    void ensureNamespaces(services.i18n, language, ['games', ...(entry.manifest.borrowedTextNamespaces ?? []), entry.manifest.id]);
  }, [language, entry.manifest, services.i18n]);

  const start = (chosen: GameLevel['id']) => {
    setLevel(chosen);
    if (definition.current !== null) {
      play(chosen);
      return;
    }
    pendingStart.current = chosen;
    setPhase({ kind: 'loading', progress: progress.current });
  };

  switch (phase.kind) {
    case 'loading':
      return (
        <div className="game-loading">
          <h1 className="screen-title">{t('loading.title')}</h1>
          <progress className="game-loading__bar" max={100} value={Math.round(phase.progress * 100)} aria-label={t('loading.label')} />
          <p aria-live="polite">{t('loading.percent', { percent: Math.round(phase.progress * 100) })}</p>
        </div>
      );
    case 'failed':
      return (
        <div className="game-loading">
          <h1 className="screen-title">{t('loading.failedTitle')}</h1>
          <p>{t('loading.failedText')}</p>
        </div>
      );
    case 'intro':
      return <GameIntro manifest={entry.manifest} level={level} onLevel={setLevel} onStart={start} />;
    case 'playing':
      return (
        <GamePlay
          key={phase.run}
          manifest={entry.manifest}
          definition={definition.current as GameDefinition}
          level={phase.level}
          language={language === PSEUDO_LOCALE ? 'fr' : language}
          seed={phase.seed}
          onFinished={(result, durationMs) => setPhase({ kind: 'results', level: phase.level, result, durationMs })}
          onQuit={() => setPhase({ kind: 'intro' })}
        />
      );
    case 'results':
      return (
        <GameResults
          manifest={entry.manifest}
          result={phase.result}
          durationMs={phase.durationMs}
          onReplay={() => start(phase.level)}
        />
      );
  }
}
