// One role: a typical day, where (with example employers), what helps, how to start, the game to try and the way to
// the pathway. Reports "career-viewed" once per role shown.

import { useEffect, type ReactElement } from 'react';
import type { GameId, RoleId } from '../../../common/ids';
import { employer } from '../data/employers';
import { careerRole } from '../data/roles';
import type { CareerRoute } from '../careerRoute';
import { CAREERS_HOME } from '../careerRoute';
import type { CareerTrackEvent } from '../track';
import { PillarTags } from './PillarTags';
import { RoleIcon } from './RoleIcon';
import { useCareersText } from './useCareersText';

interface RoleDetailProps {
  readonly roleId: RoleId;
  readonly navigate: (route: CareerRoute) => void;
  readonly onTrack: (event: CareerTrackEvent) => void;
  readonly gameAvailable: (gameId: GameId) => boolean;
  readonly openGame: (gameId: GameId) => void;
}

export function RoleDetailScreen({ roleId, navigate, onTrack, gameAvailable, openGame }: RoleDetailProps): ReactElement {
  const { t } = useCareersText();
  const role = careerRole(roleId);
  const games = role.relatedGames.filter(gameAvailable);

  useEffect(() => {
    onTrack({ type: 'career-viewed', roleId });
  }, [roleId, onTrack]);

  return (
    <article className="careers-screen careers-role" aria-labelledby="careers-role-title">
      <nav className="careers-nav">
        <button type="button" className="careers-button" onClick={() => navigate(CAREERS_HOME)}>
          {t('careers:nav.allRoles')}
        </button>
      </nav>
      <header className={`careers-role__header careers-card--pillar-${role.pillars[0] ?? 1}`}>
        <RoleIcon family={role.family} />
        <div>
          <h1 id="careers-role-title">{t(`careersRoles:${roleId}.title`)}</h1>
          <p className="careers-card__family">{t(`careers:families.${role.family}`)}</p>
          <PillarTags pillars={role.pillars} />
        </div>
      </header>

      <div className="careers-actions">
        <button type="button" className="careers-button careers-button--accent" onClick={() => navigate({ view: 'pathway', roleId })}>
          {t('careers:nav.pathway')}
        </button>
        {games.map((gameId) => (
          <button key={gameId} type="button" className="careers-button" onClick={() => openGame(gameId)}>
            {t('careers:role.tryIt', { game: t(`careers:games.${gameId}`) })}
          </button>
        ))}
      </div>

      <div className="careers-role__body">
        <section>
          <h2>{t('careers:role.day')}</h2>
          <p>{t(`careersRoles:${roleId}.day`)}</p>
        </section>
        <section>
          <h2>{t('careers:role.where')}</h2>
          <p>{t(`careersRoles:${roleId}.where`)}</p>
          <h3>{t('careers:role.employers')}</h3>
          <ul className="careers-employers">
            {role.employers.map((id) => {
              const company = employer(id);
              return (
                <li key={id}>
                  <strong>{company.name}</strong> <span>{company.place}</span>
                </li>
              );
            })}
          </ul>
          <p className="careers-note">{t('careers:role.employersNote')}</p>
        </section>
        <section>
          <h2>{t('careers:role.skills')}</h2>
          <p>{t(`careersRoles:${roleId}.skills`)}</p>
        </section>
        <section>
          <h2>{t('careers:role.start')}</h2>
          <p>{t(`careersRoles:${roleId}.start`)}</p>
        </section>
      </div>

      <footer className="careers-note">
        <p>{t('careers:role.interests', { types: role.interests.map((type) => t(`careers:interestTypes.${type}.name`)).join(', ') })}</p>
        <p>{t('careers:role.onetCode', { code: role.onetSoc })}</p>
        <p>{t('careers:attribution.onet')}</p>
        <p>{t('careers:attribution.riasecEstimate')}</p>
      </footer>
    </article>
  );
}
