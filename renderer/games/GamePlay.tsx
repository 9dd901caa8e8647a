// Runs one play of a game: creates its SDK, mounts it into a host element React never touches, and shows a visible
// pause button with a pause dialog (resume or quit). Records start, completion and abandonment. Unmounting (quit,
// navigation, idle reset) always destroys the game and disposes the SDK, so nothing of a run survives it.

import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../common/i18n/languages';
import type { GameDefinition, GameLevel, GameManifest, GameResult } from '../../games/sdk/types';
import { useGamesServices } from './gamesServices';
import { useNamespaceText } from '../i18n/useNamespaceText';
import { createGameSdk } from './gameSdk';

interface Props {
  readonly manifest: GameManifest;
  readonly definition: GameDefinition;
  readonly level: GameLevel['id'];
  readonly language: Language;
  readonly seed: number;
  readonly onFinished: (result: GameResult, durationMs: number) => void;
  readonly onQuit: () => void;
}

const MAX_SCORE = 1_000_000;
const clampScore = (score: number) => Math.max(0, Math.min(MAX_SCORE, Math.round(Number.isFinite(score) ? score : 0)));

export function GamePlay({ manifest, definition, level, language, seed, onFinished, onQuit }: Props) {
  const { t } = useTranslation('games');
  const services = useGamesServices();
  const game = useNamespaceText(manifest.id);
  const host = useRef<HTMLDivElement>(null);
  const controls = useRef<{ pause(): void; resume(): void } | null>(null);
  const pauseDialog = useRef<HTMLDialogElement>(null);
  const resumeButton = useRef<HTMLButtonElement>(null);
  const [paused, setPaused] = useState(false);
  const finish = useRef(onFinished);
  finish.current = onFinished;

  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const startedAt = performance.now();
    let progress = 0;
    let over = false;
    const telemetry = services.telemetry;
    telemetry.record({ type: 'game-started', gameId: manifest.id, level });

    const sdk = createGameSdk({
      i18n: services.i18n,
      namespace: manifest.id,
      language,
      // The pseudo-locale's texts are loaded under its own name, so the game asks for them there (not in `language`,
      // the real language its numbers are formatted in).
      currentLanguage: () => services.settings.get().language,
      settings: services.settings,
      seed,
      onProgress: (event) => {
        progress = event.progress;
      },
      onEnd: (result) => {
        over = true;
        const durationMs = Math.round(performance.now() - startedAt);
        const score = clampScore(result.score);
        telemetry.record(
          result.completed
            ? { type: 'game-completed', gameId: manifest.id, level, score, stars: result.stars, durationMs }
            : { type: 'game-abandoned', gameId: manifest.id, level, score, durationMs, progress },
        );
        // Let the game finish its current frame before it is torn down.
        queueMicrotask(() => finish.current(result, durationMs));
      },
    });
    const instance = definition.mount(element, sdk, level);
    controls.current = instance;

    return () => {
      controls.current = null;
      instance.destroy();
      sdk.dispose();
      element.replaceChildren();
      if (!over) {
        telemetry.record({
          type: 'game-abandoned',
          gameId: manifest.id,
          level,
          score: 0,
          durationMs: Math.round(performance.now() - startedAt),
          progress,
        });
      }
    };
    // The start language is fixed for the run; later switches reach the game through sdk.t().
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [definition, level, manifest.id, seed, services]);

  useEffect(() => {
    const dialog = pauseDialog.current;
    if (!dialog) return;
    if (paused && !dialog.open) {
      dialog.showModal();
      resumeButton.current?.focus();
    }
    if (!paused && dialog.open) dialog.close();
  }, [paused]);

  const pause = () => {
    controls.current?.pause();
    setPaused(true);
  };
  const resume = () => {
    setPaused(false);
    controls.current?.resume();
  };

  return (
    <div className="game-play">
      <div className="game-play__bar">
        <h1 className="game-play__title">{game(manifest.titleKey)}</h1>
        <button type="button" className="button button--secondary" onClick={pause}>
          <span aria-hidden="true">❚❚</span> {t('play.pause')}
        </button>
      </div>
      <div ref={host} className="game-play__host" data-game={manifest.id} />
      <dialog ref={pauseDialog} className="sheet pause-dialog" aria-labelledby="pause-title" onCancel={(event) => { event.preventDefault(); resume(); }}>
        <div className="sheet__body">
          <h2 id="pause-title" className="sheet__title">
            {t('play.pausedTitle')}
          </h2>
          <p>{t('play.pausedText')}</p>
          <div className="button-row">
            <button ref={resumeButton} type="button" className="button button--large" onClick={resume}>
              {t('play.resume')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setPaused(false);
                onQuit();
              }}
            >
              {t('play.quit')}
            </button>
          </div>
        </div>
      </dialog>
    </div>
  );
}
