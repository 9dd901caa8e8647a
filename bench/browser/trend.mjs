// Least-squares trend of a series sampled over visits (the soak's heap, DOM nodes and engagement-log records), with
// the figures that say whether a slope is more than noise: its standard error, and the slopes of the window's two
// halves fitted on their own (a steady leak gives two alike slopes; noise or a one-off step gives two unlike ones).

/** Least-squares slope of y over x. */
export function slope(points, x, y) {
  return fitLine(points, x, y).slope;
}

/** Straight-line fit: slope, intercept, and the slope's standard error (NaN with fewer than three points). */
export function fitLine(points, x, y) {
  const n = points.length;
  if (n < 2) return { slope: NaN, intercept: NaN, standardError: NaN };
  const meanX = points.reduce((sum, point) => sum + x(point), 0) / n;
  const meanY = points.reduce((sum, point) => sum + y(point), 0) / n;
  let covariance = 0;
  let variance = 0;
  for (const point of points) {
    covariance += (x(point) - meanX) * (y(point) - meanY);
    variance += (x(point) - meanX) ** 2;
  }
  const fitted = covariance / variance;
  const intercept = meanY - fitted * meanX;
  let squaredResiduals = 0;
  for (const point of points) squaredResiduals += (y(point) - (intercept + fitted * x(point))) ** 2;
  const standardError = n > 2 ? Math.sqrt(squaredResiduals / (n - 2) / variance) : NaN;
  return { slope: fitted, intercept, standardError };
}

/**
 * The trend of `y` over the samples' `visits`: slope per visit with its standard error, the same as a share of the
 * first sample's value over the whole window (`growth`, `growthStandardError`), and the slopes of the first and
 * second half of the samples.
 */
export function visitTrend(samples, y) {
  const byVisit = (sample) => sample.visits;
  const whole = fitLine(samples, byVisit, y);
  const middle = Math.floor(samples.length / 2);
  const span = samples[samples.length - 1].visits - samples[0].visits;
  const base = y(samples[0]);
  return {
    perVisit: whole.slope,
    perVisitStandardError: whole.standardError,
    growth: (whole.slope * span) / base,
    growthStandardError: (whole.standardError * span) / base,
    firstHalfPerVisit: fitLine(samples.slice(0, middle + 1), byVisit, y).slope,
    secondHalfPerVisit: fitLine(samples.slice(middle), byVisit, y).slope,
  };
}
