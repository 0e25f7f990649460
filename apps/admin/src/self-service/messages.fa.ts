export const fa = {
  resources: { customerRequests: { name: 'درخواست مشتری |||| درخواست‌های مشتریان' } },
  patron: {
    roleAdmin: {
      areas: { selfService: 'پنل مشتری', customerRequests: 'درخواست‌های مشتریان' },
      permission: {
        selfService_invite: 'دعوت مشتری به پنل مشتری (پیوندی برای تعیین گذرواژه)',
        customerRequests_handle: 'خواندن درخواست‌های مشتریان، پاسخ‌دادن و بستن آن‌ها',
      },
    },
    selfService: {
      signInAddress: 'نشانی ورود مشتریان',
      signInAddressHelp: 'مشتریان بعداً با شمارهٔ موبایل یا ایمیل و گذرواژه از اینجا وارد می‌شوند.',
      invite: 'دعوت به پنل مشتری',
      invitationTitle: 'دعوت‌نامهٔ پنل مشتری',
      invitationHelp:
        'این پیوند را به مشتری بدهید: با آن یک بار، تا %{until}، گذرواژه‌اش را تعیین می‌کند. دعوت‌نامهٔ تازه آن را باطل می‌کند.',
      link: 'پیوند',
      copy: 'رونوشت پیوند',
      copied: 'پیوند رونوشت شد',
      emailed: 'پیوند به ایمیل مشتری هم فرستاده شد.',
    },
    customerRequests: {
      status: 'وضعیت',
      all: 'همه',
      statuses: { OPEN: 'باز', ANSWERED: 'پاسخ داده شده', CLOSED: 'بسته' },
      sent: 'ارسال',
      customer: 'مشتری',
      noName: 'بی‌نام',
      request: 'درخواست',
      answer: 'پاسخ',
      reply: 'پاسخ',
      edit: 'تغییر پاسخ',
      close: 'بستن',
      send: 'ارسال پاسخ',
      answerTitle: 'پاسخ به درخواست',
      answered: 'پاسخ ارسال شد',
      closedDone: 'درخواست بسته شد',
    },
  },
};
