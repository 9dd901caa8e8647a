// One simple line pictogram per role family, drawn inline (no image requests, crisp at any size). Decorative: the
// family's name is always written beside it, so the picture is never the only cue.

import type { ReactElement } from 'react';
import type { RoleFamily } from '../data/schema';

const PICTURES: Record<RoleFamily, ReactElement> = {
  // A bioreactor vessel with a stirrer.
  production: (
    <>
      <rect x="14" y="12" width="20" height="28" rx="6" />
      <path d="M24 6v26M18 32h12M14 22h20" />
    </>
  ),
  // A magnifier over a tick.
  quality: (
    <>
      <circle cx="21" cy="21" r="11" />
      <path d="M29 29l10 10M16 21l4 4 7-8" />
    </>
  ),
  // A conical flask.
  lab: <path d="M19 6h10M21 6v12L10 38a3 3 0 0 0 3 4h22a3 3 0 0 0 3-4L27 18V6M14 30h20" />,
  // A spanner.
  technical: <path d="M30 8a8 8 0 0 0-9 11L8 32l4 4 13-13a8 8 0 0 0 11-9l-5 5-4-1-1-4z" />,
  // A gear.
  engineering: (
    <>
      <circle cx="24" cy="24" r="7" />
      <path d="M24 6v6M24 36v6M6 24h6M36 24h6M11 11l4 4M33 33l4 4M11 37l4-4M33 15l4-4" />
    </>
  ),
  // A rising chart.
  data: <path d="M8 40h32M8 40V8M12 32l8-9 7 5 11-14" />,
  // A parcel.
  logistics: (
    <>
      <path d="M8 16l16-8 16 8v18l-16 8-16-8z M8 16l16 8 16-8M24 24v18" />
    </>
  ),
  // Two people.
  people: (
    <>
      <circle cx="17" cy="16" r="5" />
      <circle cx="32" cy="18" r="4" />
      <path d="M8 38c0-7 4-12 9-12s9 5 9 12M26 38c0-5 3-10 6-10s7 4 7 10" />
    </>
  ),
  // A briefcase.
  business: (
    <>
      <rect x="7" y="15" width="34" height="23" rx="3" />
      <path d="M18 15v-4h12v4M7 25h34" />
    </>
  ),
  // A clipboard with a cross.
  clinical: (
    <>
      <rect x="11" y="9" width="26" height="32" rx="3" />
      <path d="M19 9V6h10v3M24 19v12M18 25h12" />
    </>
  ),
};

export function RoleIcon({ family }: { readonly family: RoleFamily }): ReactElement {
  return (
    <svg className="careers-icon" viewBox="0 0 48 48" aria-hidden="true" focusable="false">
      {PICTURES[family]}
    </svg>
  );
}
