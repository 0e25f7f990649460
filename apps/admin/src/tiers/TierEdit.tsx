import { Edit } from 'react-admin';
import { LocalizedEditTitle } from '../common/LocalizedEditTitle';
import { TierForm } from './TierForm';

export function TierEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="list" title={<LocalizedEditTitle />}>
      <TierForm creating={false} />
    </Edit>
  );
}
