// One pathway drawn as an ordered list of steps, from "today" to the role, with each step's length and the total.
// The arrows are drawn by CSS between list items; the order is carried by the list itself for screen readers.

import type { ReactElement } from 'react';
import { trainingRoute } from '../data/routes';
import type { Pathway, PathwayStep } from '../logic/pathways';
import { durationText } from './durationText';
import { useCareersText } from './useCareersText';

function StepBody({ step }: { readonly step: PathwayStep }): ReactElement {
  const { t } = useCareersText();
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
    </>
  );
}

export function PathwayDiagram({ pathway, number, roleTitle }: { readonly pathway: Pathway; readonly number: number; readonly roleTitle: string }): ReactElement {
  const { t } = useCareersText();
  const { minMonths, maxMonths, hasUnknownStep } = pathway.total;
  const total = durationText(t, minMonths, maxMonths);
  // Only the hub's unpublished courses can leave the total at zero: then the honest answer is "ask the hub".
  const totalText =
    maxMonths === 0 ? t('careers:pathway.durationUnknown') : hasUnknownStep ? t('careers:pathway.totalAtLeast', { duration: total }) : t('careers:pathway.total', { duration: total });
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
            <StepBody step={step} />
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
