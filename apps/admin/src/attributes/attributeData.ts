import type { GetListParams } from 'react-admin';
import { apollo } from '../apollo';
import { withoutTypename } from '../data-provider/withoutTypename';
import type {
  AttributeChoiceInput,
  AttributeType,
  CreateAttributeDefinitionInput,
  LocalizedTextInput,
  UpdateAttributeDefinitionInput,
} from '../gql/graphql';
import { isChoiceType } from './attributeTypes';
import { CreateAttributeDefinitionMutation, UpdateAttributeDefinitionMutation } from './screenDocuments';
import { attributeRegistry, inRegistryOrder, refreshAttributeRegistry } from './useAttributeRegistry';

async function registry(includeRetired: boolean) {
  const data = await attributeRegistry.load({ includeRetired }, true);
  return inRegistryOrder(data.attributeDefinitions, data.attributeGroups);
}

const text = (value: unknown): LocalizedTextInput => withoutTypename((value ?? {}) as LocalizedTextInput);

function choices(data: Record<string, unknown>): AttributeChoiceInput[] | null {
  if (!isChoiceType(data.type)) return null;
  const list = (data.choices ?? []) as { value?: string; label?: unknown }[];
  return list.map((c) => ({ value: String(c.value ?? ''), label: text(c.label) }));
}

/** What both create and update send: everything an admin may change after creation. */
function editable(data: Record<string, unknown>): UpdateAttributeDefinitionInput {
  return {
    group: String(data.group ?? 'main'),
    label: text(data.label),
    helpText: data.helpText ? text(data.helpText) : null,
    required: Boolean(data.required),
    unique: Boolean(data.unique),
    shownInList: Boolean(data.shownInList),
    filterable: data.filterable !== false,
    format: typeof data.format === 'string' && data.format ? data.format : null,
  };
}

/** The attribute registry as a react-admin resource; every write refreshes the shared registry. */
export const attributeDefinitions = {
  async getList(params: GetListParams) {
    const rows = await registry(Boolean(params.filter?.showRetired));
    return { data: rows, total: rows.length };
  },

  async getOne(id: string) {
    const found = (await registry(true)).find((d) => d.id === id);
    if (!found) throw new Error('ra.notification.item_doesnt_exist');
    return { data: found };
  },

  async create(data: Record<string, unknown>) {
    const input: CreateAttributeDefinitionInput = {
      ...(editable(data) as Omit<CreateAttributeDefinitionInput, 'key' | 'type'>),
      key: String(data.key ?? ''),
      type: data.type as AttributeType,
      choices: choices(data),
    };
    const { data: result } = await apollo.mutate({
      mutation: CreateAttributeDefinitionMutation,
      variables: { input },
    });
    await refreshAttributeRegistry();
    return { data: { ...data, id: result?.createAttributeDefinition.id ?? '' } };
  },

  async update(id: string, data: Record<string, unknown>) {
    const input: UpdateAttributeDefinitionInput = {
      ...editable(data),
      ...(isChoiceType(data.type) ? { choices: choices(data) } : {}),
    };
    await apollo.mutate({ mutation: UpdateAttributeDefinitionMutation, variables: { id, input } });
    await refreshAttributeRegistry();
    return { data: { ...data, id } };
  },
};
