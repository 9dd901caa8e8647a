// The hub pillars of a role as small labelled tags: number, name and pillar colour together.

import type { ReactElement } from 'react';
import type { Pillar } from '../../../common/ids';
import { useCareersText } from './useCareersText';

export function PillarTags({ pillars }: { readonly pillars: readonly Pillar[] }): ReactElement {
  const { t } = useCareersText();
  return (
    <ul className="careers-pillars">
      {pillars.map((pillar) => (
        <li key={pillar} className={`careers-pillar careers-pillar--${pillar}`}>
          {t('careers:pillars.label', { number: pillar, name: t(`careers:pillars.${pillar}`) })}
        </li>
      ))}
    </ul>
  );
}
