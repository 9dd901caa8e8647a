// Classes: staff or a teacher create a class code for a school, a class and a day (valid that day, for at most a
// stated number of pupils' screens), see each code with its places used, its lesson link and QR code, revoke it in
// two steps, and read classroom reach per school and class with the same "<5" protection as every report. Both tables
// are TableViews like every other table of the dashboard.

import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { GAME_IDS } from '../../../../common/ids';
import type { Cell, ClassCodeSummary, ClassReachReport } from '../../../reports/types';
import { api } from '../api';
import { QrCode } from '../QrCode';
import { TableView } from '../TableView';

/** Where the dashboard remembers the address of the classroom app (the web build a school or the hub serves). */
const APP_ADDRESS_KEY = 'biotech.dashboard.classroomAppAddress.v1';
/** The lesson a code's link opens: every game, then the role explorer and the interest quiz (the pupils' app ids). */
const DEFAULT_STEPS = [...GAME_IDS, 'careers', 'quiz'].join(',');

function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

function readAddress(): string {
  try {
    return window.localStorage.getItem(APP_ADDRESS_KEY) ?? '';
  } catch {
    return '';
  }
}

/** The pupils' link: the classroom app's address with a lesson and the code; null while the address is not a URL. */
export function lessonLinkOf(appAddress: string, code: string): string | null {
  if (!/^https?:\/\//.test(appAddress.trim()) || !URL.canParse(appAddress.trim())) return null;
  const url = new URL(appAddress.trim());
  url.search = '';
  url.hash = `/lesson?steps=${DEFAULT_STEPS}&class=${code.replace(/-/g, '')}`;
  return url.href;
}

export function ClassesPage({ language }: { language: string }) {
  const { t } = useTranslation();
  const [codes, setCodes] = useState<ClassCodeSummary[] | 'loading' | 'failed'>('loading');
  const [reach, setReach] = useState<ClassReachReport | 'loading' | 'failed'>('loading');
  const [form, setForm] = useState({ school: '', classLabel: '', day: today(), maxDevices: '30' });
  const [appAddress, setAppAddress] = useState(readAddress);
  const [shown, setShown] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const reload = useCallback(async () => {
    await Promise.all([api.classes().then(setCodes, () => setCodes('failed')), api.classReach().then(setReach, () => setReach('failed'))]);
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);

  const time = (at: number) => new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(at);
  const day = (text: string) => new Intl.DateTimeFormat(language, { dateStyle: 'full', timeZone: 'UTC' }).format(Date.parse(`${text}T00:00:00Z`));
  const count = (cell: Cell) => (typeof cell === 'number' ? new Intl.NumberFormat(language).format(cell) : (cell ?? '–'));
  const stateOf = (code: ClassCodeSummary) =>
    code.revokedAt !== null ? t('classes.revoked', { time: time(code.revokedAt) }) : Date.now() >= code.expiresAt ? t('classes.expired') : t('classes.active');

  const create = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    try {
      const created = await api.createClass({ school: form.school, classLabel: form.classLabel, day: form.day, maxDevices: Number(form.maxDevices) });
      setShown(created.classId);
      await reload();
    } catch {
      setProblem(t('classes.createFailed'));
    }
  };
  const revoke = async (classId: string) => {
    setConfirming(null);
    await api.revokeClass(classId).catch(() => setProblem(t('classes.revokeFailed')));
    await reload();
  };
  const rememberAddress = (value: string) => {
    setAppAddress(value);
    try {
      window.localStorage.setItem(APP_ADDRESS_KEY, value);
    } catch {
      // Storage off: the address holds for this page only.
    }
  };
  const field = (name: keyof typeof form) => ({
    name,
    value: form[name],
    onChange: (event: { target: { value: string } }) => setForm({ ...form, [name]: event.target.value }),
  });

  const shownCode = typeof codes === 'string' ? undefined : codes.find((code) => code.classId === shown);
  const shownLink = shownCode === undefined ? null : lessonLinkOf(appAddress, shownCode.code);

  return (
    <>
      <section className="report-table" aria-labelledby="class-create-title">
        <h2 id="class-create-title">{t('classes.createTitle')}</h2>
        <p className="muted">{t('classes.createLead')}</p>
        <form className="inline-form" onSubmit={create}>
          <label>
            <span>{t('classes.school')}</span>
            <input required maxLength={60} autoComplete="off" {...field('school')} />
          </label>
          <label>
            <span>{t('classes.classLabel')}</span>
            <input required maxLength={40} autoComplete="off" {...field('classLabel')} />
          </label>
          <label>
            <span>{t('classes.day')}</span>
            <input required type="date" min={today()} {...field('day')} />
          </label>
          <label>
            <span>{t('classes.maxDevices')}</span>
            <input required type="number" min={1} max={60} inputMode="numeric" {...field('maxDevices')} />
          </label>
          <button type="submit" className="button">{t('classes.create')}</button>
        </form>
        <p className="muted">{t('classes.noNames')}</p>
        <label className="stacked-field">
          <span>{t('classes.appAddress')}</span>
          <input type="url" inputMode="url" placeholder="https://" value={appAddress} onChange={(event) => rememberAddress(event.target.value)} />
        </label>
        <div role="alert" className="problem">{problem}</div>
        {shownCode === undefined ? null : (
          <div className="enrolment-code" role="status" data-class-code={shownCode.code}>
            {shownLink === null ? null : <QrCode text={shownLink} label={t('classes.qrLabel', { classLabel: shownCode.classLabel })} />}
            <div className="class-link">
              <p>{t('classes.codeFor', { classLabel: shownCode.classLabel, school: shownCode.school, day: day(shownCode.day) })}</p>
              <p className="code-text" data-code>{shownCode.code}</p>
              <p className="muted">{t('classes.places', { used: shownCode.usedDevices, max: shownCode.maxDevices })}</p>
              {shownLink === null ? (
                <p className="muted">{t('classes.linkNeedsAddress')}</p>
              ) : (
                <label className="stacked-field">
                  <span>{t('classes.link')}</span>
                  <input readOnly value={shownLink} data-lesson-link onFocus={(event) => event.currentTarget.select()} />
                </label>
              )}
            </div>
          </div>
        )}
      </section>

      <TableView
        title={t('classes.listTitle')}
        tableId="class-codes"
        rowHeader={t('classes.classColumn')}
        columns={[
          { id: 'day', header: t('classes.day') },
          { id: 'code', header: t('classes.code') },
          { id: 'used', header: t('classes.used'), numeric: true },
          { id: 'state', header: t('classes.state') },
          { id: 'action', header: t('classes.action') },
        ]}
        empty={t('classes.none')}
        rows={
          typeof codes === 'string'
            ? codes
            : codes.map((code) => {
                const name = `${code.school} – ${code.classLabel}`;
                return {
                  key: code.classId,
                  data: { 'class-row': code.code },
                  header: name,
                  cells: [
                    day(code.day),
                    <code key="code">{code.code}</code>,
                    t('classes.usedOf', { used: code.usedDevices, max: code.maxDevices }),
                    stateOf(code),
                    <span key="action" className="confirm">
                      <button type="button" className="button secondary small" aria-pressed={shown === code.classId} onClick={() => setShown(shown === code.classId ? null : code.classId)}>
                        {t('classes.showLink')}
                        <span className="visually-hidden"> – {name}</span>
                      </button>
                      {code.revokedAt !== null ? null : confirming === code.classId ? (
                        <>
                          <button type="button" className="button danger small" onClick={() => void revoke(code.classId)}>
                            {t('classes.confirmRevoke', { name })}
                          </button>
                          <button type="button" className="button secondary small" onClick={() => setConfirming(null)}>
                            {t('classes.cancel')}
                          </button>
                        </>
                      ) : (
                        <button type="button" className="button secondary small" onClick={() => setConfirming(code.classId)}>
                          {t('classes.revoke')}
                          <span className="visually-hidden"> – {name}</span>
                        </button>
                      )}
                    </span>,
                  ],
                };
              })
        }
      />

      <TableView
        title={t('classes.reachTitle')}
        lead={t('classes.reachLead')}
        tableId="class-reach"
        rowHeader={t('classes.school')}
        columns={[
          { id: 'class', header: t('classes.classLabel') },
          { id: 'devices', header: t('classes.devices'), numeric: true },
          { id: 'visits', header: t('classes.visits'), numeric: true },
        ]}
        empty={t('classes.reachNone')}
        rows={
          typeof reach === 'string'
            ? reach
            : reach.schools.flatMap((school) => [
                ...school.classes.map((row) => ({
                  key: `${school.school}\u0000${row.classLabel}`,
                  data: { 'reach-class': row.classLabel },
                  header: school.school,
                  cells: [row.classLabel, count(row.devices), count(row.visits)],
                })),
                { key: `${school.school}\u0000total`, subtotal: true, header: school.school, cells: [t('classes.allClasses'), count(school.devices), count(school.visits)] },
              ])
        }
        total={typeof reach === 'string' ? null : { header: t('classes.total'), headerSpan: 2, cells: [count(reach.total.devices), count(reach.total.visits)] }}
      />
    </>
  );
}
