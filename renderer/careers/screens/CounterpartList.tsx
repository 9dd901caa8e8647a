// The Flemish or German-speaking counterparts of a pathway, for a visitor reading Dutch or German: listed under the
// Walloon ways with a heading that says who they are for, so nobody takes them for a step of the Walloon pathway.

import type { ReactElement } from 'react';
import type { TrainingRoute } from '../data/schema';
import type { CounterpartRegion } from '../logic/counterparts';
import { useCareersText } from './useCareersText';

interface CounterpartListProps {
  readonly region: CounterpartRegion;
  readonly routes: readonly TrainingRoute[];
}

export function CounterpartList({ region, routes }: CounterpartListProps): ReactElement {
  const { t } = useCareersText();
  const headingId = `careers-counterparts-${region}`;
  return (
    <section className="careers-counterparts" aria-labelledby={headingId} data-region={region}>
      <h3 id={headingId}>{t(`careers:counterparts.${region}.heading`)}</h3>
      <p>{t(`careers:counterparts.${region}.intro`)}</p>
      <ul>
        {routes.map((route) => (
          <li key={route.id} className="careers-counterpart">
            <span className="careers-counterpart__name">{t(`careers:routes.${route.id}.name`)}</span>
            <span className="careers-counterpart__text">{t(`careers:routes.${route.id}.description`)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
