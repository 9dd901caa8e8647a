// One text of a content pack in its four languages side by side (fr, nl, de, en columns), as a fieldset: each
// language has its own labelled input; a required language left empty is flagged in words and with a sign (not by
// colour alone), its input marked invalid and described by the flag; the legend counts what is missing.

import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../../common/i18n/languages';
import type { LocalizedText } from '../../../../common/content/contentPack';
import { fieldId, problemsAt, withLanguage, type FieldPath, type FieldProblem } from './contentEditing';

export interface LocalizedTextFieldProps {
  readonly path: FieldPath;
  readonly label: string;
  readonly value: LocalizedText;
  readonly maxLength: number;
  /** The languages the pack requires: only these are flagged when empty. */
  readonly required: readonly Language[];
  readonly problems: readonly FieldProblem[];
  readonly multiline?: boolean;
  readonly onChange: (value: LocalizedText) => void;
}

export function LocalizedTextField({ path, label, value, maxLength, required, problems, multiline = false, onChange }: LocalizedTextFieldProps) {
  const { t } = useTranslation();
  const missing = LANGUAGES.filter((language) => required.includes(language) && value[language] === undefined);
  const here = problemsAt(problems, path);
  return (
    <fieldset className="localized-field" id={fieldId(path)} data-field={path.join('.')} data-missing={missing.length}>
      <legend>
        <span className="localized-label">{label}</span>
        {missing.length === 0 ? null : (
          <span className="missing-count" data-missing-count>
            <span aria-hidden="true">⚠ </span>
            {t('content.missingCount', { count: missing.length })}
          </span>
        )}
      </legend>
      <div className="language-columns">
        {LANGUAGES.map((language) => {
          const id = fieldId(path, language);
          const isMissing = missing.includes(language);
          const problem = here.find((candidate) => candidate.path.length > path.length && candidate.path[path.length] === language);
          const describedBy = [isMissing ? `${id}-missing` : null, problem === undefined ? null : `${id}-problem`].filter((part) => part !== null).join(' ');
          const common = {
            id,
            lang: language,
            value: value[language] ?? '',
            maxLength,
            'aria-invalid': isMissing || problem !== undefined ? true : undefined,
            'aria-describedby': describedBy === '' ? undefined : describedBy,
            onChange: (event: { target: { value: string } }) => onChange(withLanguage(value, language, event.target.value)),
          };
          return (
            <div key={language} className={isMissing ? 'language-column is-missing' : 'language-column'} data-language={language}>
              <label htmlFor={id}>
                <span className="language-tag">{language.toUpperCase()}</span> {t(`content.languageNames.${language}`)}
                {required.includes(language) ? null : <span className="muted"> {t('content.optional')}</span>}
              </label>
              {multiline ? <textarea rows={3} {...common} /> : <input type="text" autoComplete="off" {...common} />}
              {isMissing ? (
                <span className="missing-flag" id={`${id}-missing`} data-missing-flag>
                  <span aria-hidden="true">⚠ </span>
                  {t('content.missingIn', { language: t(`content.languageNames.${language}`) })}
                </span>
              ) : null}
              {problem === undefined ? null : (
                <span className="field-problem" id={`${id}-problem`}>
                  {problem.message}
                </span>
              )}
            </div>
          );
        })}
      </div>
      {here
        .filter((problem) => problem.path.length === path.length)
        .map((problem) => (
          <p key={problem.message} className="field-problem">
            {problem.message}
          </p>
        ))}
    </fieldset>
  );
}
