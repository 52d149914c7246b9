/**
 * An API failure as a message in the user's language: the problem's title (localised by the server from
 * Accept-Language) in bold; its detail below in English, and folded under "Chi tiết kỹ thuật" in Vietnamese
 * (the server writes details for developers).
 */
import { Alert, Text } from '@mantine/core';
import { ApiError } from '../api/client.ts';
import { useI18n } from '../i18n/index.tsx';

export function ErrorAlert({ error, message }: { error: unknown; message?: string }) {
  const { t, lang } = useI18n();
  const api = error instanceof ApiError ? error : undefined;
  const title = message ?? (api?.code === 'network' || !api ? t('common.networkError') : api.title);
  const detail = api && api.detail && api.detail !== api.title ? api.detail : undefined;
  return (
    <Alert color="red" variant="outline" role="alert" title={`${t('common.error')}: ${title}`} styles={{ title: { color: '#7f0f0f' } }}>
      {detail &&
        (lang === 'en' ? (
          <Text size="sm">{detail}</Text>
        ) : (
          <details>
            <summary>{t('common.technicalDetail')}</summary>
            <Text size="sm" lang="en">
              {detail}
            </Text>
          </details>
        ))}
      {api?.errors.length ? (
        <ul>
          {api.errors.map((e) => (
            <li key={e.path + e.message}>
              <Text size="sm" lang="en">
                {e.path} {e.message}
              </Text>
            </li>
          ))}
        </ul>
      ) : null}
    </Alert>
  );
}
