import { Allow } from '@patron/sdk';
import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../graphql/context.js';
import { LocalizedTextInput } from '../../graphql/localized-text.js';
import { personOf } from '../api-keys/person-only.js';
import { P } from '../auth/core-permissions.js';
import type { Locale } from '../exports/export-columns.js';
import type { AttributeDefinitionInput, AttributeService } from './attribute.service.js';
import {
  AttributeDefinition,
  AttributeFormat,
  AttributeGroup,
  AttributeTypeEnum,
  AttributeValuesCheck,
  CreateAttributeDefinitionInput,
  UpdateAttributeDefinitionInput,
} from './attribute.types.js';
import type { AttributeDefinition as AttributeDefinitionRow } from './attribute-definition.entity.js';

function toType(d: AttributeDefinitionRow, attributes: AttributeService): AttributeDefinition {
  const format = d.format ? attributes.formats.get(d.format) : undefined;
  return {
    id: d.id,
    key: d.key,
    label: d.label,
    type: d.type as AttributeTypeEnum,
    system: d.system,
    required: d.required,
    unique: d.unique,
    defaultValue: d.defaultValue ?? null,
    helpText: d.helpText ?? null,
    group: d.groupKey,
    position: d.position,
    shownInList: d.shownInList,
    filterable: d.filterable,
    retired: d.retiredAt != null,
    choices: d.choices,
    format: d.format ?? null,
    formatMissing: attributes.formatMissing(d),
    formatHint: format?.hint ?? null,
  };
}

/** GraphQL nulls mean "not given" for optional update fields. */
function toInput(
  input: CreateAttributeDefinitionInput | UpdateAttributeDefinitionInput,
): AttributeDefinitionInput {
  const out: AttributeDefinitionInput = {};
  for (const [k, v] of Object.entries(input)) {
    if (v !== null && v !== undefined) (out as Record<string, unknown>)[k] = v;
  }
  if ('defaultValue' in input && input.defaultValue === null) out.defaultValue = null;
  if ('helpText' in input && input.helpText === null) out.helpText = null;
  if ('format' in input && input.format === null) out.format = null;
  return out;
}

@Resolver()
export class AttributeResolver {
  @Allow(P.attributesRead)
  @Query(() => [AttributeDefinition], { description: 'The attribute registry, in group and position order.' })
  async attributeDefinitions(
    @Ctx() ctx: AppContext,
    @Arg('includeRetired', { defaultValue: false }) includeRetired: boolean,
  ): Promise<AttributeDefinition[]> {
    return (await ctx.services.attributes.list(ctx.workspaceId(), includeRetired)).map((d) =>
      toType(d, ctx.services.attributes),
    );
  }

  @Allow(P.attributesRead)
  @Query(() => [AttributeFormat], {
    description: 'The formats enabled modules provide, which attributes of their base type may use.',
  })
  attributeFormats(@Ctx() ctx: AppContext): AttributeFormat[] {
    return ctx.services.attributes.offered.map(({ format, module }) => ({
      key: format.key,
      base: format.base as AttributeTypeEnum,
      label: format.label,
      hint: format.hint ?? null,
      module,
    }));
  }

  @Allow(P.attributesManage)
  @Query(() => AttributeValuesCheck, {
    description:
      "Checks the attribute's stored values by a format: the one about to be chosen, or without `format` its own. Reads every live customer with a value, a batch at a time.",
  })
  async attributeValuesCheck(
    @Ctx() ctx: AppContext,
    @Arg('id', () => ID) id: string,
    @Arg('format', () => String, { nullable: true }) format: string | null,
  ): Promise<AttributeValuesCheck> {
    const check = await ctx.services.attributes.checkValues(ctx.workspaceId(), id, format);
    return {
      ...check,
      firstRefused: check.firstRefused.map((f) => ({ ...f, storedAs: null })),
      firstRewritten: check.firstRewritten.map((f) => ({ ...f, problem: null })),
    };
  }

  @Allow(P.attributesManage)
  @Mutation(() => ID, {
    description:
      "Writes every stored value the format refuses or would write differently to a CSV file, in the background (a run on the Jobs screen); the requester's bell links to the file when it is ready. Answers the run's id.",
  })
  async startAttributeValuesReport(
    @Ctx() ctx: AppContext,
    @Arg('id', () => ID) id: string,
    @Arg('format', () => String, { nullable: true }) format: string | null,
  ): Promise<string> {
    // The file belongs to a person: only they download it.
    const staff = personOf(ctx);
    return ctx.services.valuesReports.start(
      { workspaceId: ctx.workspaceId(), staffId: staff.id, locale: staff.locale as Locale },
      ctx.actor(),
      id,
      format,
    );
  }

  @Allow(P.attributesRead)
  @Query(() => [AttributeGroup])
  async attributeGroups(@Ctx() ctx: AppContext): Promise<AttributeGroup[]> {
    return (await ctx.services.attributes.groups(ctx.workspaceId())).map((g) => ({
      key: g.key,
      label: g.label,
      position: g.position,
    }));
  }

  @Allow(P.attributesManage)
  @Mutation(() => AttributeGroup)
  async createAttributeGroup(
    @Ctx() ctx: AppContext,
    @Arg('key') key: string,
    @Arg('label', () => LocalizedTextInput) label: LocalizedTextInput,
  ): Promise<AttributeGroup> {
    const g = await ctx.services.attributes.createGroup(ctx.workspaceId(), key, label);
    return { key: g.key, label: g.label, position: g.position };
  }

  @Allow(P.attributesManage)
  @Mutation(() => AttributeDefinition)
  async createAttributeDefinition(
    @Ctx() ctx: AppContext,
    @Arg('input') input: CreateAttributeDefinitionInput,
  ): Promise<AttributeDefinition> {
    return toType(
      await ctx.services.attributes.create(ctx.workspaceId(), toInput(input)),
      ctx.services.attributes,
    );
  }

  @Allow(P.attributesManage)
  @Mutation(() => AttributeDefinition)
  async updateAttributeDefinition(
    @Ctx() ctx: AppContext,
    @Arg('id', () => ID) id: string,
    @Arg('input') input: UpdateAttributeDefinitionInput,
  ): Promise<AttributeDefinition> {
    return toType(
      await ctx.services.attributes.update(ctx.workspaceId(), id, toInput(input)),
      ctx.services.attributes,
    );
  }

  @Allow(P.attributesManage)
  @Mutation(() => [AttributeDefinition], {
    description: 'Sets positions in the order given (ids of one group).',
  })
  async reorderAttributeDefinitions(
    @Ctx() ctx: AppContext,
    @Arg('ids', () => [ID]) ids: string[],
  ): Promise<AttributeDefinition[]> {
    return (await ctx.services.attributes.reorder(ctx.workspaceId(), ids)).map((d) =>
      toType(d, ctx.services.attributes),
    );
  }

  @Allow(P.attributesManage)
  @Mutation(() => AttributeDefinition)
  async retireAttributeDefinition(
    @Ctx() ctx: AppContext,
    @Arg('id', () => ID) id: string,
  ): Promise<AttributeDefinition> {
    return toType(
      await ctx.services.attributes.setRetired(ctx.workspaceId(), id, true),
      ctx.services.attributes,
    );
  }

  @Allow(P.attributesManage)
  @Mutation(() => AttributeDefinition)
  async restoreAttributeDefinition(
    @Ctx() ctx: AppContext,
    @Arg('id', () => ID) id: string,
  ): Promise<AttributeDefinition> {
    return toType(
      await ctx.services.attributes.setRetired(ctx.workspaceId(), id, false),
      ctx.services.attributes,
    );
  }
}
