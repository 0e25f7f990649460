import type { AttributeFormatDefinition, PatronModule } from '@patron/sdk';

const FORMAT_KEY = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const BASES: readonly string[] = ['TEXT'];

/** A format an enabled module provides, with that module's name. */
export interface OfferedFormat {
  format: AttributeFormatDefinition;
  module: string;
}

/**
 * Every enabled module's attribute formats. A key two modules declare, a malformed key or base, or a
 * format without its check stops the start, naming the module.
 */
export function offeredFormats(modules: readonly PatronModule[]): OfferedFormat[] {
  const byKey = new Map<string, OfferedFormat>();
  for (const module of modules) {
    for (const format of module.attributeFormats ?? []) {
      const named = `Attribute format "${format.key}" of module "${module.name}"`;
      if (!FORMAT_KEY.test(format.key))
        throw new Error(`${named}: use a lower-kebab key, e.g. ir-national-code`);
      const first = byKey.get(format.key);
      if (first)
        throw new Error(
          `Attribute format "${format.key}" is declared by both module "${first.module}" and module "${module.name}"; disable one of them`,
        );
      if (!BASES.includes(format.base))
        throw new Error(`${named}: base "${format.base}" is not one of ${BASES.join(', ')}`);
      if (typeof format.normalize !== 'function') throw new Error(`${named} has no normalize function`);
      byKey.set(format.key, { format, module: module.name });
    }
  }
  return [...byKey.values()];
}
