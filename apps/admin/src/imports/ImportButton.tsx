import UploadFile from '@mui/icons-material/UploadFile';
import { Button, usePermissions } from 'react-admin';
import { Link } from 'react-router-dom';
import { IMPORT_PERMISSION } from './importModel';

/** The customers list's way to a new import, for who may import. */
export function ImportButton() {
  const { permissions } = usePermissions<string[]>();
  if (!permissions?.includes(IMPORT_PERMISSION)) return null;
  return (
    <Button
      component={Link}
      to="/imports/create"
      label="patron.imports.button"
      data-testid="customers-import"
    >
      <UploadFile />
    </Button>
  );
}
