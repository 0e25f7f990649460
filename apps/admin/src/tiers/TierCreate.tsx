import { Create } from 'react-admin';
import { rulesToValues } from '../loyalty-programme/rules';
import { useThresholdsAsNumbers } from './ThresholdInput';
import { TierForm } from './TierForm';

const BLANK = { name: {}, rules: rulesToValues({}) };

export function TierCreate() {
  const transform = useThresholdsAsNumbers();
  return (
    <Create redirect="list" record={BLANK} title="patron.tiers.createTitle" transform={transform}>
      <TierForm creating />
    </Create>
  );
}
