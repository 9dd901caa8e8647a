// The public sources behind every fact in the careers data (copied from shared/content/sector.md and careers.md).
// Each data record names one of these keys, so a reviewer can check any figure shown on screen at its origin.

import { DEFAULT_HUB_PAGE_URL } from '../../../common/config/deviceConfig';

export const SOURCES = {
  hubFunding: 'https://biowin.org/fr/2021/06/30/feu-vert-pour-le-eu-biotech-school-health-hub-a-gosselies-2/',
  sectorNeed: 'https://www.lecho.be/economie-politique/belgique-wallonie/Une-Biotech-School-a-Gosselies-pour-booster-le-secteur/10283357',
  openingsByFunction:
    'https://www.rtbf.be/info/economie/detail_1400-postes-a-pourvoir-dans-les-secteurs-de-la-chimie-et-de-la-pharma?id=10223095',
  diplomaShare: 'https://references.lesoir.be/article/les-sciences-de-la-vie-ont-decide-de-former-pour-recruter/',
  postsWithoutDiploma:
    'https://antennecentre.tv/actu/jump-pharma-une-formation-pour-la-reinsertion-professionnelle-dans-le-secteur-biopharma/21505',
  largeEmployersNeed:
    'https://trends.levif.be/economie/entreprises/penurie-de-talents-dans-la-biotech-l-urgence-c-est-maintenant/article-news-1555381.html',
  bioparkCompanies:
    'https://buzz4bio.com/actualites/a-la-une/brussels-south-charleroi-biopark-devenir-un-hub-de-biomanufacturing-de-rang-mondial/',
  bioparkCellTherapy: 'https://trends.levif.be/entreprises/le-biopark-de-gooselies-bien-plus-que-des-labos/',
  bioparkFirms:
    'https://www.lalibre.be/dernieres-depeches/2023/06/21/visite-detat-neerlandaise-les-souverains-decouvrent-deux-entreprises-du-biopark-de-charleroi-LTWMY4LBIVGUTKKTLH3S7QBKMM/',
  univercells:
    'https://www.rtbf.be/article/relance-bientot-une-biotech-school-aux-ambitions-internationales-a-gosselies-10727150?id=10727150',
  gskVaccines:
    'https://www.lavenir.net/cnt/dmf20210314_01563496/l-interview-du-lundi-patrick-florent-administrateur-delegue-de-gsk-vaccines-un-vaccin-de-2e-generation-maintenant-c-est-tres-important',
  ucb: 'https://www.rtl.be/actu/monde/economie/ucb-inaugure-braine-lalleud-une-nouvelle-usine-biotechnologique-300-millions/2024-04-26/article/662882',
  takeda: 'https://trends.levif.be/economie/magazine/takeda-dope-son-site-de-lessines/article-normal-1593379.html',
  samaritaine: 'https://etudierenhainaut.be/samaritaine/actualites/3756-biotech-metiers-d-avenir.html',
  alternanceBachelors:
    'https://www.helmo.be/fr/news/bacheliers-en-alternance-en-bio-qualite-et-bio-pharma-le-milieu-professionnel-associe-au-processus-de-construction',
  itBachelorHealth: 'https://www.regional-it.be/2021/09/07/un-bachelier-it-a-orientation-sante-et-sciences-du-vivant-a-charleroi/',
  aptaskil: 'https://www.aptaskil.be/fr/actualites/jump-to-pharma-un-beau-coup-de-pouce-pour-les-chercheurs-d-emploi/',
  forem: 'https://www.leforem.be/a-propos/communiques-presse/metiers-en-penurie-2025.html',
  // Adults earn the CESS in promotion sociale (general courses, usually over two years) or before the Jury of the
  // Fédération Wallonie-Bruxelles ("jury central": exams only, the candidate studies alone).
  promotionSocialeCess: 'https://inforjeunes.eu/cqss-cess-pas-confondre/comment-page-7',
  juryCess: 'https://formations.siep.be/enseignement/sec/jurys-secondaires',
  /** The qualification "technicien chimiste" in promotion sociale at the IETS-PS in Charleroi, open without a CESS. */
  promotionSocialeChemist: 'https://etudierenhainaut.be/utps-charleroi/actualites/2839-une-formation-digne-des-experts.html',
  /**
   * IFAPME's centre at La Louvière (Mons-Borinage-Centre) opens a lab assistant ("laborantin") course with Cefochim,
   * now aptaskil (regional TV report, 2021; the station's pages are served over https at this address).
   */
  ifapmeLabAssistant: 'https://antennecentre.tv/actu/la-louviere-visite-lifapme/12462',
  /** Secondary school in alternance (CEFA): the "article 49" form leads to the CESS. */
  cefa: 'https://formations.siep.be/enseignement/cefa/cefa',
  // Master programmes named on the pathway (each university's own page or a published copy of it).
  uclouvainBiomedical: 'https://sites.uclouvain.be/archives-portail/ppe2020/en-prog-2020-sbim2m1-cond_adm',
  unamurBiomedical: 'https://unamur.be/fr/newsroom/les-formations-de-master-en-sciences-biomedicales-fetent-leurs-10-ans',
  uclouvainPharmacy: 'https://sites.uclouvain.be/archives-portail/ppe2022/prog-2022-farm2m-cond_adm',
  uliegePharmacy: 'https://www.facmed.uliege.be/cms/c_9224575/en/facmed-pharmaceutical-sciences',
  umonsPharmacy: 'https://web.umons.ac.be/fmp/en/training-offer/m2-pharfa/',
  ulbPharmacy: 'https://ulb.be/en/programme/2025-m-phars',
  uliegeIndustrialPharmacy: 'https://www.programmes.uliege.be/cocoon/20232024/formations/descr/M3PHIN01.html',
  /** UMONS Faculty of Engineering: its six civil engineering masters (chemistry and materials, electrical, mechanical, ...). */
  umonsCivilEngineering:
    'https://sharepoint1.umons.ac.be/EN2/universite/facultes/fpms/enseignement/master/Pages/2%C3%A8cycle.aspx',
  uclouvainIndustrialPharmacy: 'https://sites.uclouvain.be/archives-portail/ppe2023/prog-2023-fari2mc-cond_adm',
  umonsBiology: 'https://web.umons.ac.be/fs/en/departments/biology',
  umonsChemistry: 'https://web.umons.ac.be/fs/fr/les-departements/chimie/debouches/',
  ulbBioinformatics: 'https://www2.ulb.ac.be/temp/programme/en/MA-BINF/access-conditions.html',
  uliegeGembloux: 'https://fr.wikipedia.org/wiki/Gembloux_Agro-Bio_Tech',
  ulbStatistics: 'https://maarten.jansen.web.ulb.be/teaching/MaStat/index.html',
  uliegeCivilEngineering: 'https://vdocuments.site/valuation-des-cursus-ingenieur-civil-2012-valuation-des-cursus-ingenieur-civil.html',
  // Counterparts for visitors who live in Flanders or in the German-speaking Community (not Walloon routes).
  vitalent: 'https://vitalent.be/primeur-vitalent-het-allereerste-opleidingscentrum-in-vlaanderen-voor-jobs-in-farma-en-biotech-opent-de-deuren-in-niel/',
  vdab: 'https://www.vdab.be/help/veelgestelde-vragen-erkende-opleidingen',
  dgSecondaryDiploma: 'https://www.wallonie.be/fr/demarches/inscrire-mon-enfant-dans-une-ecole-secondaire',
  /** IAWM supervises the ZAWM in Eupen and St. Vith (apprenticeships, about four fifths of the time in a company). */
  zawm: 'https://dihk-bildungs-gmbh.de/wissenswert/ueber-grenzen-hinweg-keinen-auszubildenden-verlieren-113666',
  adg: 'https://docslib.org/doc/6306105/1-arbeitslosigkeit-und-unterbesch%C3%A4ftigung-7-2',
  /** shared/content/careers.md and the hub's project description (shared/seed/): roles, route codes, pillars. */
  projectContent: 'shared/content/careers.md',
  /** sector.md facts given without a link (Technifutur, the Flemish counterpart ViTalent). */
  sectorNotes: 'shared/content/sector.md',
  hubProject: 'shared/seed (EU Biotech School & Health Hub project description)',
} as const;

export type SourceKey = keyof typeof SOURCES;

/**
 * Where the pathway QR code points until the device config names the hub's own page. Among our sources the only public
 * page about the hub is BioWin's announcement (sector.md); the hub's own website is not in our sources yet, so staff
 * should set the real address in the device config. Query parameters (role, from, lang) are harmless on this page.
 */
export const HUB_PATHWAY_BASE_URL: string = DEFAULT_HUB_PAGE_URL;
