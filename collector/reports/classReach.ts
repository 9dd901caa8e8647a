// The Classes page's reach table: devices and visits per class, per school and in total, under the same small-count
// protection as every other report (suppression.ts): each count below 5 is "<5", and since a school's figures are
// the sum of its classes and the total the sum of the schools, no sum may leave exactly one member withheld.

import type { ClassReachRow } from '../storage/classCodes';
import { ProtectedFigures } from './suppression';
import type { ClassReachReport } from './types';

/** Protects one column (devices or visits) over the whole school/class tree; returns a reader of its cells. */
function protectColumn(rows: readonly ClassReachRow[], value: (row: ClassReachRow) => number) {
  const figures = new ProtectedFigures();
  const bySchool = new Map<string, ClassReachRow[]>();
  for (const row of rows) bySchool.set(row.school, [...(bySchool.get(row.school) ?? []), row]);
  const total = figures.add(rows.reduce((sum, row) => sum + value(row), 0));
  const schoolHandles = new Map<string, number>();
  const classHandles = new Map<ClassReachRow, number>();
  for (const [school, classes] of bySchool) {
    const handle = figures.add(classes.reduce((sum, row) => sum + value(row), 0));
    schoolHandles.set(school, handle);
    const parts = classes.map((row) => {
      const part = figures.add(value(row));
      classHandles.set(row, part);
      return part;
    });
    figures.sum(handle, parts);
  }
  figures.sum(total, [...schoolHandles.values()]);
  figures.settle();
  return {
    total: figures.cell(total),
    school: (school: string) => figures.cell(schoolHandles.get(school)!),
    row: (row: ClassReachRow) => figures.cell(classHandles.get(row)!),
  };
}

export function classReachReport(rows: readonly ClassReachRow[]): ClassReachReport {
  const devices = protectColumn(rows, (row) => row.devices);
  const visits = protectColumn(rows, (row) => row.visits);
  const schools = [...new Set(rows.map((row) => row.school))];
  return {
    schools: schools.map((school) => ({
      school,
      devices: devices.school(school),
      visits: visits.school(school),
      classes: rows
        .filter((row) => row.school === school)
        .map((row) => ({ classLabel: row.classLabel, devices: devices.row(row), visits: visits.row(row) })),
    })),
    total: { devices: devices.total, visits: visits.total },
  };
}
