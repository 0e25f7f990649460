import type { PatronApp } from '@patron/server';

const FIRST = ['Anna', 'Boris', 'Darya', 'Farhad', 'Leila', 'Maxim', 'Nina', 'Omid', 'Sara', 'Yuri'];
const LAST = ['Ivanova', 'Petrov', 'Karimi', 'Smith', 'Rostami', 'Sokolov', 'Brown', 'Ahmadi'];
const CITIES = ['Moscow', 'Tehran', 'London', 'Kazan', 'Shiraz'];

/** Customers through the customers service, as the API creates them (history, search text). */
export async function seedCustomers(app: PatronApp, workspaceId: string, count: number): Promise<void> {
  const actor = { kind: 'system', id: null, name: 'bench:spa' } as const;
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < count; i = next++) {
      await app.services.customers.create(workspaceId, actor, {
        firstName: FIRST[i % FIRST.length],
        lastName: LAST[i % LAST.length],
        email: `customer${i}@bench.patron`,
        city: CITIES[i % CITIES.length],
      });
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
}
