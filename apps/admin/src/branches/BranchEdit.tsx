import { Edit } from 'react-admin';
import { BranchForm } from './BranchForm';

// Pessimistic: a refusal (a deletion while purchases or staff refer to the branch) shows before the list.
export function BranchEdit() {
  return (
    <Edit redirect="list" mutationMode="pessimistic">
      <BranchForm creating={false} />
    </Edit>
  );
}
