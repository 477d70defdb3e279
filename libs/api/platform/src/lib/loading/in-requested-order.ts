/** `rows` (from one `WHERE id IN (...)` query) in the order of `ids`, null for a missing id: what DataLoader expects. */
export function inRequestedOrder<T extends { id: string }>(
  ids: readonly string[],
  rows: readonly T[],
): Array<T | null> {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => byId.get(id) ?? null);
}
