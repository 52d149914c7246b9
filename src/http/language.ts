/** The user's language from Accept-Language: Vietnamese by default, English when preferred. */
export type Lang = 'vi' | 'en';

export function pickLanguage(header: string | undefined): Lang {
  if (!header) return 'vi';
  const prefs = header
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag, q: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .filter((p) => p.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const p of prefs) {
    if (p.tag.startsWith('vi')) return 'vi';
    if (p.tag.startsWith('en')) return 'en';
  }
  return 'vi';
}
