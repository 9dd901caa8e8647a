// One pathway drawn as an ordered list of steps, from "today" to the role, with each step's length and the total.
// The arrows are drawn by CSS between list items; the order is carried by the list itself for screen readers.
// A university step names the masters that lead to the role; a step whose text uses a Walloon school word for the
// first time on the screen carries its "what is this?" explainer. The hub's notice on a route (content pack: providers,
// next start, note, link) comes under it.

import type { ReactElement } from 'react';
import type { RoleId } from '../../../common/ids';
import { mastersFor } from '../data/masters';
import { trainingRoute } from '../data/routes';
import type { DiplomaTerm } from '../data/schema';
import type { Pathway, PathwayStep } from '../logic/pathways';
import { durationText } from './durationText';
import { TermExplainers } from './TermExplainer';
import { useCareersText } from './useCareersText';
import { useContent } from '../../content/useContent';
import { hubRouteNotice } from '../../content/routeNotices';
import { RouteNoticeView } from './RouteNoticeView';

function MasterList({ roleId }: { readonly roleId: RoleId }): ReactElement | null {
  const { t, language } = useCareersText();
  const programmes = mastersFor(roleId);
  if (programmes.length === 0) return null;
  const list = new Intl.ListFormat(language, { style: 'long', type: 'conjunction' });
  return (
    <div className="careers-masters">
      <span className="careers-masters__heading">{t('careers:masters.heading')}</span>
      <ul>
        {programmes.map((programme) => (
          <li key={programme.id}>
            {t('careers:masters.item', {
              programme: t(`careers:masters.${programme.id}`),
              universities: list.format(programme.offeredBy.map((offer) => offer.university)),
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}

function StepBody({ step, roleId }: { readonly step: PathwayStep; readonly roleId: RoleId }): ReactElement {
  const { t } = useCareersText();
  const pack = useContent();
  if (step.kind === 'experience') {
    return (
      <>
        <span className="careers-step__name">{t('careers:pathway.experience')}</span>
        <span className="careers-step__time">
          {durationText(t, step.duration.minMonths, step.duration.maxMonths)} ({t('careers:pathway.estimated')})
        </span>
      </>
    );
  }
  const route = trainingRoute(step.routeId);
  const notice = hubRouteNotice(pack, route.id);
  return (
    <>
      <span className="careers-step__code">{t(`careers:routeCodes.${route.code}`)}</span>
      <span className="careers-step__name">{t(`careers:routes.${route.id}.name`)}</span>
      <span className="careers-step__text">{t(`careers:routes.${route.id}.description`)}</span>
      <span className="careers-step__time">
        {step.duration === null
          ? t('careers:pathway.durationUnknown')
          : `${durationText(t, step.duration.minMonths, step.duration.maxMonths)}${step.duration.basis === 'typical' ? ` (${t('careers:pathway.estimated')})` : ''}`}
      </span>
      {route.id === 'university-master' ? <MasterList roleId={roleId} /> : null}
      {notice !== null ? <RouteNoticeView notice={notice} routeName={t(`careers:routes.${route.id}.name`)} /> : null}
    </>
  );
}

interface PathwayDiagramProps {
  readonly pathway: Pathway;
  readonly number: number;
  readonly roleTitle: string;
  /** Per step, the school words first met there (logic/glossary.ts). */
  readonly explain: readonly (readonly DiplomaTerm[])[];
}

export function PathwayDiagram({ pathway, number, roleTitle, explain }: PathwayDiagramProps): ReactElement {
  const { t } = useCareersText();
  const { minMonths, maxMonths, hasUnknownStep } = pathway.total;
  const total = durationText(t, minMonths, maxMonths);
  // Only the hub's unpublished courses can leave the total at zero: then the honest answer is "ask the hub".
  const totalText =
    maxMonths === 0 ? t('careers:pathway.totalUnknown') : hasUnknownStep ? t('careers:pathway.totalAtLeast', { duration: total }) : t('careers:pathway.total', { duration: total });
  return (
    <section className="careers-pathway" aria-labelledby={`careers-pathway-${number}`}>
      <h3 id={`careers-pathway-${number}`}>{t('careers:pathway.option', { number })}</h3>
      <ol className="careers-steps">
        <li className="careers-step careers-step--today">
          <span className="careers-step__name">{t('careers:pathway.today')}</span>
          <span className="careers-step__text">{t(`careers:profiles.${pathway.profile}`)}</span>
        </li>
        {pathway.steps.map((step, index) => (
          <li key={index} className="careers-step">
            <StepBody step={step} roleId={pathway.roleId} />
            <TermExplainers terms={explain[index] ?? []} />
          </li>
        ))}
        <li className="careers-step careers-step--goal">
          <span className="careers-step__name">{t('careers:pathway.goal')}</span>
          <span className="careers-step__text">{roleTitle}</span>
        </li>
      </ol>
      <p className="careers-total">{totalText}</p>
    </section>
  );
}
