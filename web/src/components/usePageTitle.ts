import { useEffect } from 'react';
import { useI18n } from '../i18n/index.tsx';

/** A unique document title per page ("Lỗi: " first when the page shows an error). */
export function usePageTitle(title: string | undefined, hasError = false): void {
  const { t } = useI18n();
  useEffect(() => {
    if (!title) return;
    document.title = `${hasError ? `${t('common.error')}: ` : ''}${title} – ${t('app.name')}`;
  }, [title, hasError, t]);
}
