// What the home screen adds in classroom and event modes: the way to the teacher's view (hidden while the class
// language is locked, so pupils do not wander into it), the note that replaces the language buttons when locked,
// and the fair stand's quick-play entry. Their texts are the shell's (home.*), drawn with the rest of the home: the
// classroom and event texts load only when their screens open.

import { useTranslation } from 'react-i18next';
import { useClassroomServices } from './classroomServices';
import { useStore } from '../state/store';
import { languageLock } from './languageLock';
import './classroom.css';

export function ModeHomeEntry() {
  const { t } = useTranslation();
  const services = useClassroomServices();
  const { mode } = useStore(services.deviceConfig).config;
  const locked = useStore(languageLock);
  if (mode === 'event') {
    return (
      <a className="entry-card entry-card--event" href="#/event">
        <span className="entry-card__title">{t('home.entries.eventTitle')}</span>
        <span className="entry-card__text">{t('home.entries.eventText')}</span>
      </a>
    );
  }
  if (mode === 'classroom' && locked === null) {
    return (
      <a className="entry-card entry-card--teacher" href="#/classroom">
        <span className="entry-card__title">{t('home.entries.teacherTitle')}</span>
        <span className="entry-card__text">{t('home.entries.teacherText')}</span>
      </a>
    );
  }
  return null;
}

/** Shown instead of the language buttons while the teacher has locked the class language. */
export function LockedLanguageNote() {
  const { t } = useTranslation();
  const locked = useStore(languageLock);
  if (locked === null) return null;
  return <p className="locked-language-note">{t('home.lockedLanguage', { language: t(`language.names.${locked}`) })}</p>;
}
