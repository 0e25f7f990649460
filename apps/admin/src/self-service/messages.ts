/** Self-service invitations on the card and the Customer requests screen (merged by i18n/familyMessages.ts). */
// Russian and Persian are in messages.ru.ts and messages.fa.ts, loaded with their language.
export const en = {
  resources: { customerRequests: { name: 'Customer request |||| Customer requests' } },
  patron: {
    roleAdmin: {
      areas: { selfService: 'Customer self-service', customerRequests: 'Customer requests' },
      permission: {
        selfService_invite: 'Invite a customer to self-service (a link to set their password)',
        customerRequests_handle: 'Read customers’ requests, answer and close them',
      },
    },
    selfService: {
      signInAddress: 'Sign-in address for customers',
      signInAddressHelp: 'Your customers sign in here later, with their mobile or email and password.',
      invite: 'Invite to self-service',
      invitationTitle: 'Self-service invitation',
      invitationHelp:
        'Give this link to the customer: with it they set their password, once, until %{until}. A new invitation voids it.',
      link: 'Link',
      copy: 'Copy the link',
      copied: 'Link copied',
      emailed: 'The link was also sent to the customer’s email.',
    },
    customerRequests: {
      status: 'Status',
      all: 'All',
      statuses: { OPEN: 'Open', ANSWERED: 'Answered', CLOSED: 'Closed' },
      sent: 'Sent',
      customer: 'Customer',
      noName: 'No name',
      request: 'Request',
      answer: 'Answer',
      reply: 'Answer',
      edit: 'Change the answer',
      close: 'Close',
      send: 'Send the answer',
      answerTitle: 'Answer the request',
      answered: 'Answer sent',
      closedDone: 'Request closed',
    },
  },
};
