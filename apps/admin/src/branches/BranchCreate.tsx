import { Create } from 'react-admin';
import { BranchForm } from './BranchForm';

export function BranchCreate() {
  return (
    <Create redirect="list">
      <BranchForm creating />
    </Create>
  );
}
