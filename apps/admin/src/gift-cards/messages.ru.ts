import type { en } from './messages';

export const ru: typeof en = {
  resources: { giftCards: { name: 'Подарочная карта |||| Подарочные карты' } },
  patron: {
    roleAdmin: {
      areas: { giftCards: 'Подарочные карты' },
      permission: {
        giftCards_manage:
          'Выпускать подарочные карты, видеть их список, блокировать и разблокировать, скачивать коды выпуска',
        giftCards_redeem: 'Проверять код подарочной карты и зачислять её на баланс клиента',
      },
    },
    giftCards: {
      issue: 'Выпустить карты',
      issueTitle: 'Выпуск подарочных карт',
      count: 'Сколько карт',
      countHelp: 'От 1 до 10 000; у каждой свой код',
      currency: 'Валюта',
      value: 'Номинал каждой карты',
      redeemBy: 'Погасить до',
      redeemByHelp: 'Необязательно: после этого дня карта и зачисленное по ней сгорают',
      note: 'Примечание',
      noteHelp: 'Например, «Новруз 1405»',
      issued:
        'Выпуск №%{number}: выпущена %{count} подарочная карта |||| Выпуск №%{number}: выпущено %{count} подарочные карты |||| Выпуск №%{number}: выпущено %{count} подарочных карт',
      code: 'Код',
      codeHelp: 'Как напечатан на карте: XXXX-XXXX-XXXX',
      status: 'Статус',
      statuses: { ACTIVE: 'Активна', REDEEMED: 'Погашена', BLOCKED: 'Заблокирована', EXPIRED: 'Просрочена' },
      batchNumber: '№%{number}',
      batch: 'Выпуск',
      batchChoice:
        '№%{number} %{note} (%{count} карта) |||| №%{number} %{note} (%{count} карты) |||| №%{number} %{note} (%{count} карт)',
      redeemedAt: 'Погашена',
      redeemedCustomer: 'Клиент',
      block: 'Заблокировать',
      unblock: 'Разблокировать',
      downloadBatch: 'Коды этого выпуска (CSV)',
      redeemAction: 'Погасить подарочную карту',
      redeemTitle: 'Погашение подарочной карты',
      redeem: 'Погасить',
      redeemed: 'На баланс зачислено %{amount} %{currency}',
    },
  },
};
