// The content pack built into the app (version 0): what a device shows until it accepts a pack from the hub's
// collector or a USB stick, and what it falls back to when its stored packs cannot be read. The home's three facts
// live here, in the four languages (their one source: the locales no longer hold them); the sector-hires figure is
// written from CONTENT_NUMBERS in each language's own number format, like the texts that quote it, when the app is
// built (renderer/content/builtInFigures.ts). The route notices name the providers of the explorer's own data
// (renderer/careers/data/routes.ts), with no date, link or note.

import type { ContentPack, Fact } from '../../common/content/contentPack';
import { BUILT_IN_PACK_VERSION, CONTENT_PACK_FORMAT } from '../../common/content/packFormat';
import { LANGUAGES } from '../../common/i18n/languages';
import { TRAINING_ROUTES } from '../careers/data/routes';
import { BUILT_IN_FIGURES } from './builtInFigures';

const NBSP = '\u00a0';

const BUILT_IN_FACTS: Fact[] = [
  {
    id: 'jobs',
    figure: { ...BUILT_IN_FIGURES.sectorHires },
    text: {
      fr: "personnes à engager en trois ans par les entreprises biotech wallonnes, et c'est une estimation basse.",
      nl: 'mensen moeten binnen drie jaar aangeworven worden door de Waalse biotechbedrijven, en dat is nog een lage schatting.',
      de: 'Menschen sollen in den nächsten drei Jahren von den wallonischen Biotech-Firmen eingestellt werden – und das ist noch vorsichtig geschätzt.',
      en: 'people need to be hired by Walloon biotech companies within three years, and that is a low estimate.',
    },
    source: { fr: `Source${NBSP}: L'Echo, 2021`, nl: "Bron: L'Echo, 2021", de: "Quelle: L'Echo, 2021", en: "Source: L'Echo, 2021" },
  },
  {
    id: 'no-experience',
    figure: { fr: '1 sur 5', nl: '1 op 5', de: '1 von 5', en: '1 in 5' },
    text: {
      fr: "offres d'emploi du secteur ne demande aucune expérience.",
      nl: 'vacatures in de sector vraagt geen enkele ervaring.',
      de: 'Stellenangeboten der Branche verlangt keine Berufserfahrung.',
      en: 'job offers in the sector asks for no experience at all.',
    },
    source: { fr: `Source${NBSP}: Le Soir, 2022`, nl: 'Bron: Le Soir, 2022', de: 'Quelle: Le Soir, 2022', en: 'Source: Le Soir, 2022' },
  },
  {
    id: 'sector',
    figure: { fr: '30 %', nl: '30 %', de: '30 %', en: '30%' },
    text: {
      fr: 'des exportations de la Wallonie viennent de la biotech, son premier secteur stratégique.',
      nl: 'van de Waalse export komt uit de biotech, de belangrijkste sector van de regio.',
      de: 'der Exporte der Wallonie kommen aus der Biotechnologie, ihrer wichtigsten Branche.',
      en: "of Wallonia's exports come from biotech, the region's most important sector.",
    },
    source: {
      fr: `Source${NBSP}: Kickstart Biomanufacturing`,
      nl: 'Bron: Kickstart Biomanufacturing',
      de: 'Quelle: Kickstart Biomanufacturing',
      en: 'Source: Kickstart Biomanufacturing',
    },
  },
];

export const DEFAULT_PACK: ContentPack = {
  format: CONTENT_PACK_FORMAT,
  version: BUILT_IN_PACK_VERSION,
  target: { kind: 'all' },
  publishedAt: null,
  languages: [...LANGUAGES],
  content: {
    facts: BUILT_IN_FACTS,
    agenda: [],
    routes: TRAINING_ROUTES.map((route) => ({ routeId: route.id, providers: [...route.providers], nextStart: null, link: null, note: null })),
    highlightedRoles: [],
    games: null,
  },
};
