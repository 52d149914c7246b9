import { Link } from 'react-router';
import { Button, Stack, Text, Title } from '@mantine/core';
import { useI18n } from '../i18n/index.tsx';
import { usePageTitle } from '../components/usePageTitle.ts';

export default function NotFoundPage() {
  const { t } = useI18n();
  usePageTitle(t('common.notFound'));
  return (
    <Stack align="flex-start">
      <Title order={1}>{t('common.notFound')}</Title>
      <Text>{t('common.notFoundText')}</Text>
      <Button component={Link} to="/">
        {t('nav.home')}
      </Button>
    </Stack>
  );
}
