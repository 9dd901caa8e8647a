// Tells staff, inside the settings sheet, that the device config file had problems and defaults are in use,
// naming each bad field. Nothing shows when the config is fine (visitors never see it then).

import { useTranslation } from 'react-i18next';
import { useSettingsServices } from './settingsServices';
import { useStore } from '../state/store';

export function DeviceConfigNotice() {
  const { t } = useTranslation();
  const { problems } = useStore(useSettingsServices().deviceConfig);
  if (problems.length === 0) return null;
  return (
    <section className="notice notice--warning" role="status" aria-labelledby="config-problem-title">
      <h3 id="config-problem-title" className="notice__title">
        {t('configProblem.title')}
      </h3>
      <p>{t('configProblem.intro')}</p>
      <ul>
        {problems.map((problem, index) => (
          <li key={index}>
            {problem.field
              ? t(`configProblem.codes.${problem.code}`, { field: problem.field })
              : t('configProblem.wholeFile')}{' '}
            <code>{problem.detail}</code>
          </li>
        ))}
      </ul>
    </section>
  );
}
