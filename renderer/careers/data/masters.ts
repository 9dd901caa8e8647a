// The university masters behind the pathway step "master, engineer or bioengineer": the programmes the explorer's roles
// need, with the French-speaking universities that award them. Each university is named only where a public page of
// that university (or a published copy of it) confirms the programme; the source is kept next to it.

import type { RoleId } from '../../../common/ids';
import type { SourceKey } from './sources';

export const UNIVERSITIES = ['ULB', 'UCLouvain', 'ULiège', 'UMONS', 'UNamur'] as const;
export type University = (typeof UNIVERSITIES)[number];

export const MASTER_IDS = [
  'biomedical-sciences',
  'pharmaceutical-sciences',
  'industrial-pharmacy',
  'biological-sciences',
  'chemistry',
  'bioengineering',
  'bioinformatics',
  'statistics',
  'civil-engineering',
] as const;
export type MasterId = (typeof MASTER_IDS)[number];

export interface MasterProgramme {
  readonly id: MasterId;
  /** Each university that awards it, with the page that says so. */
  readonly offeredBy: readonly { readonly university: University; readonly source: SourceKey }[];
}

export const MASTER_PROGRAMMES: readonly MasterProgramme[] = [
  {
    id: 'biomedical-sciences',
    offeredBy: [
      { university: 'UCLouvain', source: 'uclouvainBiomedical' },
      // UNamur's master has a focus on the biotech and biopharma industry; some focuses are joint with ULiège.
      { university: 'UNamur', source: 'unamurBiomedical' },
      { university: 'ULiège', source: 'unamurBiomedical' },
    ],
  },
  {
    id: 'pharmaceutical-sciences',
    offeredBy: [
      { university: 'UCLouvain', source: 'uclouvainPharmacy' },
      { university: 'ULiège', source: 'uliegePharmacy' },
      { university: 'UMONS', source: 'umonsPharmacy' },
      { university: 'ULB', source: 'ulbPharmacy' },
    ],
  },
  // A specialised master after pharmacy: the legal route to "qualified person", who releases batches.
  {
    id: 'industrial-pharmacy',
    offeredBy: [
      { university: 'UCLouvain', source: 'uclouvainIndustrialPharmacy' },
      { university: 'ULiège', source: 'uliegeIndustrialPharmacy' },
    ],
  },
  // UMONS: focus "biochemistry, molecular and cellular biology", geared to biotech and health.
  { id: 'biological-sciences', offeredBy: [{ university: 'UMONS', source: 'umonsBiology' }] },
  { id: 'chemistry', offeredBy: [{ university: 'UMONS', source: 'umonsChemistry' }] },
  // ULiège's bioengineering faculty is Gembloux Agro-Bio Tech.
  { id: 'bioengineering', offeredBy: [{ university: 'ULiège', source: 'uliegeGembloux' }] },
  { id: 'bioinformatics', offeredBy: [{ university: 'ULB', source: 'ulbBioinformatics' }] },
  { id: 'statistics', offeredBy: [{ university: 'ULB', source: 'ulbStatistics' }] },
  {
    id: 'civil-engineering',
    offeredBy: [
      { university: 'ULiège', source: 'uliegeCivilEngineering' },
      { university: 'UMONS', source: 'umonsCivilEngineering' },
    ],
  },
];

/** The masters that lead to each role that needs one (roles without a university route have none). */
export const ROLE_MASTERS: Readonly<Partial<Record<RoleId, readonly MasterId[]>>> = {
  'cgt-specialist': ['biomedical-sciences', 'biological-sciences', 'bioengineering'],
  'qc-analyst': ['pharmaceutical-sciences', 'chemistry', 'biological-sciences'],
  'qc-micro': ['biomedical-sciences', 'biological-sciences'],
  'qa-officer': ['pharmaceutical-sciences', 'industrial-pharmacy'],
  'validation-engineer': ['bioengineering', 'civil-engineering'],
  'process-engineer': ['bioengineering', 'civil-engineering', 'chemistry'],
  'mes-engineer': ['civil-engineering'],
  'data-scientist': ['statistics', 'bioinformatics'],
  bioinformatician: ['bioinformatics', 'biomedical-sciences'],
  biostatistician: ['statistics'],
  'research-scientist': ['biomedical-sciences', 'biological-sciences', 'pharmaceutical-sciences'],
  'regulatory-affairs': ['pharmaceutical-sciences', 'biomedical-sciences'],
  cra: ['biomedical-sciences', 'pharmaceutical-sciences'],
  'gmp-trainer': ['pharmaceutical-sciences', 'biomedical-sciences'],
  founder: ['biomedical-sciences', 'bioengineering', 'pharmaceutical-sciences'],
  'business-developer': ['biomedical-sciences', 'bioengineering', 'pharmaceutical-sciences'],
};

const PROGRAMMES_BY_ID = new Map(MASTER_PROGRAMMES.map((programme) => [programme.id, programme]));

export function masterProgramme(id: MasterId): MasterProgramme {
  const programme = PROGRAMMES_BY_ID.get(id);
  if (!programme) throw new Error(`unknown master programme ${id}`);
  return programme;
}

export function mastersFor(roleId: RoleId): readonly MasterProgramme[] {
  return (ROLE_MASTERS[roleId] ?? []).map(masterProgramme);
}
