import type { ChannelDefinition, PatronModule } from '@patron/sdk';

/** Every enabled module's channels, by provider. */
export class ChannelRegistry {
  private readonly byProvider = new Map<string, ChannelDefinition>();

  /** Two modules declaring one provider stop the start, naming both. */
  constructor(modules: readonly PatronModule[]) {
    const owner = new Map<string, string>();
    for (const module of modules) {
      for (const definition of module.channels ?? []) {
        const first = owner.get(definition.provider);
        if (first)
          throw new Error(
            `Channel provider "${definition.provider}" is declared by both module "${first}" and module "${module.name}"; disable one of them`,
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
