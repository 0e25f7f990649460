import ArrowDownward from '@mui/icons-material/ArrowDownward';
import ArrowUpward from '@mui/icons-material/ArrowUpward';
import { IconButton, Stack, Tooltip } from '@mui/material';
import type { MouseEvent } from 'react';
import { Button, useListContext, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { apollo } from '../apollo';
import { useNotifyRefusal } from '../common/useNotifyRefusal';
import { moved } from './reorder';
import {
  ReorderAttributeDefinitionsMutation,
  RestoreAttributeDefinitionMutation,
  RetireAttributeDefinitionMutation,
} from './screenDocuments';
import { refreshAttributeRegistry } from './useAttributeRegistry';

/** Move within the group, retire or restore; afterwards the list, the forms and the columns all follow. */
export function AttributeRowActions() {
  const record = useRecordContext();
  const { data = [] } = useListContext();
  const translate = useTranslate();
  const notify = useNotify();
  const refused = useNotifyRefusal();
  const refresh = useRefresh();
  if (!record) return null;
  const siblings = data.filter((d) => d.group === record.group && !d.retired).map((d) => String(d.id));
  const index = siblings.indexOf(String(record.id));
  const id = String(record.id);

  const run = async (work: () => Promise<unknown>, done?: string) => {
    try {
      await work();
      await refreshAttributeRegistry();
      refresh();
      if (done) notify(done, { type: 'info' });
    } catch (error) {
      refused(error);
    }
  };
  const move = (delta: number) =>
    run(() =>
      apollo.mutate({
        mutation: ReorderAttributeDefinitionsMutation,
        variables: { ids: moved(siblings, index, delta) },
      }),
    );
  const retire = () =>
    run(
      () => apollo.mutate({ mutation: RetireAttributeDefinitionMutation, variables: { id } }),
      'patron.attributes.retiredDone',
    );
  const restore = () =>
    run(
      () => apollo.mutate({ mutation: RestoreAttributeDefinitionMutation, variables: { id } }),
      'patron.attributes.restoredDone',
    );
  // The row itself opens the edit form; buttons must not.
  const stop = (e: MouseEvent) => e.stopPropagation();

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
                data-testid={`move-up-${record.key}`}
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
                data-testid={`move-down-${record.key}`}
              >
                <ArrowDownward fontSize="small" />
              </IconButton>
            </span>
          </Tooltip>
        </>
      )}
      {!record.system &&
        (record.retired ? (
          <Button label="patron.attributes.restore" onClick={restore} data-testid={`restore-${record.key}`} />
        ) : (
          <Button label="patron.attributes.retire" onClick={retire} data-testid={`retire-${record.key}`} />
        ))}
    </Stack>
  );
}
