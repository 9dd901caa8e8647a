// Canvas colours. The canvas cannot read CSS variables cheaply every frame, so the values of
// renderer/styles/tokens.css are repeated here (keep them in step); meaning never rests on colour alone (the gauge
// also shows a word, the zones a tick or a cross).

export const PALETTE = {
  background: 0x0d1b2a, // --color-bg
  backgroundAlt: 0x13263a, // --color-bg-2
  surface: 0x1b3149, // --color-surface
  surfaceRaised: 0x24405e, // --color-surface-raised
  line: 0x3c5a7a, // --color-line
  text: '#f5f8fb', // --color-text
  textMuted: '#c3d1df', // --color-text-muted
  textOnAccent: '#111111', // --color-on-accent
  accent: 0xe69f00, // --color-accent (Okabe-Ito orange)
  focus: 0xf0e442, // --color-focus
  green: 0x009e73, // Okabe-Ito bluish green
  amber: 0xe69f00, // Okabe-Ito orange
  red: 0xd55e00, // Okabe-Ito vermillion
  successText: '#5fd3a9', // --color-success
  dangerText: '#ff9a66', // --color-danger
  dangerLine: 0xff9a66, // --color-danger
  amberText: '#ffd27a', // orange lightened for text on navy
  // The operator: skin, hair and everyday clothes, then the cleanroom garments.
  skin: 0xd9a57e,
  skinShade: 0xb9825c,
  hair: 0x4a2f1c,
  tShirt: 0xcc79a7,
  jeans: 0x3f5f8f,
  sneaker: 0xd55e00,
  sneakerSole: 0xf2f2f2,
  nitrile: 0x4f86d8,
  sterileGlove: 0xf1e2b5,
  garment: 0xeef3f7,
  garmentShade: 0xc7d3de,
  hairCover: 0x9ecbef,
  mask: 0xdde8f3,
  goggleLens: 0x8fd1f0,
  stickyMat: 0x3c8f9f,
  watch: 0x2b2b2b,
  particle: 0xc3d1df,
} as const;

export const FONT_FAMILY = "'Atkinson Hyperlegible', system-ui, sans-serif";
export const DISPLAY_FONT_FAMILY = "'Lexend Variable', 'Atkinson Hyperlegible', system-ui, sans-serif";
