import { refusal } from '../../graphql/errors.js';
import type { CardTabSource } from '../../runtime/kernel.js';
import type { CustomerService } from '../customers/customer.service.js';
import { ContentProblem, readCardTabContent, type ShownContent } from './card-tab-content.js';

/** A tab as the card lists it. */
export interface CardTabInfo {
  key: string;
  module: string;
  label: { en?: string | null; ru?: string | null; fa?: string | null };
  order: number;
}

export type Language = 'en' | 'ru' | 'fa';

const KEY = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const DEFAULT_ORDER = 100;
/** How long a tab's `load` may take before the tab shows CARD_TAB_FAILED. */
export const CARD_TAB_TIMEOUT_MS = 5_000;

class TimedOut extends Error {}

/** Every enabled module's card tabs: which a staff member sees, and one tab's checked content. */
export class CardTabService {
  private readonly byKey = new Map<string, CardTabSource>();

  /** A repeated key, a key that is not lower-kebab, no English label or an unknown permission stop the start. */
  constructor(
    sources: readonly CardTabSource[],
    permissions: ReadonlySet<string>,
    private readonly customers: CustomerService,
    private readonly log: (message: string) => void,
    private readonly timeoutMs = CARD_TAB_TIMEOUT_MS,
  ) {
    for (const source of sources) {
      const { key, label, permission } = source.tab;
      const first = this.byKey.get(key);
      if (first)
        throw new Error(
          `Card tab "${key}" is declared by both module "${first.module}" and module "${source.module}"; disable one of them`,
        );
      if (!KEY.test(key))
        throw new Error(
          `Card tab "${key}" of module "${source.module}" needs a lower-kebab key (like "tickets")`,
        );
      if (!label?.en?.trim())
        throw new Error(`Card tab "${key}" of module "${source.module}" needs an English label`);
      if (!permissions.has(permission))
        throw new Error(
          `Card tab "${key}" of module "${source.module}" needs permission "${permission}", which no enabled module declares`,
        );
      this.byKey.set(key, source);
    }
  }

  /** The tabs whose permission the caller holds, in order, for a customer of the workspace. */
  async visible(workspaceId: string, customerId: string, held: ReadonlySet<string>): Promise<CardTabInfo[]> {
    await this.customers.getProfile(workspaceId, customerId);
    return [...this.byKey.values()]
      .filter((s) => held.has(s.tab.permission))
      .map((s) => ({
        key: s.tab.key,
        module: s.module,
        label: s.tab.label,
        order: s.tab.order ?? DEFAULT_ORDER,
      }))
      .sort((a, b) => a.order - b.order || a.key.localeCompare(b.key));
  }

  /**
   * One tab's content for a customer of the workspace. A load that throws or takes too long is
   * CARD_TAB_FAILED, content of the wrong shape CARD_TAB_CONTENT_INVALID; both are logged with the
   * module's name, since only its author can fix them.
   */
  async content(
    workspaceId: string,
    customerId: string,
    key: string,
    held: ReadonlySet<string>,
    language: Language,
  ): Promise<ShownContent> {
    const source = this.byKey.get(key);
    if (!source) throw refusal('CARD_TAB_NOT_FOUND', { tab: key });
    if (!held.has(source.tab.permission)) throw refusal('FORBIDDEN', { permissions: source.tab.permission });
    const customer = await this.customers.getProfile(workspaceId, customerId);
    const context = { workspaceId, customerId: customer.id, language, services: source.services };
    const where = `card tab ${key} (module ${source.module})`;
    let raw: unknown;
    let timer: NodeJS.Timeout | undefined;
    try {
      raw = await Promise.race([
        Promise.resolve().then(() => source.tab.load(context)),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new TimedOut()), this.timeoutMs);
        }),
      ]);
    } catch (error) {
      this.log(
        error instanceof TimedOut
          ? `${where}: no answer within ${this.timeoutMs} ms`
          : `${where}: load failed: ${(error as Error)?.stack ?? String(error)}`,
      );
      throw refusal('CARD_TAB_FAILED', { tab: key });
    } finally {
      clearTimeout(timer);
    }
    try {
      return readCardTabContent(raw);
    } catch (error) {
      if (!(error instanceof ContentProblem)) throw error;
      this.log(`${where}: content cannot be shown: ${error.message}`);
      throw refusal('CARD_TAB_CONTENT_INVALID', { tab: key, path: error.path || 'content' });
    }
  }
}
