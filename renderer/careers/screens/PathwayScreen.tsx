// The pathway screen: choose where you stand today, then see up to three ways into the role as step diagrams, a QR
// code to take the pathway home and a print button (careers.css has the print stylesheet for a one-page handout).

import { useEffect, type ReactElement } from 'react';
import type { RoleId } from '../../../common/ids';
import { isLanguage } from '../../../common/i18n/languages';
import { STARTING_PROFILES, type StartingProfile } from '../data/profiles';
import { mastersFor } from '../data/masters';
import { trainingRoute } from '../data/routes';
import { SOURCES } from '../data/sources';
import type { CareerRoute } from '../careerRoute';
import { counterpartRegion, counterpartRoutes } from '../logic/counterparts';
import { termsToExplain } from '../logic/glossary';
import { pathwaysTo } from '../logic/pathways';
import { buildPathwayUrl } from '../pathwayUrl';
import type { CareerTrackEvent } from '../track';
import { PathwayDiagram } from './PathwayDiagram';
import { CounterpartList } from './CounterpartList';
import { QrCode } from './QrCode';
import { ToggleGroup } from './ToggleGroup';
import { useCareersText } from './useCareersText';

/** Enough choice to compare without a wall of diagrams. */
const MAX_PATHWAYS_SHOWN = 3;

interface PathwayScreenProps {
  readonly roleId: RoleId;
  readonly profile: StartingProfile | undefined;
  readonly navigate: (route: CareerRoute) => void;
  readonly onTrack: (event: CareerTrackEvent) => void;
  readonly hubBaseUrl: string;
}

export function PathwayScreen({ roleId, profile, navigate, onTrack, hubBaseUrl }: PathwayScreenProps): ReactElement {
  const { t, language: resolvedLanguage } = useCareersText();
  const roleTitle = t(`careersRoles:${roleId}.title`);
  const pathways = profile ? pathwaysTo(profile, roleId).slice(0, MAX_PATHWAYS_SHOWN) : [];
  const language = isLanguage(resolvedLanguage) ? resolvedLanguage : undefined;
  const link = profile ? buildPathwayUrl({ baseUrl: hubBaseUrl, roleId, profile, language }) : null;
  const region = counterpartRegion(resolvedLanguage);
  const counterparts = profile ? counterpartRoutes(resolvedLanguage, profile, roleId) : [];
  const explain = termsToExplain(pathways);
  const throughUniversity = pathways.some((pathway) => pathway.steps.some((step) => step.kind === 'route' && step.routeId === 'university-master'));
  const sources = [
    ...new Set([
      ...pathways.flatMap((pathway) => pathway.steps.flatMap((step) => (step.kind === 'route' ? [SOURCES[trainingRoute(step.routeId).source]] : []))),
      ...(throughUniversity ? mastersFor(roleId).flatMap((programme) => programme.offeredBy.map((offer) => SOURCES[offer.source])) : []),
      ...counterparts.map((route) => SOURCES[route.source]),
    ]),
  ];

  useEffect(() => {
    if (profile) onTrack({ type: 'pathway-viewed', fromProfile: profile, roleId });
  }, [profile, roleId, onTrack]);
  useEffect(() => {
    if (link) onTrack({ type: 'qr-shown', roleId });
  }, [link, roleId, onTrack]);

  return (
    <article className="careers-screen careers-pathway-screen" aria-labelledby="careers-pathway-title">
      <nav className="careers-nav careers-no-print">
        <button type="button" className="careers-button" onClick={() => navigate({ view: 'role', roleId })}>
          {roleTitle}
        </button>
      </nav>
      <p className="careers-print-only careers-print-title">{t('careers:pathway.printTitle')}</p>
      <h1 id="careers-pathway-title">{t('careers:pathway.heading', { role: roleTitle })}</h1>

      <div className={profile ? 'careers-no-print' : undefined}>
        <ToggleGroup
          id="careers-profile"
          legend={profile ? t('careers:pathway.changeProfile') : t('careers:pathway.chooseProfile')}
          options={STARTING_PROFILES.map((value) => ({ value, label: t(`careers:profiles.${value}`) }))}
          isPressed={(value) => value === profile}
          onToggle={(value) => navigate({ view: 'pathway', roleId, profile: value })}
        />
      </div>

      {profile ? (
        <div className="careers-pathway-layout">
          <section aria-label={t('careers:pathway.heading', { role: roleTitle })} className="careers-pathways">
            {pathways.length === 0 ? (
              <p>{t('careers:pathway.noPathway')}</p>
            ) : (
              pathways.map((pathway, index) => (
                <PathwayDiagram key={pathway.entryRoute} pathway={pathway} number={index + 1} roleTitle={roleTitle} explain={explain[index] ?? []} />
              ))
            )}
            {region !== null && counterparts.length > 0 ? <CounterpartList region={region} routes={counterparts} /> : null}
          </section>
          {link ? (
            <aside className="careers-take-home" aria-labelledby="careers-qr-title">
              <h2 id="careers-qr-title">{t('careers:pathway.qrHeading')}</h2>
              <QrCode text={link} label={t('careers:pathway.qrLabel', { role: roleTitle })} />
              <p>{t('careers:pathway.qrHint')}</p>
              <button type="button" className="careers-button careers-button--accent careers-no-print" onClick={() => window.print()}>
                {t('careers:pathway.print')}
              </button>
            </aside>
          ) : null}
          {sources.length > 0 ? (
            <section className="careers-sources" aria-labelledby="careers-sources-title">
              <h2 id="careers-sources-title">{t('careers:pathway.sources')}</h2>
              <ul>
                {sources.map((source) => (
                  <li key={source}>{source}</li>
                ))}
              </ul>
            </section>
          ) : null}
        </div>
      ) : null}
    </article>
  );
}
