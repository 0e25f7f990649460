import { Edit, useLocale, useRecordContext, useTranslate } from 'react-admin';
import { localized } from '../i18n/localized';
import { RoleForm } from './RoleForm';

/** "Edit Role Manager" by the role's name in the screen's language, not its key (MANAGER). */
function RoleTitle() {
  const record = useRecordContext();
  const translate = useTranslate();
  const locale = useLocale();
  if (!record) return null;
  return (
    <>
      {translate('ra.page.edit', {
        name: translate('resources.roles.name', { smart_count: 1 }),
        recordRepresentation: localized(record.name, locale, String(record.key)),
      })}
    </>
  );
}

export function RoleEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="list" title={<RoleTitle />}>
      <RoleForm creating={false} />
    </Edit>
  );
}
