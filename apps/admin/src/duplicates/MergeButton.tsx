import { useQuery } from '@apollo/client/react';
import {
  Button,
  Dialog,
  DialogContent,
  DialogTitle,
  List,
  ListItemButton,
  ListItemText,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useRecordContext, useRedirect, useRefresh, useTranslate } from 'react-admin';
import { MergeSearchQuery } from './documents';
import { type MergeCandidate, MergeDialog } from './MergeDialog';

/** The card's "Merge with…": find the other profile, then compare and merge as on the duplicates screen. */
export function MergeButton() {
  const record = useRecordContext();
  const translate = useTranslate();
  const refresh = useRefresh();
  const redirect = useRedirect();
  const [finding, setFinding] = useState(false);
  const [text, setText] = useState('');
  const [other, setOther] = useState<MergeCandidate | null>(null);
  const { data } = useQuery(MergeSearchQuery, {
    variables: { search: [text.trim()] },
    skip: !finding || text.trim().length < 2,
  });
  if (!record || record.mainCustomerId) return null;
  const self = record as unknown as MergeCandidate;
  const matches = (data?.customers.edges ?? []).map((e) => e.node).filter((c) => c.id !== record.id);
  return (
    <>
      <Button size="small" onClick={() => setFinding(true)} data-testid="merge-with">
        {translate('patron.duplicates.mergeAction')}
      </Button>
      <Dialog open={finding} onClose={() => setFinding(false)} maxWidth="sm" fullWidth>
        <DialogTitle>{translate('patron.duplicates.mergeAction')}</DialogTitle>
        <DialogContent>
          <TextField
            autoFocus
            fullWidth
            margin="dense"
            label={translate('patron.duplicates.searchOther')}
            value={text}
            onChange={(e) => setText(e.target.value)}
            slotProps={{ htmlInput: { 'data-testid': 'merge-search' } }}
          />
          {data && matches.length === 0 && (
            <Typography color="text.secondary">{translate('patron.duplicates.noMatches')}</Typography>
          )}
          <List dense>
            {matches.map((c) => (
              <ListItemButton
                key={c.id}
                data-testid="merge-match"
                onClick={() => {
                  setOther(c);
                  setFinding(false);
                }}
              >
                <ListItemText
                  primary={<bdi>{c.displayName}</bdi>}
                  secondary={
                    <bdi dir="ltr">
                      {[c.mobile, c.email].filter(Boolean).join(translate('patron.separator'))}
                    </bdi>
                  }
                />
              </ListItemButton>
            ))}
          </List>
        </DialogContent>
      </Dialog>
      {other && (
        <MergeDialog
          open
          customers={[self, other]}
          initialMainId={self.id}
          onClose={() => setOther(null)}
          onDone={({ mainCustomerId }) => {
            if (mainCustomerId === record.id) refresh();
            else redirect('show', 'customers', mainCustomerId);
          }}
        />
      )}
    </>
  );
}
