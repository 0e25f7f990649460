import { Edit } from 'react-admin';
import { LocalizedEditTitle } from '../common/LocalizedEditTitle';
import { useThresholdsAsNumbers } from './ThresholdInput';
import { TierForm } from './TierForm';

/** The tier of the route's id (or of `id`, for a test). */
export function TierEdit({ id }: { id?: string }) {
  const transform = useThresholdsAsNumbers();
  return (
    <Edit
      id={id}
      mutationMode="pessimistic"
      redirect="list"
      title={<LocalizedEditTitle />}
      transform={transform}
    >
      <TierForm creating={false} />
    </Edit>
  );
}
