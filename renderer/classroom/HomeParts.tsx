// What the home screen adds in classroom and event modes: the way to the teacher's view (hidden while the class
// language is locked, so pupils do not wander into it), the note that replaces the language buttons when locked,
// and the fair stand's quick-play entry.

import { useTranslation } from 'react-i18next';
import { useClassroomServices } from './classroomServices';
import { useNamespaceText } from '../i18n/useNamespaceText';
import { useNamespaces } from '../i18n/useNamespaces';
import { useStore } from '../state/store';
import { languageLock } from './languageLock';
import './classroom.css';

export function ModeHomeEntry() {
  const services = useClassroomServices();
  const { mode } = useStore(services.deviceConfig).config;
  const locked = useStore(languageLock);
  // Only the texts of the entry this mode shows: a kiosk's home loads neither.
  const ready = useNamespaces(mode === 'event' ? ['event'] : mode === 'classroom' && locked === null ? ['classroom'] : []);
  const classroom = useNamespaceText('classroom');
  const event = useNamespaceText('event');
  if (!ready) return null;
  if (mode === 'event') {
    return (
      <a className="entry-card entry-card--event" href="#/event">
        <span className="entry-card__title">{event('home.title')}</span>
        <span className="entry-card__text">{event('home.text')}</span>
      </a>
    );
  }
  if (mode === 'classroom' && locked === null) {
    return (
      <a className="entry-card entry-card--teacher" href="#/classroom">
        <span className="entry-card__title">{classroom('home.title')}</span>
        <span className="entry-card__text">{classroom('home.text')}</span>
      </a>
    );
  }
  return null;
}

/** Shown instead of the language buttons while the teacher has locked the class language. */
export function LockedLanguageNote() {
  const { t } = useTranslation();
  const locked = useStore(languageLock);
  const ready = useNamespaces(['classroom']);
  const classroom = useNamespaceText('classroom');
  if (!ready || locked === null) return null;
  return <p className="locked-language-note">{classroom('home.locked', { language: t(`language.names.${locked}`) })}</p>;
}
