import { CATEGORIES, SEVERITIES, type Hit } from './types.ts';

const severityRank = (h: Hit) => SEVERITIES.indexOf(h.severity);

/**
 * Overlapping hits of one category become one finding: the union of their spans, with
 * the rule of the most severe. Output is ordered by start, then by severity and category.
 */
function union(a: readonly string[] | undefined, b: readonly string[] | undefined): string[] | undefined {
  if (!a?.length) return b?.length ? [...b] : undefined;
  return b?.length ? [...new Set([...a, ...b])] : [...a];
}

export function mergeHits(hits: readonly Hit[]): Hit[] {
  // Most paragraphs have no hit or one: no map, no sorting.
  if (hits.length <= 1) return hits.map((h) => ({ ...h }));
  const byCategory = new Map<string, Hit[]>();
  for (const h of hits) {
    const list = byCategory.get(h.category);
    if (list) list.push(h);
    else byCategory.set(h.category, [h]);
  }
  const merged: Hit[] = [];
  for (const list of byCategory.values()) {
    list.sort((a, b) => a.start - b.start || b.end - a.end);
    let cur: Hit | undefined;
    for (const h of list) {
      if (cur && h.start < cur.end) {
        const stronger = severityRank(h) < severityRank(cur) ? h : cur;
        // One finding names everything its parts matched («деньги и чай в конверте»).
        const words = union(cur.words, h.words);
        const what = union(cur.what, h.what);
        cur = { ...stronger, start: cur.start, end: Math.max(cur.end, h.end), ...(words ? { words } : {}), ...(what ? { what } : {}) };
      } else {
        if (cur) merged.push(cur);
        cur = { ...h };
      }
    }
    if (cur) merged.push(cur);
  }
  return merged.sort(
    (a, b) => a.start - b.start || severityRank(a) - severityRank(b) || CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category),
  );
}
