// Types for subset-font (harfbuzz's subsetter compiled to WebAssembly), which ships none: only what shellFonts.ts uses.

declare module 'subset-font' {
  interface SubsetOptions {
    /** The format of the result; the input's own format when absent. */
    readonly targetFormat?: 'woff2' | 'woff' | 'truetype' | 'sfnt';
  }
  /** A copy of `font` that keeps only the glyphs `text` needs (variation axes and layout features kept). */
  export default function subsetFont(font: Buffer, text: string, options?: SubsetOptions): Promise<Buffer>;
}
