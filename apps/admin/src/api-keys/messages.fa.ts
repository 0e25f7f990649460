/** Persian for messages.ts (same keys; loaded when the language is first used). */
export const fa = {
  resources: { apiKeys: { name: 'کلید API |||| کلیدهای API' } },
  patron: {
    roleAdmin: {
      areas: { apiKeys: 'کلیدهای API' },
      permission: {
        apiKeys_manage: 'ایجاد و باطل کردن کلیدهای API برای برنامه‌های همکار',
      },
    },
    history: { actor: { apiKey: 'کلید API' } },
    apiKeys: {
      menu: 'کلیدهای API',
      title: 'کلیدهای API برای برنامه‌های همکار',
      intro:
        'صندوق‌ها، فروشگاه‌های اینترنتی و برنامه‌های دیگر با یک کلید به Patron وصل می‌شوند، نه با گذرواژهٔ یک کارمند. هر کلید فقط مجوزهای انتخاب‌شده را دارد و در هر دقیقه تعداد محدودی درخواست می‌فرستد.',
      create: 'ساخت کلید',
      createTitle: 'کلید API تازه',
      none: 'هنوز کلیدی نیست',
      name: 'نام',
      nameHelp: 'کدام برنامه از آن استفاده می‌کند، مثلاً «فروشگاه اینترنتی» یا «صندوق ۳»',
      permissions: 'مجوزها',
      rate: 'درخواست در دقیقه',
      rateHelp: 'بیش از این، به برنامه گفته می‌شود صبر کند (HTTP 429)',
      perMinute: '%{count} در دقیقه',
      expires: 'تاریخ انقضا',
      expiresHelp: 'خالی: تا زمان باطل شدن معتبر است',
      created: 'ساخته شده',
      lastUsed: 'آخرین استفاده',
      never: '—',
      status: 'وضعیت',
      statuses: { ACTIVE: 'فعال', EXPIRED: 'منقضی', REVOKED: 'باطل‌شده' },
      revoke: 'باطل کردن',
      revokeTitle: '«%{name}» باطل شود؟',
      revokeContent: 'برنامه‌هایی که این کلید را دارند از درخواست بعدی رد می‌شوند. این کار برگشت‌پذیر نیست.',
      revoked: 'کلید «%{name}» باطل شد',
      secretTitle: 'کلید تازهٔ شما',
      secret: 'کلید',
      secretWarning:
        'این کلید را همین حالا کپی کنید و به برنامه بدهید: فقط همین یک بار نمایش داده می‌شود. Patron فقط اثر انگشت آن را نگه می‌دارد؛ کلید گم‌شده دوباره نمایش داده نمی‌شود، فقط می‌توان آن را باطل کرد و کلید تازه ساخت.',
      secretHelp: 'برنامه آن را این‌گونه می‌فرستد: Authorization: Bearer <کلید>',
      copy: 'کپی',
      copied: 'کپی شد',
      done: 'کپی کردم',
      group: {
        customers: 'مشتریان',
        attributes: 'ویژگی‌ها',
        tags: 'برچسب‌ها',
        loyalty: 'موجودی‌ها',
        purchases: 'خریدها',
      },
      permission: {
        customers: {
          read: 'دیدن مشتریان و تاریخچهٔ آن‌ها',
          write: 'ساخت و ویرایش مشتریان، تغییر وضعیت آن‌ها',
          delete: 'حذف مشتریان',
        },
        attributes: { read: 'دیدن تعریف ویژگی‌ها', manage: 'تعریف، مرتب‌سازی و کنار گذاشتن ویژگی‌ها' },
        tags: { manage: 'ساخت، تغییر نام، تغییر رنگ و حذف برچسب‌ها' },
        loyalty: {
          read: 'دیدن موجودی‌ها و تراکنش‌ها',
          adjust: 'افزودن به موجودی مشتری یا کم کردن از آن، برگرداندن تراکنش',
          configure: 'تعریف ارزها',
        },
        purchases: {
          record: 'ثبت خرید (با موجودی خرج‌شده در آن) و معرفی؛ پرداخت‌شده علامت زدن خرید در انتظار',
          return: 'برگشت خرید، کامل یا بخشی از آن',
        },
      },
    },
  },
};
