/**
 * Every fifth operation on an account subtracts 1, the others add 3: spends stay affordable and
 * exercise FIFO grants. Operation i reaches its account for the (i / accounts)-th time when the
 * operations go round `accounts` accounts in turn (one account: every operation is its turn).
 */
export const amountOf = (i: number, accounts: number) => (Math.floor(i / accounts) % 5 === 4 ? -1 : 3);
