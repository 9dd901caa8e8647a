// The content pack's forms, one section per kind of content: the home's facts, the agenda of hub events, notices on
// training routes, the highlighted roles and the games in their order. Entries are added, removed and moved with
// buttons; every text shows its four languages side by side (LocalizedTextField). Route, role and game names are the
// app's own (locales/<lang>/careers.json and careersRoles.json, loaded by the dashboard's i18n).

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTENT_LIMITS, type AgendaEntry, type Fact, type PackContent, type RouteNotice } from '../../../../common/content/contentPack';
import type { Language } from '../../../../common/i18n/languages';
import { GAME_IDS, ROLE_IDS, ROUTE_IDS, type GameId, type RoleId } from '../../../../common/ids';
import { emptyAgendaEntry, emptyFact, emptyRouteNotice, moveEntry, readableDay, replaceEntry, withoutEntry, type FieldProblem } from './contentEditing';
import { EntryControls, PlainField } from './EntryControls';
import { LocalizedTextField } from './LocalizedTextField';

export interface ContentEditorProps {
  readonly content: PackContent;
  readonly languages: readonly Language[];
  readonly problems: readonly FieldProblem[];
  readonly today: string;
  readonly onChange: (content: PackContent) => void;
}

export function ContentEditor({ content, languages, problems, today, onChange }: ContentEditorProps) {
  return (
    <div className="content-editor">
      <FactsSection content={content} languages={languages} problems={problems} onChange={onChange} />
      <AgendaSection content={content} languages={languages} problems={problems} today={today} onChange={onChange} />
      <RoutesSection content={content} languages={languages} problems={problems} onChange={onChange} />
      <RolesSection content={content} onChange={onChange} />
      <GamesSection content={content} problems={problems} onChange={onChange} />
    </div>
  );
}

type SectionProps = Omit<ContentEditorProps, 'today'>;

/** A date field's hint: its own hint, then the chosen day in the dashboard's language (the field shows the browser's). */
function useDayHint(): (day: string | null, hint?: string) => string | undefined {
  const { t, i18n } = useTranslation();
  return (day, hint) => {
    const read = readableDay(day, i18n.language);
    const parts = [hint, read === null ? undefined : t('content.dayReads', { date: read })].filter((part) => part !== undefined);
    return parts.length === 0 ? undefined : parts.join(' ');
  };
}

function SectionHead({ id, title, lead, count, max }: { id: string; title: string; lead: string; count: number | null; max: number }) {
  const { t } = useTranslation();
  return (
    <div className="editor-section-head">
      <h3 id={id}>
        {title} {count === null ? null : <span className="entry-count">{t('content.countOf', { count, max })}</span>}
      </h3>
      <p className="muted">{lead}</p>
    </div>
  );
}

function FactsSection({ content, languages, problems, onChange }: SectionProps) {
  const { t } = useTranslation();
  const set = (facts: Fact[]) => onChange({ ...content, facts });
  const { max, min } = CONTENT_LIMITS.facts;
  return (
    <section className="editor-section" aria-labelledby="editor-facts" data-section="facts">
      <SectionHead id="editor-facts" title={t('content.facts.title')} lead={t('content.facts.lead')} count={content.facts.length} max={max} />
      {content.facts.map((fact, index) => {
        const name = t('content.facts.entry', { number: index + 1 });
        const change = (next: Partial<Fact>) => set(replaceEntry(content.facts, index, { ...fact, ...next }));
        return (
          <fieldset key={fact.id} className="entry" data-entry={fact.id}>
            <legend>{name}</legend>
            <LocalizedTextField
              path={['facts', index, 'figure']}
              label={t('content.facts.figure')}
              value={fact.figure}
              maxLength={CONTENT_LIMITS.factFigure}
              required={languages}
              problems={problems}
              onChange={(figure) => change({ figure })}
            />
            <LocalizedTextField
              path={['facts', index, 'text']}
              label={t('content.facts.text')}
              value={fact.text}
              maxLength={CONTENT_LIMITS.factText}
              required={languages}
              problems={problems}
              multiline
              onChange={(text) => change({ text })}
            />
            <LocalizedTextField
              path={['facts', index, 'source']}
              label={t('content.facts.source')}
              value={fact.source}
              maxLength={CONTENT_LIMITS.factSource}
              required={languages}
              problems={problems}
              onChange={(source) => change({ source })}
            />
            <EntryControls
              name={name}
              index={index}
              count={content.facts.length}
              canRemove={content.facts.length > min}
              onMove={(step) => set(moveEntry(content.facts, index, step))}
              onRemove={() => set(withoutEntry(content.facts, index))}
            />
          </fieldset>
        );
      })}
      <button type="button" className="button secondary" disabled={content.facts.length >= max} onClick={() => set([...content.facts, emptyFact(content.facts)])}>
        {t('content.facts.add')}
      </button>
    </section>
  );
}

