// Where Start-up Launchpad's picture goes on a stage of any size (pure, so it is tested without a browser): a header
// with the year, the road from the lab through the four phases to the patients, and two bars underneath: the money
// left against what the next phase costs (the runway) and who owns the company (the dilution).

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface LaunchpadLayout {
  /** 1 at a 1000 px wide stage; fonts and strokes scale with it. */
  readonly unit: number;
  readonly header: Rect;
  /** Lab, Phase I, Phase II, Phase III, filing, patients. */
  readonly stations: readonly Rect[];
  readonly runway: Rect;
  readonly ownership: Rect;
  readonly team: Rect;
}

export const STATION_COUNT = 6;

export function computeLayout(width: number, height: number): LaunchpadLayout {
  const unit = Math.max(0.45, Math.min(width / 1000, height / 700));
  const pad = 16 * unit;
  const inner = width - 2 * pad;
  const header: Rect = { x: pad, y: pad, width: inner, height: Math.max(44, height * 0.11) };
  const roadTop = header.y + header.height + pad;
  const roadHeight = height * 0.36;
  const gap = 8 * unit;
  const stationWidth = (inner - gap * (STATION_COUNT - 1)) / STATION_COUNT;
  const stations = Array.from({ length: STATION_COUNT }, (_, i): Rect => ({ x: pad + i * (stationWidth + gap), y: roadTop, width: stationWidth, height: roadHeight }));
  const barsTop = roadTop + roadHeight + pad;
  const barHeight = (height - barsTop - 3 * pad) / 3;
  const runway: Rect = { x: pad, y: barsTop, width: inner, height: barHeight };
  const ownership: Rect = { x: pad, y: barsTop + barHeight + pad, width: inner, height: barHeight };
  const team: Rect = { x: pad, y: barsTop + 2 * (barHeight + pad), width: inner, height: barHeight };
  return { unit, header, stations, runway, ownership, team };
}
