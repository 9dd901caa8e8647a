// Protects the explorer filters: each filter and combinations of them give the roles the data says they should.

import { describe, expect, it } from 'vitest';
import { ROLE_IDS } from '../../../common/ids';
import { careerRole } from '../data/roles';
import { filterRoles, NO_FILTERS, usualDiploma, type CareerFilters } from './filters';

const ids = (filters: Partial<CareerFilters>) => filterRoles({ ...NO_FILTERS, ...filters }).map((role) => role.id);

describe('filterRoles', () => {
  it('shows every role without filters', () => {
    expect(ids({})).toEqual([...ROLE_IDS]);
  });

  it('opens upstream operator (Jump to Pharma) and lab technician (chemistry technician in promotion sociale) to someone without a diploma', () => {
    expect(ids({ situation: 'no-diploma' })).toEqual(['usp-operator', 'lab-technician']);
  });

  it('shows the jobs open right after secondary school to pupils', () => {
    expect(ids({ situation: 'at-school' })).toEqual([
      'usp-operator',
      'dsp-operator',
      'aseptic-operator',
      'maintenance-tech',
      'automation-tech',
      'lab-technician',
      'warehouse-operator',
    ]);
  });

  it('opens more roles as the diploma rises, never fewer', () => {
    const cess = ids({ situation: 'cess' });
    const bachelor = ids({ situation: 'bachelor' });
    const master = ids({ situation: 'master' });
    expect(cess.every((id) => bachelor.includes(id))).toBe(true);
    expect(bachelor.every((id) => master.includes(id))).toBe(true);
    expect(master).toEqual([...ROLE_IDS]);
    expect(cess).toContain('production-technician');
    expect(cess).not.toContain('qa-officer');
    expect(bachelor).toContain('qa-officer');
    expect(bachelor).not.toContain('founder');
  });

  it('lists the start-soon roles', () => {
    expect(ids({ startSoon: true })).toEqual(['usp-operator', 'dsp-operator', 'aseptic-operator', 'maintenance-tech', 'warehouse-operator']);
  });

  it('combines groups with AND and choices inside a group with OR', () => {
    expect(ids({ pillars: [3] })).toEqual(['validation-engineer', 'automation-tech', 'mes-engineer', 'data-scientist', 'bioinformatician', 'biostatistician']);
    expect(ids({ pillars: [3], situation: 'cess' })).toEqual(['automation-tech']);
    expect(ids({ interests: ['S'] })).toEqual(['cra', 'gmp-trainer']);
    expect(ids({ interests: ['S', 'A'] })).toEqual(['cra', 'gmp-trainer']);
    expect(ids({ startSoon: true, game: 'purify' })).toEqual(['dsp-operator']);
  });

  it('opens the roles of a game from its results screen', () => {
    expect(ids({ game: 'cell-therapy-race' })).toEqual(['cgt-specialist', 'research-scientist', 'supply-planner', 'warehouse-operator', 'founder', 'business-developer']);
    expect(ids({ game: 'startup-launchpad' })).toEqual(['qa-officer', 'regulatory-affairs', 'cra', 'founder', 'business-developer']);
  });

  it('names the diploma a role usually asks for', () => {
    expect(usualDiploma(careerRole('usp-operator'))).toBe('cess');
    expect(usualDiploma(careerRole('qa-officer'))).toBe('bachelor');
    expect(usualDiploma(careerRole('mes-engineer'))).toBe('master');
    expect(usualDiploma(careerRole('founder'))).toBe('master');
  });
});