function AgendaSection({ content, languages, problems, today, onChange }: ContentEditorProps) {
  const { t } = useTranslation();
  const dayHint = useDayHint();
  const set = (agenda: AgendaEntry[]) => onChange({ ...content, agenda });
  const max = CONTENT_LIMITS.agenda.max;
  return (
    <section className="editor-section" aria-labelledby="editor-agenda" data-section="agenda">
      <SectionHead id="editor-agenda" title={t('content.agenda.title')} lead={t('content.agenda.lead')} count={content.agenda.length} max={max} />
      {content.agenda.length === 0 ? <p className="empty-note">{t('content.agenda.none')}</p> : null}
      {content.agenda.map((entry, index) => {
        const name = t('content.agenda.entry', { number: index + 1 });
        const change = (next: Partial<AgendaEntry>) => set(replaceEntry(content.agenda, index, { ...entry, ...next }));
        return (
          <fieldset key={entry.id} className="entry" data-entry={entry.id}>
            <legend>{name}</legend>
            <div className="entry-row">
              <PlainField path={['agenda', index, 'date']} label={t('content.agenda.date')} hint={dayHint(entry.date)} problems={problems}>
                {(field) => <input type="date" required value={entry.date} onChange={(event) => change({ date: event.target.value })} {...field} />}
              </PlainField>
              <PlainField path={['agenda', index, 'endDate']} label={t('content.agenda.endDate')} hint={dayHint(entry.endDate, t('content.agenda.endDateHint'))} problems={problems}>
                {(field) => <input type="date" min={entry.date} value={entry.endDate ?? ''} onChange={(event) => change({ endDate: event.target.value === '' ? null : event.target.value })} {...field} />}
              </PlainField>
              <PlainField path={['agenda', index, 'link']} label={t('content.agenda.link')} hint={t('content.linkHint')} problems={problems}>
                {(field) => (
                  <input
                    type="url"
                    inputMode="url"
                    placeholder="https://"
                    maxLength={CONTENT_LIMITS.link}
                    value={entry.link ?? ''}
                    onChange={(event) => change({ link: event.target.value.trim() === '' ? null : event.target.value.trim() })}
                    {...field}
                  />
                )}
              </PlainField>
            </div>
            <LocalizedTextField
              path={['agenda', index, 'title']}
              label={t('content.agenda.eventTitle')}
              value={entry.title}
              maxLength={CONTENT_LIMITS.agendaTitle}
              required={languages}
              problems={problems}
              onChange={(title) => change({ title })}
            />
            <LocalizedTextField
              path={['agenda', index, 'place']}
              label={t('content.agenda.place')}
              value={entry.place}
              maxLength={CONTENT_LIMITS.agendaPlace}
              required={languages}
              problems={problems}
              onChange={(place) => change({ place })}
            />
            <LocalizedTextField
              path={['agenda', index, 'text']}
              label={t('content.agenda.text')}
              value={entry.text}
              maxLength={CONTENT_LIMITS.agendaText}
              required={languages}
              problems={problems}
              multiline
              onChange={(text) => change({ text })}
            />
            <EntryControls
              name={name}
              index={index}
              count={content.agenda.length}
              onMove={(step) => set(moveEntry(content.agenda, index, step))}
              onRemove={() => set(withoutEntry(content.agenda, index))}
            />
          </fieldset>
        );
      })}
      <button type="button" className="button secondary" disabled={content.agenda.length >= max} onClick={() => set([...content.agenda, emptyAgendaEntry(content.agenda, today)])}>
        {t('content.agenda.add')}
      </button>
    </section>
  );
}

