/** CSV and XLSX downloads of a table: the same URL with ?format=csv|xlsx (the server's shared export). */
import { Button, Group } from '@mantine/core';
import { useI18n } from '../i18n/index.tsx';

export function ExportLinks({ url, name, testId }: { url: string; name: string; testId?: string }) {
  const { t } = useI18n();
  const sep = url.includes('?') ? '&' : '?';
  return (
    <Group gap="xs" role="group" aria-label={t('m.export.label', { name })}>
      <Button component="a" size="xs" variant="default" href={`${url}${sep}format=csv`} download data-testid={testId ? `${testId}-csv` : undefined}>
        {t('m.export.csv')}
      </Button>
      <Button component="a" size="xs" variant="default" href={`${url}${sep}format=xlsx`} download data-testid={testId ? `${testId}-xlsx` : undefined}>
        {t('m.export.xlsx')}
      </Button>
    </Group>
  );
}
