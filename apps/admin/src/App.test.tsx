import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { RESOURCES } from './App';
import { resourceFor } from './common/adminResource';

const SCREENS = ['list', 'show', 'create', 'edit'] as const;

/** Which screens of each resource a staff member with these permissions is offered. */
function offered(permissions: string[] | undefined) {
  return Object.fromEntries(
    RESOURCES.map((r) => {
      const { props } = resourceFor(r, permissions) as ReactElement<Record<string, unknown>>;
      return [props.name, SCREENS.filter((s) => props[s] !== undefined)];
    }),
  );
}

describe('the resources App lists', () => {
  it('come in the menu’s order', () => {
    expect(RESOURCES.map((r) => r.name)).toEqual([
      'dashboard',
      'customers',
      'duplicates',
      'tags',
      'categories',
      'relationTypes',
      'attributeDefinitions',
      'currencies',
      'loyaltyProgramme',
      'tiers',
      'rfm',
      'groups',
      'mailings',
      'messageTemplates',
      'automations',
      'channels',
      'balanceBatches',
      'giftCards',
      'imports',
      'branches',
      'customerRequests',
      'newsPosts',
      'products',
      'staff',
      'roles',
      'audit',
      'apiKeys',
      'webhooks',
      'jobs',
      'workspaceSettings',
    ]);
  });

  it('offer a staff member with no permissions the customer list and card, and the tags', () => {
    expect(offered(undefined)).toEqual({
      dashboard: [],
      customers: ['list', 'show'],
      duplicates: [],
      tags: ['list'],
      categories: ['list'],
      relationTypes: ['list'],
      attributeDefinitions: [],
      currencies: [],
      loyaltyProgramme: [],
      tiers: [],
      rfm: [],
      groups: [],
      balanceBatches: [],
      giftCards: [],
      mailings: [],
      messageTemplates: [],
      automations: [],
      channels: [],
      imports: [],
      branches: [],
      customerRequests: [],
      newsPosts: [],
      products: [],
      staff: [],
      roles: [],
      audit: [],
      apiKeys: [],
      webhooks: [],
      jobs: [],
      workspaceSettings: [],
    });
  });

  it('offer each screen to whoever holds the permission it needs', () => {
    expect(offered(['customers.write', 'loyalty.read', 'loyalty.adjust'])).toEqual({
      dashboard: [],
      customers: ['list', 'show', 'create', 'edit'],
      duplicates: [],
      tags: ['list'],
      categories: ['list'],
      relationTypes: ['list'],
      attributeDefinitions: [],
      currencies: [],
      loyaltyProgramme: [],
      tiers: [],
      rfm: ['list'],
      groups: ['list'],
      balanceBatches: ['list'],
      giftCards: [],
      mailings: [],
      messageTemplates: [],
      automations: [],
      channels: [],
      imports: [],
      branches: [],
      customerRequests: [],
      newsPosts: [],
      products: [],
      staff: [],
      roles: [],
      audit: [],
      apiKeys: [],
      webhooks: [],
      jobs: [],
      workspaceSettings: [],
    });
    expect(offered(['tags.manage', 'attributes.manage', 'loyalty.configure'])).toEqual({
      dashboard: [],
      customers: ['list', 'show'],
      duplicates: [],
      tags: ['list', 'create', 'edit'],
      categories: ['list'],
      relationTypes: ['list'],
      attributeDefinitions: ['list', 'create', 'edit'],
      currencies: ['list', 'create', 'edit'],
      loyaltyProgramme: ['list'],
      tiers: ['list', 'create', 'edit'],
      rfm: [],
      groups: ['create', 'edit'],
      balanceBatches: [],
      giftCards: [],
      mailings: [],
      messageTemplates: [],
      automations: [],
      channels: [],
      imports: [],
      branches: [],
      customerRequests: [],
      newsPosts: [],
      products: [],
      staff: [],
      roles: [],
      audit: [],
      apiKeys: [],
      webhooks: [],
      jobs: [],
      workspaceSettings: [],
    });
    // Staff, roles and the audit log: only for who manages staff.
    expect(offered(['staff.manage'])).toMatchObject({
      staff: ['list', 'create'],
      roles: ['list', 'create', 'edit'],
      audit: ['list'],
      apiKeys: [],
      webhooks: [],
      jobs: [],
      workspaceSettings: [],
    });
    expect(offered(['branches.read']).branches).toEqual(['list']);
    expect(offered(['giftCards.redeem']).giftCards).toEqual([]);
    expect(offered(['giftCards.manage']).giftCards).toEqual(['list']);
    expect(offered(['branches.read', 'branches.manage']).branches).toEqual(['list', 'create', 'edit']);
    expect(offered(['customerRequests.handle']).customerRequests).toEqual(['list']);
    expect(offered(['news.read']).newsPosts).toEqual(['list']);
    expect(offered(['news.read', 'news.manage']).newsPosts).toEqual(['list', 'create', 'edit']);
    expect(offered(['products.read']).products).toEqual(['list']);
    expect(offered(['products.read', 'products.manage']).products).toEqual(['list', 'create', 'edit']);
    expect(offered(['apiKeys.manage']).apiKeys).toEqual(['list']);
    expect(offered(['webhooks.manage']).webhooks).toEqual(['list']);
    expect(offered(['jobs.read']).jobs).toEqual(['list']);
    expect(offered(['reports.read']).dashboard).toEqual(['list']);
    expect(offered(['workspace.manage']).workspaceSettings).toEqual(['list']);
    // Imports: their list, the wizard and one import, only for who may import customers.
    expect(offered(['customers.import']).imports).toEqual(['list', 'show', 'create']);
    expect(offered(['customers.merge']).duplicates).toEqual(['list']);
    // Automations and mailings: analysts read them (run logs, reports); managers change them.
    for (const resource of ['automations', 'mailings'] as const) {
      expect(offered([`${resource}.read`])[resource]).toEqual(['list', 'show']);
      expect(offered([`${resource}.read`, `${resource}.manage`])[resource]).toEqual([
        'list',
        'show',
        'create',
        'edit',
      ]);
    }
    expect(offered(['templates.manage']).messageTemplates).toEqual(['list', 'create', 'edit']);
    expect(offered(['channels.manage']).channels).toEqual(['list']);
  });
});
