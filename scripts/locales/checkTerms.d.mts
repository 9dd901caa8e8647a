// Types for checkTerms.mjs (plain JavaScript so that `npm run check:locales` runs without a build step).
export type GlossaryVariant = string | { readonly regex: string };
export interface GlossaryTerm {
  readonly concept: string;
  readonly preferred: string;
  readonly wrong?: readonly GlossaryVariant[];
  readonly namespaces?: readonly string[];
  readonly note?: string;
}
export interface Glossary {
  readonly language: string;
  readonly about: string;
  readonly terms: readonly GlossaryTerm[];
}
export function localeTexts(localesDir: string, lang: string): [string, string, string][];
export function loadGlossary(glossaryDir: string, lang: string): Glossary;
export function variantPattern(variant: GlossaryVariant): RegExp;
export function checkTerms(localesDir: string, glossaryDir: string): string[];
export function checkNumbers(localesDir: string): string[];
export function checkFrenchSpacing(localesDir: string): string[];
