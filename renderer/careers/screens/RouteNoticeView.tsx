// The hub's word on one training route inside a pathway step (content pack): who teaches it, when the next group
// starts, a short note, and the provider's page as a QR code. Drawn only when the pack says more than the data.

import type { ReactElement } from 'react';
import type { RouteNotice } from '../../../common/content/contentPack';
import { calendarDayText } from '../../content/agenda';
import { packText } from '../../content/useContent';
import { QrCode } from './QrCode';
import { useCareersText } from './useCareersText';

export function RouteNoticeView({ notice, routeName }: { readonly notice: RouteNotice; readonly routeName: string }): ReactElement {
  const { t, language = 'fr' } = useCareersText();
  const list = new Intl.ListFormat(language, { style: 'long', type: 'conjunction' });
  return (
    <div className="careers-notice">
      <span className="careers-notice__heading">{t('careers:notice.heading')}</span>
      {notice.providers.length > 0 ? <span>{t('careers:notice.providers', { providers: list.format(notice.providers) })}</span> : null}
      {notice.nextStart !== null ? (
        <span className="careers-notice__start">
          {t('careers:notice.nextStart', { date: calendarDayText(notice.nextStart, language) })}
        </span>
      ) : null}
      {notice.note !== null ? <span>{packText(notice.note, language)}</span> : null}
      {notice.link !== null ? <QrCode className="careers-notice__qr" text={notice.link} label={t('careers:notice.qrLabel', { route: routeName })} /> : null}
    </div>
  );
}
