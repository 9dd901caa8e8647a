// The CSV writer shared by the kiosk's export and the dashboard: RFC 4180 quoting and formula-safe text.

import { describe, expect, it } from 'vitest';
import { csvField, csvLine } from './csv';

/** A small RFC 4180 reader, to check that what is written reads back as the same fields. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      fields.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      fields.push(field);
      records.push(fields);
      fields = [];
      field = '';
      i += 1;
    } else field += char;
  }
  return records;
}

describe('csvField', () => {
  it('leaves plain text and numbers as they are, and writes nothing for a missing value', () => {
    expect(csvField('Hall A')).toBe('Hall A');
    expect(csvField(42)).toBe('42');
    expect(csvField(-3)).toBe('-3');
    expect(csvField(true)).toBe('true');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
  });

  it('quotes fields with quotes, commas, semicolons and line breaks, doubling the quotes (RFC 4180)', () => {
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('cr\rlf')).toBe('"cr\rlf"');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('+32 Hall')).toBe("'+32 Hall");
    expect(csvField('-Hall')).toBe("'-Hall");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\tTab')).toBe("'\tTab");
    expect(csvField('\rstart')).toBe(`"'\rstart"`);
  });

  it('keeps text that is only a number a number', () => {
    expect(csvField('-3')).toBe('-3');
    expect(csvField('+12.5')).toBe('+12.5');
    expect(csvField('<5')).toBe('<5');
  });
});

describe('csvLine', () => {
  it('writes a record that reads back as the same fields', () => {
    const values = ['Hall "A", Gosselies', 'two\r\nlines', 'plain', '', 'a;b'];
    const line = csvLine(values);
    expect(line.endsWith('\r\n')).toBe(true);
    expect(parseCsv(line)).toEqual([values]);
  });
});
