// A "what is this?" disclosure for one Walloon school word: a button that names the question ("What is the CESS?")
// and opens a short answer below it. A disclosure, not a hover tooltip: it works by tap, by Enter or Space, closes with
// Escape, and its text stays on screen until closed, so nobody has to hold a pointer still to read it.

import { useId, useState, type KeyboardEvent, type ReactElement } from 'react';
import type { DiplomaTerm } from '../data/schema';
import { useCareersText } from './useCareersText';

export function TermExplainer({ term }: { readonly term: DiplomaTerm }): ReactElement {
  const { t } = useCareersText();
  const [open, setOpen] = useState(false);
  const answerId = useId();
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'Escape' && open) {
      event.stopPropagation();
      setOpen(false);
    }
  };
  return (
    <div className="careers-term" data-term={term}>
      <button type="button" className="careers-term__button" aria-expanded={open} aria-controls={answerId} onClick={() => setOpen(!open)} onKeyDown={onKeyDown}>
        <span className="careers-term__mark" aria-hidden="true">
          ?
        </span>
        <span>{t(`careers:glossary.${term}.question`)}</span>
      </button>
      <p id={answerId} className="careers-term__answer" hidden={!open}>
        {t(`careers:glossary.${term}.answer`)}
      </p>
    </div>
  );
}

/** The explainers for a list of terms, or nothing when the list is empty. */
export function TermExplainers({ terms }: { readonly terms: readonly DiplomaTerm[] }): ReactElement | null {
  if (terms.length === 0) return null;
  return (
    <div className="careers-terms careers-no-print">
      {terms.map((term) => (
        <TermExplainer key={term} term={term} />
      ))}
    </div>
  );
}
