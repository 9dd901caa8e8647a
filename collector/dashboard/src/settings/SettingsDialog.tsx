// The dialog the devices page opens to edit one target's remote settings: a modal <dialog> (focus kept inside,
// Escape closes it, focus goes back to the button that opened it), titled with the site or the device, holding the
// editor, which is loaded when the dialog first opens.

import { lazy, Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { RemoteSettingsTarget, StoredRemoteSettings } from '../../../../common/config/remoteSettings';
import './settings.css';

const SettingsEditor = lazy(() => import('./SettingsEditor').then((module) => ({ default: module.SettingsEditor })));

export interface EditedTarget {
  readonly target: RemoteSettingsTarget;
  readonly title: string;
  readonly saved: StoredRemoteSettings | null;
}

export function SettingsDialog({ edited, onClose, onSaved }: { edited: EditedTarget | null; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element === null) return;
    if (edited !== null && !element.open) element.showModal();
    if (edited === null && element.open) element.close();
  }, [edited]);
  return (
    <dialog ref={dialog} className="settings-dialog" aria-labelledby="settings-dialog-title" onClose={onClose}>
      {edited === null ? null : (
        <>
          <div className="settings-dialog-head">
            <div>
              <h2 id="settings-dialog-title">{edited.title}</h2>
              <p className="muted">{t('settings.dialogLead')}</p>
            </div>
            <button type="button" className="button secondary small" onClick={onClose}>
              {t('settings.close')}
            </button>
          </div>
          <Suspense fallback={<p className="muted">{t('settings.loading')}</p>}>
            <SettingsEditor key={JSON.stringify(edited.target)} target={edited.target} saved={edited.saved} onSaved={onSaved} />
          </Suspense>
        </>
      )}
    </dialog>
  );
}
