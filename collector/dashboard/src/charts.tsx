// Charts drawn with HTML and CSS, no chart library and no scaled SVG: text keeps the page's own size (a scaled
// drawing shrank labels to ~6 px in the overview's cards), and labels wrap instead of being cut. Horizontal bars for
// categories, columns for time with short, locale-aware day ticks thinned so that none overlaps the next. Screen
// readers skip the drawing (aria-hidden) and read the table that always follows it, which holds the same figures
// with their full names. A "<5" figure is drawn as a short hatched bar labelled "<5", never at a size that would
// reveal it.

import { useEffect, useLayoutEffect, useRef, useState, type CSSProperties } from 'react';
import type { Cell } from '../../reports/types';
import { tickSpacing, type TickLayout } from './chartTicks';

export interface ChartDatum {
  readonly label: string;
  /** A short form for a crowded axis (a time column's date without weekday or year); the label otherwise. */
  readonly tick?: string;
  readonly value: Cell;
  readonly text: string;
}

function scale(data: readonly ChartDatum[]): number {
  return Math.max(1, ...data.map((datum) => (typeof datum.value === 'number' ? datum.value : 0)));
}

const share = (value: Cell, max: number): string => (typeof value === 'number' ? String(value / max) : '0');

export function BarChart({ data }: { data: readonly ChartDatum[] }) {
  const max = scale(data);
  return (
    <div className="chart bar-chart" aria-hidden="true">
      {data.map((datum) => (
        <div className="bar-row" key={datum.label}>
          <span className="chart-label bar-label" title={datum.label}>
            {datum.label}
          </span>
          <span className="bar-track">
            <span className={typeof datum.value === 'number' ? 'bar' : 'bar bar-withheld'} style={{ '--share': share(datum.value, max) } as CSSProperties} />
            <span className="chart-value">{datum.text}</span>
          </span>
        </div>
      ))}
    </div>
  );
}

/** The width of some text in the element's own font, measured on a canvas (an estimate where there is none). */
function measurer(element: HTMLElement): (text: string) => number {
  const style = getComputedStyle(element);
  const size = Number.parseFloat(style.fontSize) || 16;
  const context = document.createElement('canvas').getContext('2d');
  if (context === null) return (text) => text.length * size * 0.62;
  context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  return (text) => context.measureText(text).width;
}

/** Lays out the time axis for the element's current width, again whenever it is resized or the fonts arrive. */
function useTickLayout(data: readonly ChartDatum[]): [React.RefObject<HTMLDivElement | null>, TickLayout | null] {
  const ref = useRef<HTMLDivElement | null>(null);
  const [layout, setLayout] = useState<TickLayout | null>(null);
  const [fontsReady, setFontsReady] = useState(0);
  useEffect(() => {
    let live = true;
    void document.fonts?.ready.then(() => live && setFontsReady((count) => count + 1));
    return () => {
      live = false;
    };
  }, []);
  useLayoutEffect(() => {
    const element = ref.current;
    if (element === null) return undefined;
    const update = () => {
      const measure = measurer(element);
      setLayout(
        tickSpacing(
          element.clientWidth,
          data.map((datum) => measure(datum.tick ?? datum.label)),
          data.map((datum) => measure(datum.text)),
        ),
      );
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => observer.disconnect();
  }, [data, fontsReady]);
  return [ref, layout];
}

export function ColumnChart({ data }: { data: readonly ChartDatum[] }) {
  const max = scale(data);
  const [ref, layout] = useTickLayout(data);
  return (
    <div className="chart column-chart" aria-hidden="true" ref={ref} style={{ '--columns': data.length } as CSSProperties}>
      <div className="column-plot">
        {data.map((datum) => (
          <div className="column" key={datum.label}>
            {layout?.showValues ? <span className="chart-value">{datum.text}</span> : null}
            <span className={typeof datum.value === 'number' ? 'column-bar' : 'column-bar bar-withheld'} style={{ '--share': share(datum.value, max) } as CSSProperties} />
          </div>
        ))}
      </div>
      <div className="column-ticks">
        {layout === null
          ? null
          : layout.ticks.map((tick) => (
              <span className="chart-label column-tick" key={data[tick.index]!.label} title={data[tick.index]!.label} style={{ left: `${tick.left}px` }}>
                {data[tick.index]!.tick ?? data[tick.index]!.label}
              </span>
            ))}
      </div>
    </div>
  );
}
