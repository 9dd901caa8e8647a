// A target's published versions, newest first, in a TableView: version, when, who, "restored from vN" for a
// rollback; each row can show that version (its preview) or bring it back, which publishes its content again as a
// new version after a confirmation in the row.

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublishedVersion } from '../../../../common/content/contentApi';
import type { ContentPack } from '../../../../common/content/contentPack';
import { TableView } from '../TableView';
import { ContentPreview } from './ContentPreview';
import { contentApi } from './contentRequests';

export interface ContentHistoryProps {
  readonly history: readonly PublishedVersion[] | 'loading' | 'failed';
  readonly targetName: string;
  readonly language: string;
  /** Publishes `version` again; resolves once the page has reloaded. */
  readonly onBringBack: (version: number) => Promise<void>;
}

export function ContentHistory({ history, targetName, language, onBringBack }: ContentHistoryProps) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState<number | null>(null);
  const [viewed, setViewed] = useState<ContentPack | 'loading' | 'failed' | null>(null);
  const time = (at: string) => new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(Date.parse(at));
  const newest = typeof history === 'string' ? null : (history[0]?.version ?? null);

  const view = async (version: number) => {
    setViewed('loading');
    try {
      setViewed(await contentApi.version(version));
    } catch {
      setViewed('failed');
    }
  };

  return (
    <>
      <TableView
        title={t('content.history.title', { target: targetName })}
        lead={t('content.history.lead')}
        tableId="content-history"
        rowHeader={t('content.history.version')}
        columns={[
          { id: 'when', header: t('content.history.when') },
          { id: 'who', header: t('content.history.who') },
          { id: 'origin', header: t('content.history.origin') },
          { id: 'action', header: t('content.history.action') },
        ]}
        empty={t('content.history.none')}
        rows={
          typeof history === 'string'
            ? history
            : history.map((entry) => {
                const name = t('content.history.versionName', { version: entry.version });
                return {
                  key: String(entry.version),
                  data: { version: String(entry.version) },
                  header: name,
                  cells: [
                    time(entry.publishedAt),
                    entry.publishedBy,
                    entry.restoredFrom === null ? t('content.history.published') : t('content.history.restoredFrom', { version: entry.restoredFrom }),
                    <span key="action" className="confirm">
                      <button type="button" className="button secondary small" onClick={() => void view(entry.version)}>
                        {t('content.history.view')}
                        <span className="visually-hidden"> – {name}</span>
                      </button>
                      {entry.version === newest ? (
                        <span className="muted current-version">{t('content.history.current')}</span>
                      ) : confirming === entry.version ? (
                        <>
                          <button
                            type="button"
                            className="button danger small"
                            onClick={() => {
                              setConfirming(null);
                              void onBringBack(entry.version);
                            }}
                          >
                            {t('content.history.confirmBringBack', { version: entry.version, target: targetName })}
                          </button>
                          <button type="button" className="button secondary small" onClick={() => setConfirming(null)}>
                            {t('content.cancel')}
                          </button>
                        </>
                      ) : (
                        <button type="button" className="button secondary small" onClick={() => setConfirming(entry.version)}>
                          {t('content.history.bringBack')}
                          <span className="visually-hidden"> – {name}</span>
                        </button>
                      )}
                    </span>,
                  ],
                };
              })
        }
      />
      {viewed === null ? null : viewed === 'loading' ? (
        <p className="muted" role="status">
          {t('content.loading')}
        </p>
      ) : viewed === 'failed' ? (
        <p className="problem" role="alert">
          {t('content.history.viewFailed')}
        </p>
      ) : (
        <div data-viewed-version={viewed.version}>
          <ContentPreview key={viewed.version} content={viewed.content} title={t('content.history.viewTitle', { version: viewed.version, date: viewed.publishedAt === null ? '' : time(viewed.publishedAt) })} />
          <button type="button" className="button secondary" onClick={() => setViewed(null)}>
            {t('content.history.closeView')}
          </button>
        </div>
      )}
    </>
  );
}