function RoutesSection({ content, languages, problems, onChange }: SectionProps) {
  const { t } = useTranslation();
  const dayHint = useDayHint();
  const set = (routes: RouteNotice[]) => onChange({ ...content, routes });
  const next = emptyRouteNotice(content.routes);
  return (
    <section className="editor-section" aria-labelledby="editor-routes" data-section="routes">
      <SectionHead id="editor-routes" title={t('content.routes.title')} lead={t('content.routes.lead')} count={content.routes.length} max={ROUTE_IDS.length} />
      {content.routes.length === 0 ? <p className="empty-note">{t('content.routes.none')}</p> : null}
      {content.routes.map((notice, index) => {
        const routeName = t(`careers:routes.${notice.routeId}.name`, { defaultValue: notice.routeId });
        const name = t('content.routes.entry', { route: routeName });
        const change = (changed: Partial<RouteNotice>) => set(replaceEntry(content.routes, index, { ...notice, ...changed }));
        return (
          // Keyed by place, not by route: choosing another route in the list must not redraw the entry (and lose focus).
          <fieldset key={index} className="entry" data-entry={notice.routeId}>
            <legend>{name}</legend>
            <div className="entry-row">
              <PlainField path={['routes', index, 'routeId']} label={t('content.routes.route')} problems={problems}>
                {(field) => (
                  <select value={notice.routeId} onChange={(event) => change({ routeId: event.target.value as RouteNotice['routeId'] })} {...field}>
                    {ROUTE_IDS.filter((routeId) => routeId === notice.routeId || !content.routes.some((other) => other.routeId === routeId)).map((routeId) => (
                      <option key={routeId} value={routeId}>
                        {t(`careers:routes.${routeId}.name`, { defaultValue: routeId })}
                      </option>
                    ))}
                  </select>
                )}
              </PlainField>
              <PlainField path={['routes', index, 'nextStart']} label={t('content.routes.nextStart')} hint={dayHint(notice.nextStart, t('content.routes.nextStartHint'))} problems={problems}>
                {(field) => <input type="date" value={notice.nextStart ?? ''} onChange={(event) => change({ nextStart: event.target.value === '' ? null : event.target.value })} {...field} />}
              </PlainField>
              <PlainField path={['routes', index, 'link']} label={t('content.routes.link')} hint={t('content.linkHint')} problems={problems}>
                {(field) => (
                  <input
                    type="url"
                    inputMode="url"
                    placeholder="https://"
                    maxLength={CONTENT_LIMITS.link}
                    value={notice.link ?? ''}
                    onChange={(event) => change({ link: event.target.value.trim() === '' ? null : event.target.value.trim() })}
                    {...field}
                  />
                )}
              </PlainField>
            </div>
            <ProvidersField key={notice.routeId} index={index} providers={notice.providers} problems={problems} onChange={(providers) => change({ providers })} />
            <label className="check">
              <input type="checkbox" checked={notice.note !== null} onChange={(event) => change({ note: event.target.checked ? {} : null })} />
              <span>{t('content.routes.withNote')}</span>
            </label>
            {notice.note === null ? null : (
              <LocalizedTextField
                path={['routes', index, 'note']}
                label={t('content.routes.note')}
                value={notice.note}
                maxLength={CONTENT_LIMITS.routeNote}
                required={languages}
                problems={problems}
                onChange={(note) => change({ note })}
              />
            )}
            <EntryControls
              name={name}
              index={index}
              count={content.routes.length}
              onMove={(step) => set(moveEntry(content.routes, index, step))}
              onRemove={() => set(withoutEntry(content.routes, index))}
            />
          </fieldset>
        );
      })}
      <button type="button" className="button secondary" disabled={next === null} onClick={() => next !== null && set([...content.routes, next])}>
        {t('content.routes.add')}
      </button>
    </section>
  );
}

/** Providers are proper names, the same in every language: one per line. */
function ProvidersField({ index, providers, problems, onChange }: { index: number; providers: readonly string[]; problems: readonly FieldProblem[]; onChange: (providers: string[]) => void }) {
  const { t } = useTranslation();
  // The typed text is kept as is (blank lines included) while typing; the pack gets the non-blank lines.
  const [text, setText] = useState(providers.join('\n'));
  return (
    <PlainField path={['routes', index, 'providers']} label={t('content.routes.providers')} hint={t('content.routes.providersHint')} problems={problems}>
      {(field) => (
        <textarea
          rows={3}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            onChange(
              event.target.value
                .split('\n')
                .map((line) => line.trim())
                .filter((line) => line !== '')
                .slice(0, 8),
            );
          }}
          {...field}
        />
      )}
    </PlainField>
  );
}

