/** Persian for messages.ts (same keys; loaded when the language is first used). */
export const fa = {
  resources: { branches: { name: 'شعبه |||| شعبه‌ها' } },
  patron: {
    roleAdmin: {
      areas: { branches: 'شعبه‌ها' },
      permission: {
        branches_read: 'دیدن شعبه‌ها (برای ثبت خرید در یک شعبه و فهرست خریدها بر اساس شعبه)',
        branches_manage: 'ایجاد، ویرایش، غیرفعال‌کردن و حذف شعبه‌ها',
      },
    },
    branches: {
      label: 'شعبه',
      code: 'کد',
      codeHelp: 'حروف لاتین، رقم یا _ که با حرف شروع شود؛ بعداً تغییر نمی‌کند',
      codeFixed: 'کد همان‌طور که ساخته شد می‌ماند: در خریدها ثبت شده است',
      codeFormat: 'یک حرف و سپس حداکثر ۳۰ حرف لاتین، رقم یا _',
      name: 'نام',
      nameIn: { en: 'نام به انگلیسی', ru: 'نام به روسی', fa: 'نام به فارسی' },
      nameMissing: 'نام را دست‌کم به یک زبان بنویسید',
      address: 'نشانی',
      staff: 'کارکنان',
      status: 'وضعیت',
      open: 'فعال',
      closed: 'غیرفعال',
      active: 'فعال',
      activeHelp: 'شعبهٔ غیرفعال خرید تازه نمی‌پذیرد',
      none: 'بدون شعبه',
      any: 'هر شعبه‌ای',
      yours: 'شعبهٔ شما: خریدها اینجا ثبت می‌شوند',
      deleteTitle: 'شعبهٔ «%{name}» حذف شود؟',
      deleteContent: 'شعبه‌ای که خرید یا کارمند دارد حذف نمی‌شود: به‌جای آن غیرفعالش کنید.',
    },
    staffAdmin: {
      branch: 'شعبه',
      branchHelp: 'این کارمند فقط در این شعبه خرید ثبت می‌کند',
      changeBranch: 'تغییر شعبه',
      branchOf: 'شعبهٔ %{name}',
      branchChanged: 'شعبه تغییر کرد',
    },
  },
};
