// Content: hub staff change what the kiosks say without a developer (issue #22). They choose which devices (all, a
// mode, a site), see what is published there and whether a draft waits, edit the pack (facts, agenda, route notices,
// highlighted roles, games in order; every text in four languages side by side), save the draft, publish it after a
// confirmation (refused while a required language is missing: the collector's list is shown, linked to the fields),
// preview it as a visitor would see it, read the history, bring back an old version, and download the signed pack for
// a device without network. The collector's routes are common/content/contentApi.ts.

import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { targetKey, type ContentOverview, type MissingTextsProblem, type PublishedVersion } from '../../../../common/content/contentApi';
import { missingTexts, type MissingText, type PackContent, type PackTarget } from '../../../../common/content/contentPack';
import { MODES } from '../../../../common/config/deviceConfig';
import { LANGUAGES, type Language } from '../../../../common/i18n/languages';
import { api, ApiError } from '../api';
import { ContentEditor } from '../content/ContentEditor';
import { fieldId, starterContent, type FieldPath, type FieldProblem } from '../content/contentEditing';
import { ContentHistory } from '../content/ContentHistory';
import { ContentPreview } from '../content/ContentPreview';
import { contentApi, contentFileUrl } from '../content/contentRequests';
import { draftProblems } from '../content/contentProblems';
import { TableView } from '../TableView';
import '../content/content.css';

interface Draft {
  readonly languages: Language[];
  readonly content: PackContent;
  readonly basedOnVersion: number | null;
  readonly savedAt: string | null;
  readonly savedBy: string | null;
  /** Changed since it was loaded or saved. */
  readonly dirty: boolean;
  /** Nothing saved or published for this target nor for all devices: the editor starts empty. */
  readonly fresh: boolean;
}

type Outcome = { kind: 'published'; text: string } | { kind: 'saved'; text: string } | { kind: 'failed'; text: string } | null;

function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

