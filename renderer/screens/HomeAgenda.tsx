// The home's agenda: the hub's coming events from the content pack (date in the visitor's language, place, title,
// text, and the event's page as a QR code). Nothing is drawn while the pack has no coming event, so the built-in
// pack's home is unchanged. The QR drawing loads only when an event has a link.

import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { agendaDates, calendarDay, upcomingAgenda } from '../content/agenda';
import { packText, useContent } from '../content/useContent';

const QrCode = lazy(() => import('../careers/screens/QrCode').then((module) => ({ default: module.QrCode })));

export function HomeAgenda() {
  const { t, i18n } = useTranslation();
  const { content } = useContent();
  const entries = upcomingAgenda(content.agenda, calendarDay(new Date()));
  if (entries.length === 0) return null;
  const language = i18n.language;
  return (
    <section className="home__section" aria-labelledby="home-agenda">
      <h2 id="home-agenda" className="section-title">
        {t('home.agenda.title')}
      </h2>
      <ul className="agenda-list">
        {entries.map((entry) => {
          const title = packText(entry.title, language);
          return (
            <li key={entry.id} className="agenda-entry">
              <div className="agenda-entry__body">
                <p className="agenda-entry__when">
                  <time dateTime={entry.date}>{agendaDates(entry, language)}</time>
                  <span className="agenda-entry__place">{packText(entry.place, language)}</span>
                </p>
                <h3 className="agenda-entry__title">{title}</h3>
                <p className="agenda-entry__text">{packText(entry.text, language)}</p>
              </div>
              {entry.link !== null && (
                <figure className="agenda-entry__qr">
                  <Suspense fallback={null}>
                    <QrCode className="agenda-qr" text={entry.link} label={t('home.agenda.qrLabel', { title })} />
                  </Suspense>
                  <figcaption>{t('home.agenda.qrHint')}</figcaption>
                </figure>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
