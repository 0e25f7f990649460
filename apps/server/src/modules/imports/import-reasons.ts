import { englishMessage, isProblemCode } from '@patron/problems';

/**
 * Reasons of the report in the requester's language for the codes a row can get. The SPA holds the
 * full catalogue; the server writes a file, so it keeps the Russian and Persian texts of these few
 * (copied from apps/admin/src/i18n/problems) and falls back to the English message of the code.
 */
const TEXTS: Record<'ru' | 'fa', Record<string, string>> = {
  ru: {
    REQUIRED: 'Обязательное поле',
    VALUE_TAKEN: 'Такое значение уже есть у другого клиента',
    VALUE_NOT_NUMBER: 'Ожидается число',
    VALUE_NOT_DATE: 'Ожидается дата в виде ГГГГ-ММ-ДД',
    VALUE_NOT_DATETIME: 'Ожидаются дата и время в формате ISO 8601, например 2024-05-01T14:30:00Z',
    VALUE_NOT_CHOICE: 'Такого варианта нет; допустимы: %{choices}',
    VALUE_NOT_PHONE: 'Некорректный номер телефона',
    VALUE_NOT_EMAIL: 'Некорректный адрес эл. почты',
    NUMBER_FORMAT: 'Запишите число цифрами, не более одного десятичного разделителя, например 12.5',
    IMPORT_ROW_RAGGED: 'В строке %{got} ячеек, а в заголовке %{expected}',
    IMPORT_ROW_NO_MATCH_VALUE: 'В строке нет значения %{target}, чтобы найти клиента',
    IMPORT_ROW_EXISTS: 'Клиент с таким значением %{target} уже есть (только создание)',
    IMPORT_ROW_NOT_FOUND: 'Нет клиента с таким значением %{target} (только обновление)',
    IMPORT_ROW_DUPLICATE: 'В строке %{line} файла уже есть такое значение %{target}',
    IMPORT_ROW_BALANCE_NEGATIVE: 'Начальный баланс не может быть отрицательным',
    IMPORT_NOT_TEXT: 'Строка %{line} — не текст (в ней NUL или управляющие байты)',
    IMPORT_CELL_TOO_LARGE: 'Ячейка в строке %{line} длиннее %{max} символов',
    IMPORT_ROW_CUSTOMER_UNKNOWN: 'Нет клиента с таким значением %{target}',
    IMPORT_ROW_ITEMS_FORMAT:
      'Запишите товары как артикул:количество:цена через ; (например A1:2:10.5;B7:1:3)',
    IMPORT_ROW_RETURN_NO_INVOICE: 'Для возврата нужен номер чека покупки',
    IMPORT_ROW_RETURN_NO_PURCHASE: 'У этого клиента нет покупки с номером чека %{invoice}',
    IMPORT_ROW_PURCHASE_DATE: 'Запишите дату как ГГГГ-ММ-ДД или ГГГГ-ММ-ДД ЧЧ:ММ (ISO 8601)',
    PURCHASE_BRANCH_UNKNOWN: 'Нет филиала с кодом %{branch}',
    PURCHASE_BRANCH_INACTIVE: 'Филиал %{branch} неактивен',
    PURCHASE_BRANCH_NOT_YOURS: 'Вы записываете покупки только в своём филиале (%{yours}), не в %{branch}',
    CARD_NUMBER_LOST: 'Эта карта заявлена утерянной, её номер больше никому не выдаётся',
    // The ledger's refusals, for the rows of a points and balance history import.
    TOO_LONG: 'Не больше %{max} символов',
    CUSTOMER_INACTIVE: 'Клиент неактивен: неактивным клиентам ничего не начисляется и не списывается',
    CURRENCY_UNKNOWN: 'Валюты «%{currency}» нет',
    CURRENCY_NAME_SHARED: '«%{currency}» — название нескольких валют (%{keys}); укажите ключ валюты',
    CURRENCY_EARN_ONLY: '«%{currency}» только начисляется и не тратится',
    AMOUNT_ZERO: 'Сумма не может быть нулевой',
    AMOUNT_TOO_LARGE: 'Не больше %{max} за раз',
    AMOUNT_WHOLE_ONLY: 'Эта валюта принимает только целые суммы',
    AMOUNT_DECIMALS: 'Не больше %{max} знаков после запятой',
    BALANCE_TOO_LOW: 'Недостаточно на балансе «%{currency}»: доступно %{available}, запрошено %{asked}',
    EXPIRY_ONLY_ADDITION: 'Срок действия бывает только у начисления',
    EXPIRY_NOT_FUTURE: 'Срок действия должен быть в будущем',
    OPERATION_DATE_FUTURE: 'Операция не может произойти в будущем',
    IMPORT_ROW_OPERATION_DATE:
      'Запишите дату как ГГГГ-ММ-ДД или ГГГГ-ММ-ДД ЧЧ:ММ, по григорианскому или иранскому календарю (ISO 8601)',
  },
  fa: {
    REQUIRED: 'این فیلد الزامی است',
    VALUE_TAKEN: 'مشتری دیگری همین مقدار را دارد',
    VALUE_NOT_NUMBER: 'باید عدد باشد',
    VALUE_NOT_DATE: 'تاریخ باید به شکل YYYY-MM-DD باشد',
    VALUE_NOT_DATETIME: 'تاریخ و زمان باید به شکل ISO 8601 باشد، مانند 2024-05-01T14:30:00Z',
    VALUE_NOT_CHOICE: 'جزو گزینه‌ها نیست؛ گزینه‌ها: %{choices}',
    VALUE_NOT_PHONE: 'شماره تلفن معتبر نیست',
    VALUE_NOT_EMAIL: 'نشانی ایمیل معتبر نیست',
    NUMBER_FORMAT: 'عدد را با رقم و حداکثر یک ممیز بنویسید، مانند ۱۲٫۵',
    IMPORT_ROW_RAGGED: 'این ردیف %{got} خانه دارد در حالی که سرستون %{expected} خانه دارد',
    IMPORT_ROW_NO_MATCH_VALUE: 'این ردیف %{target} ندارد تا مشتری با آن پیدا شود',
    IMPORT_ROW_EXISTS: 'مشتری‌ای با این %{target} از قبل هست (فقط ایجاد)',
    IMPORT_ROW_NOT_FOUND: 'هیچ مشتری‌ای این %{target} را ندارد (فقط به‌روزرسانی)',
    IMPORT_ROW_DUPLICATE: 'سطر %{line} فایل همین %{target} را دارد',
    IMPORT_ROW_BALANCE_NEGATIVE: 'موجودی آغازین نمی‌تواند منفی باشد',
    IMPORT_NOT_TEXT: 'سطر %{line} متن نیست (بایت NUL یا کنترلی دارد)',
    IMPORT_CELL_TOO_LARGE: 'خانه‌ای در سطر %{line} بیش از %{max} نویسه دارد',
    IMPORT_ROW_CUSTOMER_UNKNOWN: 'هیچ مشتری‌ای این %{target} را ندارد',
    IMPORT_ROW_ITEMS_FORMAT: 'اقلام را به شکل کد:تعداد:قیمت و جدا با ; بنویسید (مانند A1:2:10.5;B7:1:3)',
    IMPORT_ROW_RETURN_NO_INVOICE: 'مرجوعی به شماره فاکتور خرید نیاز دارد',
    IMPORT_ROW_RETURN_NO_PURCHASE: 'این مشتری خریدی با شماره فاکتور %{invoice} ندارد',
    IMPORT_ROW_PURCHASE_DATE: 'تاریخ را به شکل YYYY-MM-DD یا YYYY-MM-DD HH:MM (ISO 8601) بنویسید',
    PURCHASE_BRANCH_UNKNOWN: 'شعبه‌ای با کد %{branch} نیست',
    PURCHASE_BRANCH_INACTIVE: 'شعبهٔ %{branch} غیرفعال است',
    PURCHASE_BRANCH_NOT_YOURS: 'شما فقط در شعبهٔ خودتان (%{yours}) خرید ثبت می‌کنید، نه در %{branch}',
    CARD_NUMBER_LOST: 'این کارت مفقود اعلام شده و شماره‌اش دیگر به کسی داده نمی‌شود',
    // The ledger's refusals, for the rows of a points and balance history import.
    TOO_LONG: 'حداکثر %{max} نویسه',
    CUSTOMER_INACTIVE: 'این مشتری غیرفعال است: مشتری غیرفعال امتیازی نمی‌گیرد و خرج نمی‌کند',
    CURRENCY_UNKNOWN: 'واحد «%{currency}» وجود ندارد',
    CURRENCY_NAME_SHARED: '«%{currency}» نام چند واحد است (%{keys})؛ کلید واحد را بنویسید',
    CURRENCY_EARN_ONLY: '%{currency} فقط کسب می‌شود و خرج نمی‌شود',
    AMOUNT_ZERO: 'مبلغ نمی‌تواند صفر باشد',
    AMOUNT_TOO_LARGE: 'حداکثر %{max} در هر بار',
    AMOUNT_WHOLE_ONLY: 'این واحد فقط مقدار صحیح می‌پذیرد',
    AMOUNT_DECIMALS: 'حداکثر %{max} رقم اعشار',
    BALANCE_TOO_LOW: 'موجودی %{currency} کافی نیست: %{available} موجود است و %{asked} درخواست شده',
    EXPIRY_ONLY_ADDITION: 'فقط افزودن می‌تواند تاریخ انقضا داشته باشد',
    EXPIRY_NOT_FUTURE: 'تاریخ انقضا باید در آینده باشد',
    OPERATION_DATE_FUTURE: 'عملیات نمی‌تواند در آینده رخ داده باشد',
    IMPORT_ROW_OPERATION_DATE:
      'تاریخ را به شکل YYYY-MM-DD یا YYYY-MM-DD HH:MM، میلادی یا شمسی (ISO 8601) بنویسید',
  },
};

export function reasonText(code: string, params: Record<string, string | number>, locale: string): string {
  const text = (TEXTS as Record<string, Record<string, string>>)[locale]?.[code];
  if (text) return text.replace(/%\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
  return isProblemCode(code) ? englishMessage(code, params) : code;
}
