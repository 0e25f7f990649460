import { Create } from 'react-admin';
import { rulesToValues } from '../loyalty-programme/rules';
import { TierForm } from './TierForm';

const BLANK = { name: {}, rules: rulesToValues({}) };

export function TierCreate() {
  return (
    <Create redirect="list" record={BLANK} title="patron.tiers.createTitle">
      <TierForm creating />
    </Create>
  );
}
