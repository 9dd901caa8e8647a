// A game card's title and one-line summary, read from the game's own namespace.

import type { GameManifest } from '../../games/sdk/types';
import { useNamespaceText } from '../i18n/useNamespaceText';

export function GameCardText({ manifest }: { manifest: GameManifest }) {
  const game = useNamespaceText(manifest.id);
  return (
    <>
      <span className="game-card__title">{game(manifest.titleKey)}</span>
      <span className="game-card__summary">{game(manifest.summaryKey)}</span>
    </>
  );
}
