/**
 * One spelling per account name: names that differ only in case or Unicode form (`Ann`, `ann`,
 * `ＡＮＮ`) are one name, for `user add`, for signing in and for the login limit.
 */
export function accountNameKey(username: string): string {
  return username.normalize('NFKC').trim().toLowerCase();
}

/** The account among these whose name is spelled like `name`: at most one, as `user add` sees to. */
export function accountSpelledLike<A extends { username: string }>(
  accounts: readonly A[],
  name: string,
): A | undefined {
  const key = accountNameKey(name);
  return accounts.find((account) => accountNameKey(account.username) === key);
}
