// The pack as a visitor would see it, in a chosen language: the home's "Did you know?" fact cards and agenda, and one
// training route's notice, drawn with the app's design tokens (common/styles/tokens.css) in the shapes of the app's
// home cards. The dashboard cannot import the app's components, so this reproduces their look; a text missing in the
// chosen language shows a flag in its place instead.

import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PackContent } from '../../../../common/content/contentPack';
import { isLanguage, LANGUAGES, type Language } from '../../../../common/i18n/languages';
import { textIn } from './contentEditing';

function formatDay(day: string, language: Language): string {
  return new Intl.DateTimeFormat(language, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

export function ContentPreview({ content, title }: { content: PackContent; title: string }) {
  const { t, i18n } = useTranslation();
  // The staff member's own language first; any of the four can be chosen.
  const [language, setLanguage] = useState<Language>(() => (isLanguage(i18n.language) ? i18n.language : 'fr'));
  const [routeId, setRouteId] = useState<string>('');
  const headingId = useId();
  const visitor = (key: string, options: Record<string, unknown> = {}) => t(`content.preview.visitor.${key}`, { ...options, lng: language });
  const shown = (text: Parameters<typeof textIn>[0]) => {
    const value = textIn(text, language);
    return value ?? (
      <span className="preview-missing" lang={i18n.language}>
        <span aria-hidden="true">⚠ </span>
        {t('content.preview.missing', { language: t(`content.languageNames.${language}`) })}
      </span>
    );
  };
  const notice = content.routes.find((candidate) => candidate.routeId === routeId) ?? content.routes[0];
  const agenda = [...content.agenda].sort((a, b) => a.date.localeCompare(b.date));

  return (
    <section className="report-table content-preview" aria-labelledby={headingId} data-preview>
      <div className="report-table-head">
        <h2 id={headingId}>{title}</h2>
        <fieldset className="segmented">
          <legend>{t('content.preview.language')}</legend>
          {LANGUAGES.map((candidate) => (
            <button key={candidate} type="button" className="button secondary small" aria-pressed={candidate === language} onClick={() => setLanguage(candidate)}>
              {t(`content.languageNames.${candidate}`)}
            </button>
          ))}
        </fieldset>
      </div>
      <p className="muted">{t('content.preview.lead')}</p>
      <div className="visitor-screen" lang={language} data-preview-language={language}>
        <h3 className="visitor-section-title">{visitor('factsTitle')}</h3>
        <ul className="visitor-facts">
          {content.facts.map((fact) => (
            <li key={fact.id} className="visitor-fact">
              <strong className="visitor-fact-figure">{shown(fact.figure)}</strong>
              <span>{shown(fact.text)}</span>
              <small className="visitor-fact-source">{shown(fact.source)}</small>
            </li>
          ))}
        </ul>
        {agenda.length === 0 ? null : (
          <>
            <h3 className="visitor-section-title">{visitor('agendaTitle')}</h3>
            <ul className="visitor-agenda">
              {agenda.map((entry) => (
                <li key={entry.id} className="visitor-agenda-entry">
                  <p className="visitor-agenda-when">
                    <time dateTime={entry.date}>
                      {entry.endDate === null ? formatDay(entry.date, language) : visitor('fromTo', { from: formatDay(entry.date, language), to: formatDay(entry.endDate, language) })}
                    </time>
                    <span className="visitor-agenda-place">{shown(entry.place)}</span>
                  </p>
                  <p className="visitor-agenda-title">{shown(entry.title)}</p>
                  <p className="visitor-agenda-text">{shown(entry.text)}</p>
                  {entry.link === null ? null : <p className="visitor-link">{visitor('scanLink')}</p>}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      {notice === undefined ? (
        <p className="empty-note">{t('content.preview.noRoute')}</p>
      ) : (
        <>
          <label className="preview-route-choice">
            <span>{t('content.preview.route')}</span>
            <select value={notice.routeId} onChange={(event) => setRouteId(event.target.value)}>
              {content.routes.map((candidate) => (
                <option key={candidate.routeId} value={candidate.routeId}>
                  {t(`careers:routes.${candidate.routeId}.name`, { defaultValue: candidate.routeId })}
                </option>
              ))}
            </select>
          </label>
          <div className="visitor-screen" lang={language}>
            <div className="visitor-route" data-preview-route={notice.routeId}>
              <p className="visitor-route-name">{t(`careers:routes.${notice.routeId}.name`, { lng: language, defaultValue: notice.routeId })}</p>
              {notice.providers.length === 0 ? null : <p>{visitor('providers', { providers: notice.providers.join(', ') })}</p>}
              {notice.nextStart === null ? null : <p>{visitor('nextStart', { date: formatDay(notice.nextStart, language) })}</p>}
              {notice.note === null ? null : <p className="visitor-route-note">{shown(notice.note)}</p>}
              {notice.link === null ? null : <p className="visitor-link">{visitor('scanLink')}</p>}
            </div>
          </div>
        </>
      )}
    </section>
  );
}
