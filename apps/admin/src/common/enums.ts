/**
 * Every value of a schema enum (the object codegen generates), those in `first` in that order and
 * the rest in the schema's: a value the server adds is offered too, one it drops fails the typecheck.
 */
export function enumValues<T extends string>(
  values: Readonly<Record<string, T>>,
  first: readonly T[] = [],
): T[] {
  const all = Object.values(values);
  return [...first.filter((v) => all.includes(v)), ...all.filter((v) => !first.includes(v))];
}
