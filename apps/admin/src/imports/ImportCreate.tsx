import { Card, CardContent } from '@mui/material';
import { Title } from 'react-admin';
import { ImportWizard } from './ImportWizard';

/** A new import, from its file (/imports/create). */
export function ImportCreate() {
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="patron.imports.newTitle" />
      <CardContent>
        <ImportWizard />
      </CardContent>
    </Card>
  );
}
