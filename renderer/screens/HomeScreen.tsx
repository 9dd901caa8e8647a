// Home: the product title, the language choice, and what the hub wants every visitor to know, with sources (the
// facts and the agenda of the content pack shown, renderer/content/).
// Entry points to games and careers appear here as those features are built.

import { useTranslation } from 'react-i18next';
import { useEnabledGames } from '../games/enabledGames';
import { LanguageChoice } from '../i18n/LanguageChoice';
import { formatLocation } from '../navigation/routes';
import { CAREERS_HOME } from '../careers/careerRoute';
import { LockedLanguageNote, ModeHomeEntry } from '../classroom/HomeParts';
import { languageLock } from '../classroom/languageLock';
import { useStore } from '../state/store';
import { warmScreen } from '../navigation/screenChunks';
import { packText, useContent } from '../content/useContent';
import { HomeAgenda } from './HomeAgenda';

export function HomeScreen() {
  const { t, i18n } = useTranslation();
  const { content } = useContent();
  const games = useEnabledGames();
  const locked = useStore(languageLock);
  return (
    <div className="home">
      <section className="home__hero" aria-labelledby="home-title">
        <p className="home__kicker">{t('home.kicker')}</p>
        <h1 id="home-title" className="home__title">
          {t('home.title')}
        </h1>
        <p className="home__lead">{t('home.lead')}</p>
      </section>

      <nav className="home__entries" aria-label={t('nav.home')}>
        {games.length > 0 && (
          <a
            className="entry-card entry-card--games"
            href={formatLocation({ route: { screen: 'games' }, sheet: null })}
            onPointerDown={() => warmScreen('game')}
            onFocus={() => warmScreen('game')}
          >
            <span className="entry-card__title">{t('home.entries.gamesTitle')}</span>
            <span className="entry-card__text">{t('home.entries.gamesText')}</span>
          </a>
        )}
        {/* The explorer's code starts loading as the finger lands (or the focus arrives), before the click. */}
        <a
          className="entry-card entry-card--careers"
          href={formatLocation({ route: { screen: 'careers', career: CAREERS_HOME }, sheet: null })}
          onPointerDown={() => warmScreen('careers')}
          onFocus={() => warmScreen('careers')}
        >
          <span className="entry-card__title">{t('home.entries.careersTitle')}</span>
          <span className="entry-card__text">{t('home.entries.careersText')}</span>
        </a>
        <ModeHomeEntry />
      </nav>

      <section className="home__section" aria-labelledby="home-language">
        <h2 id="home-language" className="section-title">
          {t('language.choose')}
        </h2>
        {locked === null ? <LanguageChoice className="language-choice--large" /> : <LockedLanguageNote />}
      </section>

      <section className="home__section" aria-labelledby="home-facts">
        <h2 id="home-facts" className="section-title">
          {t('home.facts.title')}
        </h2>
        <ul className="fact-list">
          {content.facts.map((fact) => (
            <li key={fact.id} className="fact">
              <strong className="fact__figure">{packText(fact.figure, i18n.language)}</strong>
              <span className="fact__text">{packText(fact.text, i18n.language)}</span>
              <small className="fact__source">{packText(fact.source, i18n.language)}</small>
            </li>
          ))}
        </ul>
      </section>

      <HomeAgenda />
    </div>
  );
}
