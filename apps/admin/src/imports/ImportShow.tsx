import { useQuery } from '@apollo/client/react';
import { Alert, Card, CardContent, LinearProgress } from '@mui/material';
import { Title, useTranslate } from 'react-admin';
import { useParams } from 'react-router-dom';
import { ImportQuery } from './documents';
import { ImportWizard } from './ImportWizard';

/** One import opened from the list (/imports/:id/show): the wizard where the import is. */
export function ImportShow() {
  const translate = useTranslate();
  const { id = '' } = useParams();
  const { data, error } = useQuery(ImportQuery, { variables: { id }, fetchPolicy: 'network-only' });
  const imp = data?.import;
  // Another workspace's import, or a made-up id, is simply not found.
  const missing = error || (data && !imp);
  return (
    <Card sx={{ mt: 2 }}>
      <Title title={imp?.fileName ?? 'patron.imports.title'} />
      <CardContent>
        {missing && <Alert severity="error">{translate('ra.notification.item_doesnt_exist')}</Alert>}
        {!data && !error && <LinearProgress />}
        {imp && <ImportWizard key={imp.id} initial={imp} />}
      </CardContent>
    </Card>
  );
}
