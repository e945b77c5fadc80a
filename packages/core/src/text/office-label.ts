import type { Office } from '../schemas/geo.js';

/** The office as VSS's pickers print it (§5): "(01027) BHXH TP. Hà Nội - BHXH cơ sở Hai Bà Trưng". */
export function officeLabel(office: Pick<Office, 'code' | 'name' | 'parentName'>): string {
  return office.parentName
    ? `(${office.code}) ${office.parentName} - ${office.name}`
    : `(${office.code}) ${office.name}`;
}
