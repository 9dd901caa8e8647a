// Charts drawn as SVG, no chart library: horizontal bars for categories, columns for time. Screen readers skip
// the drawing (aria-hidden) and read the table that always follows it, which holds the same figures. A "<5"
// figure is drawn as a short hatched bar labelled "<5", never at a height that would reveal it.

import { useId } from 'react';
import type { Cell } from '../../reports/types';

export interface ChartDatum {
  readonly label: string;
  readonly value: Cell;
  readonly text: string;
}

const BAR_HEIGHT = 26;
const GAP = 8;
const LABEL_WIDTH = 220;
const WIDTH = 720;

function scale(data: readonly ChartDatum[]): number {
  return Math.max(1, ...data.map((datum) => (typeof datum.value === 'number' ? datum.value : 0)));
}

function Hatch({ id }: { id: string }) {
  return (
    <defs>
      <pattern id={id} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="8" height="8" className="chart-hatch-bg" />
        <line x1="0" y1="0" x2="0" y2="8" className="chart-hatch-line" strokeWidth="4" />
      </pattern>
    </defs>
  );
}

export function BarChart({ data }: { data: readonly ChartDatum[] }) {
  const hatch = useId();
  const max = scale(data);
  const plot = WIDTH - LABEL_WIDTH - 80;
  const height = data.length * (BAR_HEIGHT + GAP) + GAP;
  return (
    <svg className="chart" viewBox={`0 0 ${WIDTH} ${height}`} width="100%" aria-hidden="true" focusable="false">
      <Hatch id={hatch} />
      {data.map((datum, index) => {
        const y = GAP + index * (BAR_HEIGHT + GAP);
        const width = typeof datum.value === 'number' ? Math.max(2, (datum.value / max) * plot) : 14;
        return (
          <g key={datum.label}>
            <text x={LABEL_WIDTH - 8} y={y + BAR_HEIGHT / 2} className="chart-label" textAnchor="end" dominantBaseline="middle">
              {datum.label.length > 30 ? `${datum.label.slice(0, 29)}…` : datum.label}
            </text>
            <rect x={LABEL_WIDTH} y={y} width={width} height={BAR_HEIGHT} rx="4" className={typeof datum.value === 'number' ? 'chart-bar' : undefined} fill={typeof datum.value === 'number' ? undefined : `url(#${hatch})`} />
            <text x={LABEL_WIDTH + width + 8} y={y + BAR_HEIGHT / 2} className="chart-value" dominantBaseline="middle">
              {datum.text}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

export function ColumnChart({ data }: { data: readonly ChartDatum[] }) {
  const hatch = useId();
  const max = scale(data);
  const height = 220;
  const plotTop = 24;
  const plotHeight = height - plotTop - 40;
  const step = (WIDTH - 40) / Math.max(1, data.length);
  const barWidth = Math.max(3, step * 0.7);
  const labelEvery = Math.ceil(data.length / 8);
  return (
    <svg className="chart" viewBox={`0 0 ${WIDTH} ${height}`} width="100%" aria-hidden="true" focusable="false">
      <Hatch id={hatch} />
      <line x1="20" x2={WIDTH - 20} y1={plotTop + plotHeight} y2={plotTop + plotHeight} className="chart-axis" />
      {data.map((datum, index) => {
        const x = 20 + index * step + (step - barWidth) / 2;
        const barHeight = typeof datum.value === 'number' ? Math.max(2, (datum.value / max) * plotHeight) : 10;
        return (
          <g key={datum.label}>
            <rect x={x} y={plotTop + plotHeight - barHeight} width={barWidth} height={barHeight} className={typeof datum.value === 'number' ? 'chart-bar' : undefined} fill={typeof datum.value === 'number' ? undefined : `url(#${hatch})`} />
            {data.length <= 16 ? (
              <text x={x + barWidth / 2} y={plotTop + plotHeight - barHeight - 6} className="chart-value" textAnchor="middle">
                {datum.text}
              </text>
            ) : null}
            {index % labelEvery === 0 ? (
              <text x={x + barWidth / 2} y={plotTop + plotHeight + 18} className="chart-label" textAnchor="middle">
                {datum.label.length > 14 ? datum.label.slice(0, 14) : datum.label}
              </text>
            ) : null}
          </g>
        );
      })}
    </svg>
  );
}
