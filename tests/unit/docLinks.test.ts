// Keeps the repository's documents self-contained: every relative link in README.md, docs/*.md and the READMEs of
// renderer/, collector/, common/ and electron/ points at a file or folder inside the repository, and none at the
// shared product documents beside it (../shared), which readers of the repository do not have.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..');

const documents = [
  'README.md',
  ...readdirSync(path.join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
  'renderer/README.md',
  'collector/README.md',
  'common/README.md',
  'electron/README.md',
];

/** Markdown link targets: [text](target) and reference definitions "[label]: target". */
function linkTargets(markdown: string): string[] {
  const withoutCode = markdown.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  const inline = [...withoutCode.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((match) => match[1]!);
  const references = [...withoutCode.matchAll(/^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+"[^"]*")?\s*$/gm)].map((match) => match[1]!);
  return [...inline, ...references];
}

function isRelative(target: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:/i.test(target) && !target.startsWith('#') && !target.startsWith('//');
}

describe('links in the repository documents', () => {
  it('finds every inline and reference link, and leaves code alone', () => {
    expect(linkTargets('See [a](docs/a.md) and [b](../b.md#part "title").\n\n[c]: ./c.md\n`[d](d.md)`')).toEqual(['docs/a.md', '../b.md#part', './c.md']);
  });

  it.each(documents)('%s links only to files inside the repository', (document) => {
    const file = path.join(root, document);
    expect(existsSync(file), `${document} exists`).toBe(true);
    const problems: string[] = [];
    for (const target of linkTargets(readFileSync(file, 'utf8')).filter(isRelative)) {
      const filePart = decodeURIComponent(target.split('#')[0]!);
      if (filePart === '') continue;
      const resolved = path.resolve(path.dirname(file), filePart);
      const inside = path.relative(root, resolved);
      if (target.includes('../shared') || inside.split(path.sep)[0] === 'shared') problems.push(`${target}: points to the shared documents`);
      else if (inside.startsWith('..') || path.isAbsolute(inside)) problems.push(`${target}: leaves the repository`);
      else if (!existsSync(resolved)) problems.push(`${target}: no such file`);
    }
    expect(problems).toEqual([]);
  });
});
