// A labelled group of big toggle buttons (aria-pressed), used by every filter. The pressed state shows as a tick and
// a border as well as a colour, so it never depends on colour alone.

import type { ReactElement } from 'react';

export interface ToggleOption<T> {
  readonly value: T;
  readonly label: string;
  readonly hint?: string;
}

interface ToggleGroupProps<T> {
  readonly id: string;
  readonly legend: string;
  readonly options: readonly ToggleOption<T>[];
  readonly isPressed: (value: T) => boolean;
  readonly onToggle: (value: T) => void;
}

export function ToggleGroup<T extends string | number | boolean>({ id, legend, options, isPressed, onToggle }: ToggleGroupProps<T>): ReactElement {
  return (
    <fieldset className="careers-toggles">
      <legend id={`${id}-legend`}>{legend}</legend>
      <ul>
        {options.map((option) => {
          const pressed = isPressed(option.value);
          return (
            <li key={String(option.value)}>
              <button type="button" className="careers-toggle" aria-pressed={pressed} onClick={() => onToggle(option.value)}>
                <span className="careers-toggle__tick" aria-hidden="true">{pressed ? '✓' : ''}</span>
                <span>
                  {option.label}
                  {option.hint ? <span className="careers-toggle__hint">{option.hint}</span> : null}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
