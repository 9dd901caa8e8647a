// Small shared pieces of the content editor: the move up / move down / remove buttons of an entry (buttons, never
// dragging, each naming its entry for a screen reader; at either end a move button is aria-disabled rather than
// disabled, so the keyboard focus stays on it when its entry has just moved there; after a removal the focus goes to
// the entry that took its place, else the one before, else the section's add control), and a one-language field (a
// date, a link, providers) with its label, hint and problem linked to the input.

import type { ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { fieldId, problemsAt, type FieldPath, type FieldProblem } from './contentEditing';

export interface EntryControlsProps {
  readonly name: string;
  readonly index: number;
  readonly count: number;
  readonly onMove: (step: -1 | 1) => void;
  readonly onRemove: () => void;
  /** False when the list may not get shorter (a pack needs one fact, one game). */
  readonly canRemove?: boolean;
}

export function EntryControls({ name, index, count, onMove, onRemove, canRemove = true }: EntryControlsProps) {
  const { t } = useTranslation();
  const hidden = <span className="visually-hidden"> – {name}</span>;
  return (
    <div className="entry-controls">
      <button type="button" className="button secondary small" aria-disabled={index === 0 ? true : undefined} onClick={() => index > 0 && onMove(-1)}>
        <span aria-hidden="true">↑ </span>
        {t('content.moveUp')}
        {hidden}
      </button>
      <button type="button" className="button secondary small" aria-disabled={index === count - 1 ? true : undefined} onClick={() => index < count - 1 && onMove(1)}>
        <span aria-hidden="true">↓ </span>
        {t('content.moveDown')}
        {hidden}
      </button>
      <button
        type="button"
        className="button secondary small"
        disabled={!canRemove}
        onClick={(event) => {
          const section = event.currentTarget.closest('section');
          flushSync(onRemove);
          if (section !== null) focusAfterRemoval(section, index);
        }}
      >
        {t('content.remove')}
        {hidden}
      </button>
    </div>
  );
}

const FOCUSABLE = 'input:not([disabled]), textarea:not([disabled]), select:not([disabled]), button:not([disabled])';

/** Where the keyboard focus goes once entry `index` of a section is gone, so it is never lost to the page's top. */
export function focusAfterRemoval(section: HTMLElement, index: number): void {
  const entries = section.querySelectorAll<HTMLElement>('[data-entry], li[data-id]');
  const neighbour = entries[index] ?? entries[index - 1];
  const target = neighbour?.querySelector<HTMLElement>(FOCUSABLE) ?? section.querySelector<HTMLElement>(`.add-row ${FOCUSABLE}, :scope > button:not([disabled])`);
  if (target) {
    target.focus();
    return;
  }
  const heading = section.querySelector<HTMLElement>('h3');
  if (heading) {
    heading.tabIndex = -1;
    heading.focus();
  }
}

export interface PlainFieldProps {
  readonly path: FieldPath;
  readonly label: string;
  readonly hint?: string;
  readonly problems: readonly FieldProblem[];
  readonly children: (props: { id: string; 'aria-invalid': true | undefined; 'aria-describedby': string | undefined }) => ReactNode;
}

/** A labelled field whose input the caller draws with the id and descriptions given. */
export function PlainField({ path, label, hint, problems, children }: PlainFieldProps) {
  const id = fieldId(path);
  const problem = problemsAt(problems, path)[0];
  const describedBy = [hint === undefined ? null : `${id}-hint`, problem === undefined ? null : `${id}-problem`].filter((part) => part !== null).join(' ');
  return (
    <div className="plain-field" data-field={path.join('.')}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': problem === undefined ? undefined : true, 'aria-describedby': describedBy === '' ? undefined : describedBy })}
      {hint === undefined ? null : (
        <span className="field-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {problem === undefined ? null : (
        <span className="field-problem" id={`${id}-problem`}>
          {problem.message}
        </span>
      )}
    </div>
  );
}
