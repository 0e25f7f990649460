import type { PatronApp } from '../../app.js';

const ACTOR = { kind: 'system' as const, id: null, name: 'Demo data' };

/** The demo club's shops: two in Tehran, one in Moscow; its purchases are spread over them. */
export const DEMO_BRANCHES = [
  {
    code: 'tajrish',
    name: { en: 'Tajrish, Tehran', ru: 'Тегеран, Таджриш', fa: 'تهران، تجریش' },
    address: 'Tajrish Square, Shemiran, Tehran',
  },
  {
    code: 'vanak',
    name: { en: 'Vanak, Tehran', ru: 'Тегеран, Ванак', fa: 'تهران، ونک' },
    address: 'Vanak Square, Vali Asr Street, Tehran',
  },
  {
    code: 'arbat',
    name: { en: 'Arbat, Moscow', ru: 'Москва, Арбат', fa: 'مسکو، آربات' },
    address: 'Arbat Street 10, Moscow',
  },
] as const;

/** The branch the demo's operator is bound to: they record purchases there only. */
export const DEMO_OPERATOR_BRANCH = 'tajrish';

/**
 * Creates the demo branches (as an admin would, so each has its audit event) and binds the operator
 * to `DEMO_OPERATOR_BRANCH`.
 */
export async function seedBranches(app: PatronApp, workspaceId: string, operatorId: string): Promise<void> {
  for (const branch of DEMO_BRANCHES) {
    const created = await app.services.branches.create(ACTOR, workspaceId, {
      code: branch.code,
      name: branch.name,
      address: branch.address,
    });
    if (branch.code === DEMO_OPERATOR_BRANCH)
      await app.services.staff.setBranch(ACTOR, workspaceId, operatorId, created.id);
  }
}
