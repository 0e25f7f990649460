/** Persian for messages.ts (same keys; loaded when the language is first used). */
export const fa = {
  resources: { audit: { name: 'گزارش ممیزی' } },
  patron: {
    audit: {
      title: 'گزارش ممیزی',
      time: 'زمان',
      type: 'رویداد',
      subject: 'دربارهٔ',
      actor: 'توسط',
      none: 'هنوز چیزی ثبت نشده است',
      more: 'بیشتر',
      types: {
        STAFF_CREATED: 'ایجاد کارمند',
        WORKSPACE_SETTINGS_CHANGED: 'تغییر تنظیمات فضای کاری',
        STAFF_DEACTIVATED: 'غیرفعال‌سازی کارمند',
        STAFF_REACTIVATED: 'فعال‌سازی دوبارهٔ کارمند',
        STAFF_ROLE_CHANGED: 'تغییر نقش کارمند',
        STAFF_PASSWORD_RESET: 'تعیین رمز موقت',
        TWO_FACTOR_ENABLED: 'ورود دومرحله‌ای روشن شد',
        TWO_FACTOR_DISABLED: 'ورود دومرحله‌ای خاموش شد',
        TWO_FACTOR_RECOVERY_CODE_USED: 'ورود با کد بازیابی',
        STAFF_TWO_FACTOR_RESET: 'ورود دومرحله‌ای به دست مدیر بازنشانی شد',
        PASSWORD_CHANGED: 'تغییر رمز عبور',
        ROLE_CREATED: 'ایجاد نقش',
        ROLE_UPDATED: 'ویرایش نقش',
        ROLE_DELETED: 'حذف نقش',
        SEGMENT_SHARING_CHANGED: 'تغییر اشتراک‌گذاری بخش',
        JOB_CANCELLED: 'لغو اجرای کار',
        JOB_RETRIED: 'اجرای دوبارهٔ کار',
      },
    },
  },
};
