import { Create } from 'react-admin';
import { MailingForm } from './MailingForm';
import { NEW_MAILING } from './mailingForm';

export function MailingCreate() {
  return (
    <Create redirect="show" record={NEW_MAILING} title="patron.mailings.createTitle">
      <MailingForm />
    </Create>
  );
}
