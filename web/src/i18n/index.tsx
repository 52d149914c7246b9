/** Language context: Vietnamese by default, English on request; the choice is kept in localStorage. */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { vi, type Messages } from './vi.ts';
import type { officerVi } from './officer.vi.ts';
import type { monitoringVi } from './monitoring.vi.ts';

export type Lang = 'vi' | 'en';
/** Keys of the citizen dictionaries (vi.ts/en.ts) and of the officer/admin ones, which load with their pages. */
export type MessageKey = keyof typeof vi | keyof typeof officerVi | keyof typeof monitoringVi;
/**
 * Vietnamese ships with the shell; English loads on first use (issue 13.17: the home page's first load carries one
 * language). Until it has arrived the Vietnamese text shows.
 */
const dictionaries: Partial<Record<Lang, Messages>> = { vi };
function loadDictionary(lang: Lang): Promise<void> {
  if (dictionaries[lang]) return Promise.resolve();
  return import('./en.ts').then((m) => {
    dictionaries.en = m.en;
  });
}
/** Dictionaries added by lazily loaded parts of the app (officer/messages.ts): never in the citizen chunks. */
const extra: Record<Lang, Record<string, string>> = { vi: {}, en: {} };
export function addMessages(lang: Lang, messages: Record<string, string>): void {
  Object.assign(extra[lang], messages);
}
const STORAGE_KEY = 'motcua.lang';

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

interface I18n {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: Translate;
}

const I18nContext = createContext<I18n | undefined>(undefined);

function initialLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

/** The current language outside React (the API client sends it as Accept-Language). */
let currentLang: Lang = initialLang();
export function getLang(): Lang {
  return currentLang;
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(currentLang);
  const setLang = useCallback((l: Lang) => {
    currentLang = l;
    try {
      localStorage.setItem(STORAGE_KEY, l);
    } catch {
      /* private mode: the choice lasts for this page only */
    }
    setLangState(l);
  }, []);
  const [, setLoaded] = useState(0);
  useEffect(() => {
    if (!dictionaries[lang]) void loadDictionary(lang).then(() => setLoaded((n) => n + 1));
  }, [lang]);
  useEffect(() => {
    document.documentElement.lang = lang;
    dayjs.locale(lang === 'vi' ? 'vi' : 'en');
  }, [lang]);
  const value = useMemo<I18n>(() => {
    const dict = dictionaries[lang] ?? vi;
    const t: Translate = (key, params) => {
      const text = (dict as Record<string, string>)[key] ?? extra[lang][key] ?? '';
      return params ? text.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m)) : text;
    };
    return { lang, setLang, t };
  }, [lang, setLang, dictionaries[lang]]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n outside I18nProvider');
  return ctx;
}
