/**
 * `compute` remembered per key, forgetting everything once `limit` keys are held. The checker
 * runs on every keystroke over mostly the same words, so its per-word steps (stems, spellings,
 * mat roots, message heads, Latin conversions) remember their answers; the limit keeps a pasted
 * 2 MB text from growing the memory without bound. `compute` must depend on the key alone.
 */
export function boundedMemo<V>(limit: number, compute: (key: string) => V): (key: string) => V {
  const cache = new Map<string, V>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = compute(key);
      if (cache.size >= limit) cache.clear();
      cache.set(key, value);
    }
    return value;
  };
}