export function ContentPage({ language }: { language: string }) {
  const { t } = useTranslation();
  const [overview, setOverview] = useState<ContentOverview | 'loading' | 'failed'>('loading');
  const [sites, setSites] = useState<readonly string[]>([]);
  const [target, setTarget] = useState<PackTarget>({ kind: 'all' });
  const [picker, setPicker] = useState<{ kind: PackTarget['kind']; mode: (typeof MODES)[number]; site: string }>({ kind: 'all', mode: 'kiosk', site: '' });
  const [draft, setDraft] = useState<Draft | 'loading' | 'failed'>('loading');
  const [history, setHistory] = useState<PublishedVersion[] | 'loading' | 'failed'>('loading');
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [refused, setRefused] = useState<readonly MissingText[] | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);

  const time = (at: string) => new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(Date.parse(at));
  const targetName = useCallback(
    (of: PackTarget) => (of.kind === 'all' ? t('content.target.all') : of.kind === 'mode' ? t('content.target.modeName', { mode: t(`values.mode.${of.mode}`) }) : of.site),
    [t],
  );

  const loadOverview = useCallback(async () => {
    await contentApi.overview().then(setOverview, () => setOverview('failed'));
  }, []);

  const open = useCallback(async (chosen: PackTarget) => {
    setTarget(chosen);
    setDraft('loading');
    setHistory('loading');
    setProblems([]);
    setRefused(null);
    setConfirming(false);
    contentApi.history(chosen).then(setHistory, () => setHistory('failed'));
    try {
      const loaded = await contentApi.draft(chosen);
      setDraft({ languages: [...loaded.languages], content: loaded.content, basedOnVersion: loaded.basedOnVersion, savedAt: loaded.savedAt, savedBy: loaded.savedBy, dirty: false, fresh: false });
    } catch (error) {
      if (error instanceof ApiError && error.code === 'no-content') {
        setDraft({ languages: [...LANGUAGES], content: starterContent(), basedOnVersion: null, savedAt: null, savedBy: null, dirty: false, fresh: true });
      } else setDraft('failed');
    }
  }, []);

  useEffect(() => {
    void loadOverview();
    void open({ kind: 'all' });
    api.filterOptions().then((options) => setSites(options.sites), () => setSites([]));
  }, [loadOverview, open]);

  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  /** Opens another target, after asking when unsaved changes would be lost. */
  const openAsking = (chosen: PackTarget) => {
    if (typeof draft !== 'string' && draft.dirty && !window.confirm(t('content.discardChanges', { target: targetName(target) }))) return;
    void open(chosen);
  };

  const pick = (event: FormEvent) => {
    event.preventDefault();
    setOutcome(null);
    const site = picker.site.trim();
    if (picker.kind === 'site' && site === '') return;
    openAsking(picker.kind === 'all' ? { kind: 'all' } : picker.kind === 'mode' ? { kind: 'mode', mode: picker.mode } : { kind: 'site', site });
  };

  const edit = (change: Partial<Pick<Draft, 'content' | 'languages'>>) => {
    if (typeof draft === 'string') return;
    setDraft({ ...draft, ...change, dirty: true });
    setConfirming(false);
  };

  /** Saves the draft; false (with the problems shown) when the schema or the collector refuses it. */
  const save = async (current: Draft): Promise<boolean> => {
    const request = { target, languages: current.languages, content: current.content };
    const found = draftProblems(request, t);
    setProblems(found);
    if (found.length > 0) {
      setOutcome({ kind: 'failed', text: t('content.problems.summary', { count: found.length }) });
      return false;
    }
    try {
      const saved = await contentApi.saveDraft(request);
      setDraft({ ...current, savedAt: saved.savedAt, savedBy: saved.savedBy, basedOnVersion: saved.basedOnVersion, dirty: false, fresh: false });
      return true;
    } catch {
      setOutcome({ kind: 'failed', text: t('content.saveFailed') });
      return false;
    }
  };

  const saveOnly = async () => {
    if (typeof draft === 'string') return;
    setBusy(true);
    setOutcome(null);
    setRefused(null);
    if (await save(draft)) {
      setOutcome({ kind: 'saved', text: t('content.saved', { target: targetName(target) }) });
      await loadOverview();
    }
    setBusy(false);
  };

  const publish = async () => {
    if (typeof draft === 'string') return;
    setConfirming(false);
    setBusy(true);
    setOutcome(null);
    setRefused(null);
    if (await save(draft)) {
      try {
        const published = await contentApi.publish(target);
        setOutcome({ kind: 'published', text: t('content.publishedTo', { version: published.version, target: targetName(target) }) });
        await Promise.all([loadOverview(), contentApi.history(target).then(setHistory, () => setHistory('failed'))]);
        setDraft((current) => (typeof current === 'string' ? current : { ...current, basedOnVersion: published.version, savedAt: null, savedBy: null }));
      } catch (error) {
        if (error instanceof ApiError && error.code === 'missing-translations') {
          setRefused((error.body as unknown as MissingTextsProblem).missing);
          setOutcome({ kind: 'failed', text: t('content.publishRefused') });
        } else setOutcome({ kind: 'failed', text: t('content.publishFailed') });
        await loadOverview();
      }
    }
    setBusy(false);
  };

  const bringBack = async (version: number) => {
    setOutcome(null);
    try {
      const published = await contentApi.rollback(target, version);
      setOutcome({ kind: 'published', text: t('content.broughtBack', { old: version, version: published.version, target: targetName(target) }) });
    } catch {
      setOutcome({ kind: 'failed', text: t('content.bringBackFailed') });
    }
    await Promise.all([loadOverview(), contentApi.history(target).then(setHistory, () => setHistory('failed'))]);
  };

  /** "Fact 2 – Text" for a field's path, as the lists of problems name it. */
  const fieldName = (path: FieldPath): string => {
    const [section, index, field] = path;
    const number = typeof index === 'number' ? index + 1 : 0;
    if (section === 'facts') return `${t('content.facts.entry', { number })} – ${t(`content.facts.${String(field)}`)}`;
    if (section === 'agenda') return `${t('content.agenda.entry', { number })} – ${t(`content.agenda.${field === 'title' ? 'eventTitle' : String(field)}`)}`;
    if (section === 'routes' && typeof index === 'number' && typeof draft !== 'string') {
      const routeId = draft.content.routes[index]?.routeId ?? '';
      return `${t(`careers:routes.${routeId}.name`, { defaultValue: routeId })} – ${t(`content.routes.${String(field)}`, { defaultValue: String(field) })}`;
    }
    return t(`content.${String(section)}.title`, { defaultValue: String(section) });
  };

  const overviewEntry = typeof overview === 'string' ? undefined : overview.targets.find((entry) => targetKey(entry.target).toLocaleLowerCase('fr') === targetKey(target).toLocaleLowerCase('fr'));
  const published = overviewEntry?.published ?? null;
  const missing = typeof draft === 'string' ? [] : missingTexts(draft.content, draft.languages);
  const knownSites = [...new Set([...sites, ...(typeof overview === 'string' ? [] : overview.targets.flatMap((entry) => (entry.target.kind === 'site' ? [entry.target.site] : [])))])];

  return (
    <>
      <section className="report-table" aria-labelledby="content-target-title">
        <h2 id="content-target-title">{t('content.target.title')}</h2>
        <p className="muted">{t('content.target.lead')}</p>
        <form className="target-picker" onSubmit={pick}>
          <fieldset className="segmented">
            <legend>{t('content.target.for')}</legend>
            {(['all', 'mode', 'site'] as const).map((kind) => (
              <label key={kind} className="check">
                <input type="radio" name="target-kind" value={kind} checked={picker.kind === kind} onChange={() => setPicker({ ...picker, kind })} />
                <span>{t(`content.target.kinds.${kind}`)}</span>
              </label>
            ))}
          </fieldset>
          {picker.kind === 'mode' ? (
            <label>
              <span>{t('content.target.mode')}</span>
              <select name="target-mode" value={picker.mode} onChange={(event) => setPicker({ ...picker, mode: event.target.value as (typeof MODES)[number] })}>
                {MODES.map((mode) => (
                  <option key={mode} value={mode}>
                    {t(`values.mode.${mode}`)}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          {picker.kind === 'site' ? (
            <label>
              <span>{t('content.target.site')}</span>
              <input name="target-site" required maxLength={60} autoComplete="off" list="content-known-sites" value={picker.site} onChange={(event) => setPicker({ ...picker, site: event.target.value })} />
              <datalist id="content-known-sites">
                {knownSites.map((site) => (
                  <option key={site} value={site} />
                ))}
              </datalist>
            </label>
          ) : null}
          <button type="submit" className="button">
            {t('content.target.open')}
          </button>
        </form>
      </section>

      <TableView
        title={t('content.overview.title')}
        lead={t('content.overview.lead')}
        tableId="content-targets"
        rowHeader={t('content.overview.target')}
        columns={[
          { id: 'published', header: t('content.overview.published') },
          { id: 'draft', header: t('content.overview.draft') },
          { id: 'action', header: t('content.overview.action') },
        ]}
        empty={t('content.overview.none')}
        rows={
          typeof overview === 'string'
            ? overview
            : overview.targets.map((entry) => ({
                key: targetKey(entry.target),
                data: { target: targetKey(entry.target) },
                header: targetName(entry.target),
                cells: [
                  entry.published === null
                    ? t('content.overview.never')
                    : t('content.overview.version', { version: entry.published.version, time: time(entry.published.publishedAt), name: entry.published.publishedBy }),
                  entry.hasDraft ? t('content.overview.draftWaiting') : t('content.overview.noDraft'),
                  <button key="open" type="button" className="button secondary small" onClick={() => openAsking(entry.target)}>
                    {t('content.overview.edit')}
                    <span className="visually-hidden"> – {targetName(entry.target)}</span>
                  </button>,
                ],
              }))
        }
      />

      <section className="report-table content-workspace" aria-labelledby="content-edit-title" data-target={targetKey(target)}>
        <div className="report-table-head">
          <h2 id="content-edit-title">{t('content.editTitle', { target: targetName(target) })}</h2>
        </div>
        <p className="target-state" data-target-state>
          {published === null ? t('content.state.nothingPublished') : t('content.state.published', { version: published.version, time: time(published.publishedAt), name: published.publishedBy })}{' '}
          {typeof draft === 'string'
            ? null
            : draft.savedAt !== null
              ? t('content.state.draftSaved', { time: time(draft.savedAt), name: draft.savedBy ?? '' })
              : draft.fresh
                ? t('content.state.fresh')
                : draft.basedOnVersion === null
                  ? t('content.state.fromAll')
                  : t('content.state.noDraft')}
        </p>
        {draft === 'loading' ? (
          <p className="muted">{t('content.loading')}</p>
        ) : draft === 'failed' ? (
          <p className="problem" role="alert">
            {t('content.loadFailed')}
          </p>
        ) : (
          <>
            <fieldset className="segmented languages-required">
              <legend>{t('content.languagesRequired')}</legend>
              {LANGUAGES.map((candidate) => (
                <label key={candidate} className="check">
                  <input
                    type="checkbox"
                    name="required-language"
                    value={candidate}
                    checked={draft.languages.includes(candidate)}
                    disabled={draft.languages.length === 1 && draft.languages.includes(candidate)}
                    onChange={(event) =>
                      edit({ languages: event.target.checked ? LANGUAGES.filter((language) => language === candidate || draft.languages.includes(language)) : draft.languages.filter((language) => language !== candidate) })
                    }
                  />
                  <span>{t(`content.languageNames.${candidate}`)}</span>
                </label>
              ))}
            </fieldset>
            <ContentEditor content={draft.content} languages={draft.languages} problems={problems} today={today()} onChange={(content) => edit({ content })} />

            <div className="publish-bar" aria-labelledby="content-publish-title" role="region">
              <h3 id="content-publish-title">{t('content.publishTitle')}</h3>
              <p className={missing.length === 0 ? 'ready-note' : 'missing-note'} id="content-publish-state" data-publish-state>
                {missing.length === 0 ? (
                  t('content.readyToPublish', { languages: draft.languages.map((language) => language.toUpperCase()).join(', ') })
                ) : (
                  <>
                    <span aria-hidden="true">⚠ </span>
                    {t('content.cannotPublishYet', { count: missing.length })}
                  </>
                )}
              </p>
              {problems.length === 0 ? null : (
                <div className="problem-list" role="alert" data-problems>
                  <p>{t('content.problems.summary', { count: problems.length })}</p>
                  <ul>
                    {problems.map((problem, index) => (
                      <li key={`${problem.path.join('.')}-${index}`}>
                        <a href={`#${fieldId(problem.path.filter((part) => !LANGUAGES.includes(part as Language)))}`}>{fieldName(problem.path)}</a>: {problem.message}
                      </li>
                    ))}
                  </ul>
                </div>
              )}
              {refused === null ? null : (
                <div className="problem-list" role="alert" data-refused>
                  <p>{t('content.refusedList', { count: refused.length })}</p>
                  <ul>
                    {refused.map((entry) => (
                      <li key={`${entry.path.join('.')}-${entry.language}`} data-refused-path={entry.path.join('.')} data-refused-language={entry.language}>
                        <a href={`#${fieldId(entry.path, entry.language)}`}>{fieldName(entry.path)}</a>: {t('content.missingIn', { language: t(`content.languageNames.${entry.language}`) })}
                      </li>
                    ))}
                  </ul>
                </div>
              )}
              <div className="publish-actions">
                <button type="button" className="button secondary" disabled={busy} onClick={() => void saveOnly()}>
                  {t('content.saveDraft')}
                </button>
                {confirming ? (
                  <div className="confirm-publish" role="group" aria-labelledby="content-confirm-text">
                    <p id="content-confirm-text">{t('content.confirmText', { target: targetName(target) })}</p>
                    <button ref={confirmButton} type="button" className="button" disabled={busy} onClick={() => void publish()}>
                      {t('content.confirmPublish', { target: targetName(target) })}
                    </button>
                    <button type="button" className="button secondary" onClick={() => setConfirming(false)}>
                      {t('content.cancel')}
                    </button>
                  </div>
                ) : (
                  <button
                    type="button"
                    className="button"
                    disabled={busy}
                    aria-describedby="content-publish-state"
                    // With a text missing, the collector is asked at once: its refusal lists what to fill in.
                    onClick={() => (missing.length === 0 ? setConfirming(true) : void publish())}
                  >
                    {missing.length === 0 ? t('content.publish', { target: targetName(target) }) : t('content.publishMissing', { count: missing.length })}
                  </button>
                )}
              </div>
              <p className={outcome?.kind === 'failed' ? 'outcome problem' : 'outcome'} role="status" data-outcome={outcome?.kind ?? ''}>
                {outcome?.text ?? ''}
              </p>
            </div>
          </>
        )}
      </section>

      {typeof draft === 'string' ? null : <ContentPreview content={draft.content} title={t('content.preview.title')} />}

      <ContentHistory history={history} targetName={targetName(target)} language={language} onBringBack={bringBack} />

      <section className="report-table" aria-labelledby="content-usb-title">
        <h2 id="content-usb-title">{t('content.usb.title')}</h2>
        <p className="muted">{t('content.usb.lead')}</p>
        {published === null ? (
          <p className="empty-note">{t('content.usb.nothing', { target: targetName(target) })}</p>
        ) : (
          <a className="button download-link" href={contentFileUrl(target)} download data-usb-download>
            {t('content.usb.download', { version: published.version, target: targetName(target) })}
          </a>
        )}
      </section>
    </>
  );
}
