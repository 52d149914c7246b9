/**
 * Pages that exist on one kind of node only. Dossier work (queues, reception, a dossier, statistics) happens on a
 * ministry's or province's system, so on the portal these pages name the systems instead. Editing the master
 * catalogue happens on the portal, so on a local system that page links there. One process hosting both (`all`)
 * shows every page.
 */
import { Anchor, Center, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { Outlet, useLocation } from 'react-router';
import { useNodeRole, type NodeInfo } from '../api/node.ts';
import { useI18n } from '../i18n/index.tsx';
import { usePageTitle } from '../components/usePageTitle.ts';
import { OfficerLayout } from './OfficerLayout.tsx';
import { SystemsList } from './SystemsList.tsx';

function Elsewhere({ needs, node }: { needs: 'local' | 'national'; node: NodeInfo }) {
  const { t } = useI18n();
  const { pathname } = useLocation();
  const title = t(needs === 'local' ? 'node.workElsewhere' : 'node.catalogueElsewhere');
  usePageTitle(title);
  return (
    <OfficerLayout guard={false}>
      <Paper withBorder p="lg" maw={640} mx="auto" mt="lg" data-testid="node-elsewhere">
        <Stack>
          <Title order={1} size="h2">
            {title}
          </Title>
          <Text>{t(needs === 'local' ? 'node.workElsewhereText' : 'node.catalogueElsewhereText', { node: node.name })}</Text>
          {needs === 'local' ? (
            <SystemsList path="/can-bo/dang-nhap" />
          ) : (
            node.nationalUrl && <Anchor href={`${node.nationalUrl}${pathname}`}>{t('node.openPortal')}</Anchor>
          )}
        </Stack>
      </Paper>
    </OfficerLayout>
  );
}

export default function NodeGuard({ needs }: { needs: 'local' | 'national' }) {
  const { t } = useI18n();
  const node = useNodeRole();
  if (node.isPending) {
    return (
      <Center py="xl" role="status">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  if (!node.data || node.data.role === 'all' || node.data.role === needs) return <Outlet />;
  return <Elsewhere needs={needs} node={node.data} />;
}
