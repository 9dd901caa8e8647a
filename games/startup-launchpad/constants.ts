// Every number of Start-up Launchpad, with its source or marked "tuning". Sources are listed with their addresses in
// games/startup-launchpad/README.md. Money is in millions of euros: the trial costs of the US sources are in US
// dollars and are used as euros, rounded (the euro was worth 0.85-1.2 dollar over 2016-2023; the order of magnitude,
// not the exchange rate, is what the game teaches).

export const PHASES = ['phase1', 'phase2', 'phase3', 'filing'] as const;
export type Phase = (typeof PHASES)[number];

/**
 * Phase transition success rates, all programmes 2011-2020: BIO, Informa Pharma Intelligence and QLS Advisors,
 * "Clinical Development Success Rates and Contributing Factors 2011-2020" (February 2021): Phase I to II 52.0 %,
 * II to III 28.9 %, III to NDA/BLA 57.8 %, NDA/BLA to approval 90.6 %.
 */
export const TRANSITION_SUCCESS: Readonly<Record<Phase, number>> = { phase1: 0.52, phase2: 0.289, phase3: 0.578, filing: 0.906 };
/** Likelihood of approval from Phase I, all programmes (same report): 7.9 %. */
export const LOA_ALL = 0.079;
/** Same report, by modality: biologics 9.1 %, new molecular entities (small molecules) 5.7 %. */
export const LOA_BIOLOGIC = 0.091;
export const LOA_SMALL_MOLECULE = 0.057;
/** Same report: programmes with patient preselection biomarkers 15.9 %, "driven by a Phase II success rate of nearly
 * one-in-two" (taken here as 48 %). */
export const LOA_BIOMARKER = 0.159;
export const BIOMARKER_PHASE2_SUCCESS = 0.48;
/** Highest LOA the report gives for a whole disease area (hematology, 23.9 %): the upper bound of every choice here. */
export const LOA_CEILING = 0.239;

/** Average years in each phase, all indications (same report): 2.3, 3.6, 3.3 and 1.3, 10.5 years from Phase I. */
export const PHASE_YEARS: Readonly<Record<Phase, number>> = { phase1: 2.3, phase2: 3.6, phase3: 3.3, filing: 1.3 };
export const YEARS_PHASE1_TO_APPROVAL = 10.5;

/**
 * Cost of one trial, median, millions (Martin, Hutchins, Lasagna, "How much do clinical trials cost?", Nature Reviews
 * Drug Discovery 2017, 726 studies 2010-2015): Phase I 3.4, Phase II 8.6, Phase III 21.4. Ranges of the averages by
 * therapeutic area (Sertkaya et al. for the US HHS/ASPE, 2016): Phase 1 1.4-6.6, Phase 2 7.0-19.6, Phase 3 11.5-52.9.
 * Filing: tuning (the dossier work of a small team; fees are reduced for small companies).
 */
export const TRIAL_COST: Readonly<Record<Phase, number>> = { phase1: 3.4, phase2: 8.6, phase3: 21.4, filing: 1 };
export const TRIAL_COST_RANGE: Readonly<Record<Exclude<Phase, 'filing'>, readonly [number, number]>> = {
  phase1: [1.4, 6.6],
  phase2: [7.0, 19.6],
  phase3: [11.5, 52.9],
};

/**
 * People in each trial, the U.S. FDA's "Step 3: Clinical Research": Phase 1 20-100, Phase 2 up to several hundred,
 * Phase 3 300-3,000. The game takes one value inside each range (tuning); a biomarker trial enrols fewer people.
 */
export const TRIAL_PARTICIPANTS: Readonly<Record<Exclude<Phase, 'filing'>, number>> = { phase1: 60, phase2: 250, phase3: 1000 };
export const BIOMARKER_PARTICIPANT_SHARE = 0.6;

/**
 * Walloon public support at the start. FIRST Spin-off / Win4SpinOff (Service public de Wallonie): the researcher's
 * whole salary plus a flat EUR 20,000 for running costs, over a 2-year project that ends with the spin-off founded
 * (wallonie.be). Win4Company (SPW Economie, Emploi, Recherche): industrial research grant of 70 % of eligible costs
 * for a small company; experimental development as a recoverable advance of 55 %.
 */
export const FIRST_SPINOFF_RUNNING_COSTS = 0.02;
export const FIRST_SPINOFF_YEARS = 2;
export const WIN4COMPANY_GRANT_SHARE_SMALL = 0.7;
export const WIN4COMPANY_ADVANCE_SHARE_SMALL = 0.55;

/**
 * Money rounds. A regional investment fund's first ticket in life sciences: "contributions exceeding EUR 2.5M"
 * (Noshaq, Liège, 2020). A Series A for a biotech: "$10-40M ... easily, with no clinical data" (benchtobiotech,
 * 744 rounds); Epics Therapeutics (BioPark, Gosselies) closed more than EUR 20M at its creation (L'Echo, 2020).
 * Dilution per round: "20-35 %" usually, and early biotech rounds "sometimes up to 70 %" (both as quoted there).
 */
export const SEED_ROUND = 2.5;
export const SEED_DILUTION = 0.2;
export const SERIES_A_ROUND = 20;
export const SERIES_A_DILUTION = 0.35;
export const SERIES_B_ROUND = 30;
export const SERIES_B_DILUTION = 0.3;
export const DILUTION_RANGE: readonly [number, number] = [0.2, 0.35];
export const DILUTION_MAX_EARLY_BIOTECH = 0.7;
/** A round after an investor was misled costs more of the company. Tuning, inside the sourced maximum. */
export const DISTRUST_EXTRA_DILUTION = 0.15;

/**
 * Partnering: a larger company pays the rest of the trials and gives an upfront payment; the start-up keeps a share
 * of what the medicine earns instead of all of it. Tuning (deal terms differ with every deal; they are rarely public).
 */
export const PARTNER_UPFRONT = 5;
export const PARTNER_SHARE_KEPT = 0.15;

/** Team cost per person and year, millions, salary with social charges. Tuning. */
export const COST_PER_PERSON_YEAR = 0.1;
/** The founders' lab team at the start. Tuning. */
export const FOUNDING_TEAM = 2;
/** Biomarker test development (a companion diagnostic) for the trials. Tuning. */
export const BIOMARKER_TEST_COST = 1.5;
/** Making clinical batches: with a contract manufacturer (CDMO) per trial, or building one's own small GMP unit. Tuning. */
export const CDMO_COST_PER_TRIAL = 1;
export const OWN_PLANT_COST = 8;
export const OWN_PLANT_EXTRA_YEARS = 1;
/** Without a quality person, a batch problem costs time and money (hard level). Tuning. */
export const BATCH_PROBLEM_COST = 1;
export const BATCH_PROBLEM_YEARS = 0.5;
/** Without a regulatory affairs person, the dossier takes longer. Tuning. */
export const NO_REGULATORY_EXTRA_YEARS = 1;
/** A backup molecule from the lab takes Phase II again (easy level only): extra time. Tuning. */
export const BACKUP_EXTRA_YEARS = 1;
