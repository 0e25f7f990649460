import type { en } from './messages';

export const fa: typeof en = {
  resources: { giftCards: { name: 'کارت هدیه |||| کارت‌های هدیه' } },
  patron: {
    roleAdmin: {
      areas: { giftCards: 'کارت‌های هدیه' },
      permission: {
        giftCards_manage: 'صدور کارت هدیه، دیدن فهرست، مسدود و آزاد کردن و دریافت کدهای هر دسته',
        giftCards_redeem: 'بررسی کد کارت هدیه و افزودن مبلغ آن به موجودی مشتری',
      },
    },
    giftCards: {
      issue: 'صدور کارت هدیه',
      issueTitle: 'صدور کارت هدیه',
      count: 'تعداد کارت',
      countHelp: 'از ۱ تا ۱۰٬۰۰۰؛ هر کارت کد خودش را دارد',
      currency: 'واحد',
      value: 'مبلغ هر کارت',
      redeemBy: 'مهلت استفاده',
      redeemByHelp: 'اختیاری: پس از این روز کارت و اعتبار آن منقضی می‌شود',
      note: 'یادداشت',
      noteHelp: 'مثلاً «نوروز ۱۴۰۵»',
      issued: 'دستهٔ %{number}: %{count} کارت هدیه صادر شد',
      code: 'کد',
      codeHelp: 'همان‌طور که روی کارت چاپ شده: XXXX-XXXX-XXXX',
      status: 'وضعیت',
      statuses: { ACTIVE: 'فعال', REDEEMED: 'استفاده‌شده', BLOCKED: 'مسدود', EXPIRED: 'منقضی' },
      batchNumber: 'دستهٔ %{number}',
      batch: 'دسته',
      batchChoice: 'دستهٔ %{number} %{note} (%{count} کارت)',
      redeemedAt: 'زمان استفاده',
      redeemedCustomer: 'مشتری',
      block: 'مسدود کردن',
      unblock: 'رفع مسدودی',
      downloadBatch: 'کدهای این دسته (CSV)',
      redeemAction: 'استفاده از کارت هدیه',
      redeemTitle: 'استفاده از کارت هدیه',
      redeem: 'ثبت',
      redeemed: '%{amount} %{currency} به موجودی افزوده شد',
    },
  },
};
