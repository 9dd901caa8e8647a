// The hub's four pillars as a small badge: a number shape plus the pillar's name, so colour is never the only cue.

import { useTranslation } from 'react-i18next';
import type { Pillar } from '../../common/ids';

export function PillarBadge({ pillar }: { pillar: Pillar }) {
  const { t } = useTranslation();
  return (
    <span className={`pillar-badge pillar-badge--${pillar}`}>
      <span className="pillar-badge__number" aria-hidden="true">
        {pillar}
      </span>
      {t(`pillars.${pillar}`)}
    </span>
  );
}
