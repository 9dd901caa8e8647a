// The explorer: filters as toggle buttons (pillar, what I have now, start soon, interests, and the game a visitor
// came from) above a grid of role cards; the roles the hub highlights (content pack) come first, marked. Filters live in the route, so a deep link or the back button restores them.

import type { ReactElement } from 'react';
import { PILLARS, type GameId } from '../../../common/ids';
import { CURRENT_SITUATIONS, SITUATION_TERMS } from '../data/profiles';
import { INTEREST_TYPES } from '../data/schema';
import type { CareerRoute } from '../careerRoute';
import { filterRoles, NO_FILTERS, type CareerFilters } from '../logic/filters';
import { RoleCard } from './RoleCard';
import { TermExplainers } from './TermExplainer';
import { ToggleGroup } from './ToggleGroup';
import { useCareersText } from './useCareersText';
import { useContent } from '../../content/useContent';
import { highlightedFirst } from '../logic/highlighted';

function toggled<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((item) => item !== value) : [...list, value];
}

interface ExplorerProps {
  readonly filters: CareerFilters;
  readonly navigate: (route: CareerRoute) => void;
}

export function ExplorerScreen({ filters, navigate }: ExplorerProps): ReactElement {
  const { t } = useCareersText();
  const { content } = useContent();
  const roles = highlightedFirst(filterRoles(filters), content.highlightedRoles);
  const highlighted = new Set(content.highlightedRoles);
  const setFilters = (next: Partial<CareerFilters>) => navigate({ view: 'list', filters: { ...filters, ...next } });
  const game: GameId | null = filters.game;

  return (
    <section className="careers-screen" aria-labelledby="careers-title">
      <header className="careers-header careers-header--explorer">
        <h1 id="careers-title">{t('careers:title')}</h1>
        <p className="careers-lead">{t('careers:intro')}</p>
        <button type="button" className="careers-button careers-button--accent" onClick={() => navigate({ view: 'quiz' })}>
          {t('careers:nav.quiz')}
        </button>
      </header>

      <div className="careers-explorer">
        <section className="careers-filters" aria-labelledby="careers-filters-title">
          <h2 id="careers-filters-title">{t('careers:filters.heading')}</h2>
          {game !== null ? (
            <p className="careers-game-filter">
              <span>{t('careers:filters.game', { game: t(`careers:games.${game}`) })}</span>
              <button type="button" className="careers-button" onClick={() => setFilters({ game: null })}>
                {t('careers:filters.removeGame')}
              </button>
            </p>
          ) : null}
          <ToggleGroup
            id="careers-filter-situation"
            legend={t('careers:filters.situation')}
            options={CURRENT_SITUATIONS.map((value) => ({ value, label: t(`careers:situations.${value}`) }))}
            isPressed={(value) => filters.situation === value}
            onToggle={(value) => setFilters({ situation: filters.situation === value ? null : value })}
          />
          <TermExplainers terms={SITUATION_TERMS} />
          <ToggleGroup
            id="careers-filter-soon"
            legend={t('careers:filters.startSoon')}
            options={[{ value: true, label: t('careers:filters.startSoon'), hint: t('careers:filters.startSoonHint') }]}
            isPressed={() => filters.startSoon}
            onToggle={() => setFilters({ startSoon: !filters.startSoon })}
          />
          <ToggleGroup
            id="careers-filter-interest"
            legend={t('careers:filters.interest')}
            options={INTEREST_TYPES.map((value) => ({ value, label: t(`careers:interestTypes.${value}.name`), hint: t(`careers:interestTypes.${value}.hint`) }))}
            isPressed={(value) => filters.interests.includes(value)}
            onToggle={(value) => setFilters({ interests: toggled(filters.interests, value) })}
          />
          <ToggleGroup
            id="careers-filter-pillar"
            legend={t('careers:filters.pillar')}
            options={PILLARS.map((value) => ({ value, label: t('careers:pillars.label', { number: value, name: t(`careers:pillars.${value}`) }) }))}
            isPressed={(value) => filters.pillars.includes(value)}
            onToggle={(value) => setFilters({ pillars: toggled(filters.pillars, value) })}
          />
          <button type="button" className="careers-button" onClick={() => navigate({ view: 'list', filters: NO_FILTERS })}>
            {t('careers:filters.clear')}
          </button>
        </section>

        <section className="careers-results" aria-labelledby="careers-results-title">
          <h2 id="careers-results-title" aria-live="polite">
            {t('careers:filters.count', { count: roles.length })}
          </h2>
          {filters.situation === 'no-diploma' ? <p className="careers-fact">{t('careers:facts.withoutDiploma')}</p> : null}
          {roles.length === 0 ? (
            <p>{t('careers:filters.none')}</p>
          ) : (
            <ul className="careers-grid">
              {roles.map((role) => (
                <li key={role.id}>
                  <RoleCard role={role} highlighted={highlighted.has(role.id)} onOpen={() => navigate({ view: 'role', roleId: role.id })} />
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </section>
  );
}
