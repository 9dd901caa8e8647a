// The roles the hub highlights (content pack) first, in the hub's order, then the others in their usual order.

import type { RoleId } from '../../../common/ids';

export function highlightedFirst<T extends { readonly id: RoleId }>(roles: readonly T[], highlighted: readonly RoleId[]): T[] {
  const rank = (id: RoleId) => {
    const index = highlighted.indexOf(id);
    return index === -1 ? highlighted.length : index;
  };
  return roles.map((role, index) => ({ role, index })).sort((a, b) => rank(a.role.id) - rank(b.role.id) || a.index - b.index).map(({ role }) => role);
}
