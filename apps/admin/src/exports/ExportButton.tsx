import Download from '@mui/icons-material/Download';
import { useState } from 'react';
import { Button, useListContext, usePermissions } from 'react-admin';
import { lazyPart } from '../common/lazyPart';
import { useCustomerColumns } from '../customer-search/columns/useCustomerColumns';
import { useCustomerCount } from '../customer-search/useCustomerCount';
import type { ExportSource } from './ExportDialog';

const ExportDialog = lazyPart(async () => (await import('./ExportDialog')).ExportDialog);

/** Opens the export dialog on the list as it is filtered (or, from the bulk bar, on the ticked rows). */
export function ExportButton({ source = 'list', size }: { source?: ExportSource; size?: 'small' }) {
  const { permissions } = usePermissions<string[]>();
  const { selectedIds } = useListContext();
  const { query } = useCustomerCount();
  const { columns } = useCustomerColumns();
  const [open, setOpen] = useState(false);
  if (!permissions?.includes('customers.export')) return null;
  return (
    <>
      <Button
        label="patron.export.button"
        onClick={() => setOpen(true)}
        size={size}
        data-testid={source === 'selection' ? 'bulk-export' : 'export-button'}
      >
        <Download />
      </Button>
      <ExportDialog
        when={open}
        open={open}
        onClose={() => setOpen(false)}
        query={query}
        selectedIds={selectedIds.map(String)}
        listColumns={columns.map((c) => c.key)}
        initialSource={source}
      />
    </>
  );
}
