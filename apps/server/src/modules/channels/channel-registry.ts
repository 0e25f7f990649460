import type { ChannelDefinition, PatronModule } from '@patron/sdk';
import { CONSENT_KINDS } from '../consents/consent-kinds.js';

/** Every enabled module's channels, by provider. */
export class ChannelRegistry {
  private readonly byProvider = new Map<string, ChannelDefinition>();

  /** Two modules declaring one provider, or a channel needing an unknown consent, stop the start. */
  constructor(modules: readonly PatronModule[]) {
    const owner = new Map<string, string>();
    for (const module of modules) {
      for (const definition of module.channels ?? []) {
        const first = owner.get(definition.provider);
        if (first)
          throw new Error(
            `Channel provider "${definition.provider}" is declared by both module "${first}" and module "${module.name}"; disable one of them`,
          );
        // Audiences and sends check this consent: a kind nobody can grant would reach no one.
        if (!(CONSENT_KINDS as readonly string[]).includes(definition.consent))
          throw new Error(
            `Channel provider "${definition.provider}" of module "${module.name}" needs consent "${definition.consent}", which is not one of ${CONSENT_KINDS.join(', ')}`,
          );
        owner.set(definition.provider, module.name);
        this.byProvider.set(definition.provider, definition);
      }
    }
  }

  all(): ChannelDefinition[] {
    return [...this.byProvider.values()];
  }

  provider(provider: string): ChannelDefinition | undefined {
    return this.byProvider.get(provider);
  }

  /** The first channel of a kind: providers of one kind share its consent and address. */
  ofKind(kind: string): ChannelDefinition | undefined {
    return this.all().find((d) => d.kind === kind);
  }
}
