// The one CSV writer of the project, for the kiosk's event export and the dashboard's report tables: RFC 4180 (comma
// separated, CRLF line ends, a field quoted when it holds a quote, comma, semicolon or line break, quotes doubled),
// and safe to open in a spreadsheet: text that a spreadsheet would run as a formula (starting with = + - @, a tab or
// a carriage return, e.g. a site label "+32 Hall") gets a leading apostrophe. Numbers stay numbers, and so does text
// that is only a number ("-3", "12.5"), which no spreadsheet runs as a formula.

export type CsvValue = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?\d+(?:[.,]\d+)?$/;
const NEEDS_QUOTES = /[",;\r\n]/;

/** One field: empty for null and undefined, formula-safe, quoted when needed. */
export function csvField(value: CsvValue): string {
  if (value === undefined || value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One record, ending with CRLF. */
export function csvLine(values: readonly CsvValue[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}
