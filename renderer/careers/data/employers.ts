// Employers named in sector.md, shown as examples of "where could I work?". Proper names, never translated.
// Naming a company beside a role means "companies of this kind employ such people", not "this company is hiring".

import type { Employer, EmployerId } from './schema';

export const EMPLOYERS: readonly Employer[] = [
  { id: 'gsk-vaccines', name: 'GSK Vaccines', place: 'Wavre, Rixensart, Gembloux', source: 'gskVaccines' },
  { id: 'ucb', name: 'UCB', place: "Braine-l'Alleud", source: 'ucb' },
  { id: 'takeda', name: 'Takeda', place: 'Lessines', source: 'takeda' },
  { id: 'univercells-exothera', name: 'Univercells / Exothera', place: 'Jumet', source: 'univercells' },
  // sector.md: formerly MaSTherCell; ownership has changed since 2023, so the name is checked before each print run.
  { id: 'catalent', name: 'Catalent (ex-MaSTherCell)', place: 'Gosselies', source: 'bioparkFirms' },
  { id: 'thermo-fisher', name: 'Thermo Fisher', place: 'Biopark Gosselies', source: 'bioparkFirms' },
  { id: 'ncardia', name: 'Ncardia', place: 'Biopark Gosselies', source: 'bioparkFirms' },
  { id: 'iteos', name: 'iTeos', place: 'Biopark Gosselies', source: 'bioparkFirms' },
  { id: 'quality-assistance', name: 'Quality Assistance', place: 'Biopark Gosselies', source: 'bioparkFirms' },
  { id: 'ire', name: 'IRE', place: 'Biopark Gosselies', source: 'bioparkFirms' },
  { id: 'novasep-henogen', name: 'Novasep / Henogen', place: 'Biopark Gosselies', source: 'bioparkFirms' },
  { id: 'janssen', name: 'Janssen', place: 'Belgique', source: 'largeEmployersNeed' },
];

const EMPLOYERS_BY_ID = new Map(EMPLOYERS.map((employer) => [employer.id, employer]));

export function employer(id: EmployerId): Employer {
  const found = EMPLOYERS_BY_ID.get(id);
  if (!found) throw new Error(`unknown employer ${id}`);
  return found;
}
