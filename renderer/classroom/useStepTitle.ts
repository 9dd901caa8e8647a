// The name of a lesson step as pupils and teachers read it: a game's own title, or the explorer step's name.

import { useTranslation } from 'react-i18next';
import { namespaceText, useNamespaceText } from '../i18n/useNamespaceText';
import { isGameStep, type LessonStep } from './lesson';

export function useStepTitle(): (step: LessonStep) => string {
  const { i18n } = useTranslation();
  const classroom = useNamespaceText('classroom');
  return (step) => (isGameStep(step) ? namespaceText(i18n, null, step)('title') : classroom(`steps.${step}`));
}

/** Namespaces a list of steps needs before its titles can be shown. */
export function stepNamespaces(steps: readonly LessonStep[]): string[] {
  return ['classroom', ...new Set(steps.filter(isGameStep))];
}
