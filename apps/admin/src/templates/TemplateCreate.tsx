import { Create } from 'react-admin';
import { TemplateForm } from './TemplateForm';

export function TemplateCreate() {
  return (
    <Create redirect="edit" title="patron.templates.createTitle">
      <TemplateForm />
    </Create>
  );
}
