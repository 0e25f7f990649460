/** The group's ids with the one at `index` moved `delta` places (the order sent to reorderAttributeDefinitions). */
export function moved(ids: readonly string[], index: number, delta: number): string[] {
  const next = [...ids];
  const target = index + delta;
  if (index < 0 || index >= next.length || target < 0 || target >= next.length) return next;
  const [id] = next.splice(index, 1);
  next.splice(target, 0, id as string);
  return next;
}
