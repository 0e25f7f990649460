import { Edit } from 'react-admin';
import { TemplateForm } from './TemplateForm';

export function TemplateEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect={false}>
      <TemplateForm />
    </Edit>
  );
}
