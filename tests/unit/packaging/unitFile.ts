// A small reader for systemd unit files and XDG desktop entries (both are INI-like: [Section] then Key=Value), and
// for the quoting of their Exec lines, so the tests can check the files' meaning and not only their spelling.

export type UnitFile = Map<string, Map<string, string[]>>;

/** Sections by name, each key with its values in file order (systemd keys such as ExecStart may repeat). */
export function parseUnitFile(text: string): UnitFile {
  const sections: UnitFile = new Map();
  let current: Map<string, string[]> | null = null;
  // A line ending in a backslash continues on the next one (systemd.syntax).
  const lines = text.replace(/\\\r?\n/g, ' ').split(/\r?\n/);
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith(';')) continue;
    const header = /^\[([^\]]+)\]$/.exec(line);
    if (header) {
      current = sections.get(header[1]!) ?? new Map();
      sections.set(header[1]!, current);
      continue;
    }
    const equals = line.indexOf('=');
    if (current === null || equals <= 0) throw new Error(`not a unit file line: ${line}`);
    const key = line.slice(0, equals).trim();
    const value = line.slice(equals + 1).trim();
    current.set(key, [...(current.get(key) ?? []), value]);
  }
  return sections;
}

/**
 * Splits an ExecStart= / Exec= value into words the way systemd does: double or single quotes group a word, a
 * backslash escapes the next character, unquoted whitespace separates words.
 */
export function splitExecLine(value: string): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let quote: '"' | "'" | null = null;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    if (ch === '\\' && i + 1 < value.length) {
      word += value[i + 1];
      i += 1;
      inWord = true;
    } else if (quote !== null) {
      if (ch === quote) quote = null;
      else word += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      inWord = true;
    } else if (/\s/.test(ch)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else {
      word += ch;
      inWord = true;
    }
  }
  if (quote !== null) throw new Error(`unterminated quote in: ${value}`);
  if (inWord) words.push(word);
  return words;
}
