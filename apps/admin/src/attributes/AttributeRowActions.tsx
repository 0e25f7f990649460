import ArrowDownward from '@mui/icons-material/ArrowDownward';
import ArrowUpward from '@mui/icons-material/ArrowUpward';
import { IconButton, Stack, Tooltip } from '@mui/material';
import { Button, useListContext, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { apollo } from '../api/apollo';
import {
  ReorderAttributesMutation,
  RestoreAttributeMutation,
  RetireAttributeMutation,
} from '../api/documents';
import { refreshRegistry } from '../api/registry';

/** Move within the group, retire or restore; the list refreshes and so do forms and columns. */
export function AttributeRowActions() {
  const record = useRecordContext();
  const { data = [] } = useListContext();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  if (!record) return null;
  const siblings = data.filter((d) => d.group === record.group && !d.retired);
  const index = siblings.findIndex((d) => d.id === record.id);
  const run = async (work: () => Promise<unknown>) => {
    try {
      await work();
      await refreshRegistry();
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  };
  const move = (delta: number) =>
    run(() => {
      const ids = siblings.map((d) => String(d.id));
      const [moved] = ids.splice(index, 1);
      ids.splice(index + delta, 0, moved as string);
      return apollo.mutate({ mutation: ReorderAttributesMutation, variables: { ids } });
    });
  const stop = (e: React.MouseEvent) => e.stopPropagation();
  return (
    <Stack direction="row" alignItems="center" onClick={stop}>
      {!record.retired && (
        <>
          <Tooltip title={translate('patron.attributes.moveUp')}>
            <span>
              <IconButton
                size="small"
                disabled={index <= 0}
                onClick={() => move(-1)}
                aria-label={translate('patron.attributes.moveUp')}
              >
                <ArrowUpward fontSize="small" />
              </IconButton>
            </span>
          </Tooltip>
          <Tooltip title={translate('patron.attributes.moveDown')}>
            <span>
              <IconButton
                size="small"
                disabled={index < 0 || index >= siblings.length - 1}
                onClick={() => move(1)}
                aria-label={translate('patron.attributes.moveDown')}
              >
                <ArrowDownward fontSize="small" />
              </IconButton>
            </span>
          </Tooltip>
        </>
      )}
      {!record.system &&
        (record.retired ? (
          <Button
            label="patron.attributes.restore"
            onClick={() =>
              run(() =>
                apollo.mutate({ mutation: RestoreAttributeMutation, variables: { id: String(record.id) } }),
              )
            }
          />
        ) : (
          <Button
            label="patron.attributes.retire"
            onClick={() =>
              run(() =>
                apollo.mutate({ mutation: RetireAttributeMutation, variables: { id: String(record.id) } }),
              )
            }
          />
        ))}
    </Stack>
  );
}
