// One role in the explorer grid: picture, title, family, pillars and a "start soon" badge; the whole card is a button.
// A role the hub highlights (content pack) carries a "highlighted by the hub" mark above it.

import type { ReactElement } from 'react';
import type { CareerRoleData } from '../data/schema';
import { usualDiploma } from '../logic/filters';
import { PillarTags } from './PillarTags';
import { RoleIcon } from './RoleIcon';
import { useCareersText } from './useCareersText';

export function RoleCard({ role, onOpen, highlighted = false }: { readonly role: CareerRoleData; readonly onOpen: () => void; readonly highlighted?: boolean }): ReactElement {
  const { t } = useCareersText();
  return (
    <article className={`careers-card careers-card--pillar-${role.pillars[0] ?? 1}${highlighted ? ' careers-card--highlighted' : ''}`}>
      {highlighted ? <p className="careers-highlight">{t('careers:card.highlighted')}</p> : null}
      <button type="button" className="careers-card__open" onClick={onOpen}>
        <RoleIcon family={role.family} />
        <span className="careers-card__title">{t(`careersRoles:${role.id}.title`)}</span>
        <span className="careers-card__family">{t(`careers:families.${role.family}`)}</span>
        <span className="careers-card__diploma">{t('careers:card.usualDiploma', { level: t(`careers:levels.${usualDiploma(role)}`) })}</span>
      </button>
      <PillarTags pillars={role.pillars} />
      {role.startSoon ? <p className="careers-badge">{t('careers:card.startSoon')}</p> : null}
    </article>
  );
}
