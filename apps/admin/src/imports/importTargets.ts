import { type LocalizedText, localized } from '../i18n/localized';

export interface ImportTarget {
  key: string;
  label: string | LocalizedText;
  kind: string;
  group?: string | null;
}

/** A target's name in the UI language (attributes carry theirs in three languages). */
export function targetLabel(target: ImportTarget, locale: string): string {
  return typeof target.label === 'string' ? target.label : localized(target.label, locale, target.key);
}

/** The targets by group, groups in the order the server lists them. */
export function targetGroups(targets: readonly ImportTarget[]): { group: string; members: ImportTarget[] }[] {
  const groups = new Map<string, ImportTarget[]>();
  for (const t of targets) {
    const group = t.group ?? '';
    groups.set(group, [...(groups.get(group) ?? []), t]);
  }
  return [...groups].map(([group, members]) => ({ group, members }));
}
