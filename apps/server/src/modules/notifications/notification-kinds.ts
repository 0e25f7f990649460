/**
 * The kinds of notice written today and their params, so a caller's params are checked by the
 * compiler. The set is open: a module may write any `<module>.<what>` kind (the SPA shows a generic
 * text for one it does not know) and may add its kinds here by declaration merging:
 * `declare module '../notifications/notification-kinds.js' { interface NotificationKinds { 'x.done': { n: number } } }`.
 */
export interface NotificationKinds {
  'import.finished': { fileName: string; created: number; updated: number; invalid: number };
  'import.failed': { fileName: string };
  'export.ready': { fileName: string; rows: number };
  /** Every stored value of `attribute` a format refuses or writes differently, in a file. */
  'attributes.values-report': { fileName: string; attribute: string; refused: number; rewritten: number };
  /** A background job that stopped with no one to tell but the admins; `job` is its name. */
  'job.failed': { job: string };
  /** `by`: the name of who mentioned the recipient. */
  mention: { by: string };
}

export type NotificationParams<K extends string> = K extends keyof NotificationKinds
  ? NotificationKinds[K]
  : Record<string, unknown>;

/** What a notice says and where a click on it leads, whoever receives it. */
export interface NoticeContent<K extends string = string> {
  kind: K;
  params: NotificationParams<K>;
  /** An in-app route (`#/imports/ID`) or a download (`/files/ID`); nothing else is followed. */
  link?: string | null;
}

/** Links the SPA follows: a route of the app or a file download, never another site or a script. */
export const LINK = /^(#\/|\/files\/)[^\s\\]*$/;
