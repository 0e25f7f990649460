import type { ImportTargetsQuery } from '../gql/graphql';
import { localized } from '../i18n/localized';

export type ImportTarget = ImportTargetsQuery['importTargets'][number];

/** A target's name in the UI language, else English, else its key. */
export const targetLabel = (target: ImportTarget, locale: string): string =>
  localized(target.label, locale, target.key);

/** The targets by group, groups in the order the server lists them. */
export function targetGroups(targets: readonly ImportTarget[]): { group: string; members: ImportTarget[] }[] {
  const groups = new Map<string, ImportTarget[]>();
  for (const t of targets) groups.set(t.group, [...(groups.get(t.group) ?? []), t]);
  return [...groups].map(([group, members]) => ({ group, members }));
}
