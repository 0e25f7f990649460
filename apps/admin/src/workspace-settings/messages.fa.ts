/** Persian for messages.ts (same keys; loaded when the language is first used). */
export const fa = {
  resources: { workspaceSettings: { name: 'تنظیمات' } },
  patron: {
    roleAdmin: {
      areas: { workspace: 'فضای کاری' },
      permission: {
        workspace_manage: 'تغییر تنظیمات فضای کاری',
      },
    },
    workspaceSettings: {
      title: 'تنظیمات فضای کاری',
      saved: 'تنظیمات ذخیره شد',
      phones: 'شماره‌های تلفن',
      defaultPhoneCountry: 'کشور شماره‌های بدون پیش‌شماره کشور',
      defaultPhoneCountryHelp:
        'شماره‌ای مانند ۰۹۱۲۱۲۳۴۵۶۷ در فرم‌ها، API و ورود اطلاعات، شماره این کشور خوانده می‌شود. شماره‌های ذخیره‌شده تغییر نمی‌کنند.',
      clock: 'منطقهٔ زمانی و ساعات سکوت',
      timeZone: 'منطقهٔ زمانی',
      timeZoneHelp:
        'تولدها، قواعد وفاداری، داشبورد، ارسال‌های زمان‌بندی‌شده و خودکارسازی‌ها بر اساس روزهای این منطقه اجرا می‌شوند.',
      quietHours: 'ساعات سکوت',
      quietFrom: 'از',
      quietTo: 'تا',
      selfSignUpTitle: 'عضویت در باشگاه',
      selfSignUp: 'مشتریان خودشان عضو باشگاه شوند',
      selfSignUpHelp:
        'در صفحه‌های مشتری با نام، شمارهٔ همراه و کدی که با پیامک می‌رسد (حساب پیش‌فرض پیامک لازم است).',
      selfSignUpWhere: 'این نشانی را در وب‌سایت یا با کد QR کنار صندوق بگذارید:',
      selfSignUpCopy: 'رونوشت',
      quietHoursHelp:
        'در این ساعات محلی هیچ پیام گروهی یا خودکاری ارسال نمی‌شود و ارسال تا پایان آن صبر می‌کند. اگر «از» دیرتر از «تا» باشد، بازه از نیمه‌شب می‌گذرد.',
      twoFactor: 'ورود دومرحله‌ای',
      twoFactorRoles: 'الزامی برای این نقش‌ها',
      twoFactorRolesHelp:
        'دارندگان این نقش‌ها باید پیش از هر کار دیگری ورود دومرحله‌ای (برنامهٔ احراز هویت) را راه‌اندازی کنند؛ تا وقتی الزامی است نمی‌توان آن را خاموش کرد. کلیدهای API را شامل نمی‌شود.',
    },
  },
};