function OrderedIds<T extends string>({
  kind,
  chosen,
  all,
  max,
  minimum,
  nameOf,
  onChange,
}: {
  kind: 'roles' | 'games';
  chosen: readonly T[];
  all: readonly T[];
  max: number;
  minimum: number;
  nameOf: (id: T) => string;
  onChange: (ids: T[]) => void;
}) {
  const { t } = useTranslation();
  const free = all.filter((id) => !chosen.includes(id));
  const [adding, setAdding] = useState<T | ''>('');
  const toAdd = adding !== '' && free.includes(adding) ? adding : (free[0] ?? '');
  return (
    <>
      {chosen.length === 0 ? <p className="empty-note">{t(`content.${kind}.none`)}</p> : null}
      <ol className="ordered-ids" data-list={kind}>
        {chosen.map((id, index) => (
          <li key={id} data-id={id}>
            <span className="ordered-name">
              <span className="ordered-number" aria-hidden="true">
                {index + 1}
              </span>
              {nameOf(id)}
            </span>
            <EntryControls
              name={nameOf(id)}
              index={index}
              count={chosen.length}
              canRemove={chosen.length > minimum}
              onMove={(step) => onChange(moveEntry(chosen, index, step))}
              onRemove={() => onChange(withoutEntry(chosen, index))}
            />
          </li>
        ))}
      </ol>
      {free.length === 0 || chosen.length >= max ? null : (
        <div className="add-row">
          <label>
            <span>{t(`content.${kind}.choose`)}</span>
            <select value={toAdd} onChange={(event) => setAdding(event.target.value as T)}>
              {free.map((id) => (
                <option key={id} value={id}>
                  {nameOf(id)}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="button secondary" onClick={() => toAdd !== '' && onChange([...chosen, toAdd])}>
            {t(`content.${kind}.add`)}
          </button>
        </div>
      )}
    </>
  );
}

function RolesSection({ content, onChange }: Pick<SectionProps, 'content' | 'onChange'>) {
  const { t } = useTranslation();
  const max = CONTENT_LIMITS.highlightedRoles.max;
  return (
    <section className="editor-section" aria-labelledby="editor-roles" data-section="roles">
      <SectionHead id="editor-roles" title={t('content.roles.title')} lead={t('content.roles.lead')} count={content.highlightedRoles.length} max={max} />
      <OrderedIds<RoleId>
        kind="roles"
        chosen={content.highlightedRoles}
        all={ROLE_IDS}
        max={max}
        minimum={0}
        nameOf={(id) => t(`careersRoles:${id}.title`, { defaultValue: id })}
        onChange={(highlightedRoles) => onChange({ ...content, highlightedRoles })}
      />
    </section>
  );
}

function GamesSection({ content, problems, onChange }: Pick<SectionProps, 'content' | 'problems' | 'onChange'>) {
  const { t } = useTranslation();
  const games = content.games;
  const problem = problems.find((candidate) => candidate.path[0] === 'games');
  return (
    <section className="editor-section" aria-labelledby="editor-games" data-section="games">
      <SectionHead id="editor-games" title={t('content.games.title')} lead={t('content.games.lead')} count={games === null ? null : games.length} max={GAME_IDS.length} />
      <label className="check">
        <input type="checkbox" checked={games !== null} onChange={(event) => onChange({ ...content, games: event.target.checked ? [...GAME_IDS] : null })} />
        <span>{t('content.games.ownOrder')}</span>
      </label>
      {games === null ? (
        <p className="empty-note">{t('content.games.deviceChooses')}</p>
      ) : (
        <OrderedIds<GameId>
          kind="games"
          chosen={games}
          all={GAME_IDS}
          max={GAME_IDS.length}
          minimum={1}
          nameOf={(id) => t(`careers:games.${id}`, { defaultValue: id })}
          onChange={(chosen) => onChange({ ...content, games: chosen })}
        />
      )}
      {problem === undefined ? null : <p className="field-problem">{problem.message}</p>}
    </section>
  );
}
