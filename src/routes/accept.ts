/** Content negotiation: the first media type of the Accept header (RFC 9110 §12.5.1, by q) that we serve. */

/** The value mapped to the best-ranked acceptable media type in `offers`, else `fallback` (also for * / *). */
export function negotiate<T>(accept: string | undefined, offers: Record<string, T>, fallback: T): T {
  const ranked = (accept ?? "")
    .split(",")
    .map((part) => {
      const [type, ...params] = part.trim().toLowerCase().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { type: type.trim(), q: q ? Number(q.slice(2)) : 1 };
    })
    .filter((t) => t.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { type } of ranked) if (Object.hasOwn(offers, type)) return offers[type];
  return fallback;
}
