// Small inline icons drawn for this app (no icon font, nothing fetched). Decorative: always next to a text label.

import type { SVGProps } from 'react';

type IconProps = SVGProps<SVGSVGElement>;
const base = { width: 28, height: 28, viewBox: '0 0 24 24', fill: 'none', 'aria-hidden': true, focusable: false } as const;

export function GearIcon(props: IconProps) {
  return (
    <svg {...base} {...props}>
      <circle cx="12" cy="12" r="3.2" stroke="currentColor" strokeWidth="2" />
      <path
        d="M12 2.8v2.4M12 18.8v2.4M21.2 12h-2.4M5.2 12H2.8M18.5 5.5l-1.7 1.7M7.2 16.8l-1.7 1.7M18.5 18.5l-1.7-1.7M7.2 7.2 5.5 5.5"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
      />
    </svg>
  );
}

/** A padlock, closed or open (the class language lock). */
export function LockIcon({ open = false, ...props }: IconProps & { readonly open?: boolean }) {
  return (
    <svg {...base} {...props}>
      <rect x="5" y="10.5" width="14" height="10" rx="2" stroke="currentColor" strokeWidth="2" />
      <path d={open ? 'M8 10.5V7a4 4 0 0 1 7.6-1.7' : 'M8 10.5V7a4 4 0 0 1 8 0v3.5'} stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}

export function CloseIcon(props: IconProps) {
  return (
    <svg {...base} {...props}>
      <path d="m6 6 12 12M18 6 6 18" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round" />
    </svg>
  );
}

export function HelixMark(props: IconProps) {
  return (
    <svg {...base} viewBox="0 0 64 64" {...props}>
      <path
        d="M22 8c0 15 20 17 20 32s-20 10-20 16M42 8c0 15-20 17-20 32s20 10 20 16"
        stroke="var(--oi-orange)"
        strokeWidth="5"
        strokeLinecap="round"
      />
      <path d="M25 20h14M25 44h14" stroke="var(--oi-sky)" strokeWidth="4" strokeLinecap="round" />
    </svg>
  );
}
