import { useListContext } from 'react-admin';
import { lazyPart } from '../common/lazyPart';

const CustomerBulkBar = lazyPart(async () => (await import('./CustomerBulkBar')).CustomerBulkBar);

/** The bulk bar and its dialogs are downloaded when a row is first ticked, then stay (a dialog follows its job). */
export function CustomerBulkBarWhenTicked() {
  const { selectedIds } = useListContext();
  return <CustomerBulkBar when={selectedIds.length > 0} />;
}
