/**
 * "My dossiers" on a portal-only node (ROLE=national): a dossier from the national mirror (no detail page here: the
 * system, agency and progress are shown in place, with a link to public tracking) and the submissions still
 * being forwarded to their system.
 */
import { Link } from 'react-router';
import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Evaluation } from './Evaluation.tsx';
import { RelayedActions, WAITS_FOR_OWNER } from './RelayedActions.tsx';
import { useSystems } from '../api/node.ts';
import { useI18n } from '../i18n/index.tsx';
import { formatDateTime } from '../lib/format.ts';

export interface MirroredProgress {
  at: string | null;
  handler: string;
  content: string;
  status: number;
  statusName: { vi: string; en: string };
}

export interface PendingSubmission {
  submissionId: string;
  reference?: string;
  node: string;
  system?: { code: string; name: string };
  expectedAt?: string | null;
  procedureCode: string;
  procedureName: string | null;
  submittedAt: string;
  delayed: boolean;
}

export function MirroredExtras({ id, code, node, status, systemName, agency, progress }: { id: string; code: string | null; node: string; status?: number; systemName?: string; agency: { name: string } | null; progress: MirroredProgress[] }) {
  const { t, lang } = useI18n();
  // the dossier's own page is on the system resolving it (the same e-ID login); supplement, payment and rating are
  // also done here, relayed
  const systems = useSystems(true);
  const system = systems.data?.find((s) => s.code === node);
  return (
    <>
      <Text size="sm" mt={6}>
        {t('my.portal.system')}: {systemName ?? system?.name ?? node}
        {agency?.name ? ` · ${t('my.portal.agency')}: ${agency.name}` : ''}
      </Text>
      {progress.length > 0 && (
        <details style={{ marginTop: 6 }}>
          <summary>{t('my.portal.progress')}</summary>
          <ol className="timeline">
            {progress.map((p, i) => (
              <li key={i}>
                <Text fw={600}>{p.content || (lang === 'vi' ? p.statusName.vi : p.statusName.en)}</Text>
                <Text size="sm" c="#4a4f55">
                  <time dateTime={p.at ?? undefined}>{formatDateTime(p.at)}</time>
                  {p.handler ? ` · ${p.handler}` : ''}
                </Text>
              </li>
            ))}
          </ol>
        </details>
      )}
      <Group gap="md" mt={4}>
        {code && (
          <Anchor component={Link} to={`/tra-cuu/${encodeURIComponent(code)}`} size="sm">
            {t('my.portal.track')}
          </Anchor>
        )}
        {system && (
          <Anchor href={`${system.baseUrl}/ho-so-cua-toi/${encodeURIComponent(id)}`} size="sm" data-testid="open-on-system">
            {t('my.portal.openSystem')}
          </Anchor>
        )}
      </Group>
      {/* the supplement and the fees from the portal itself, relayed to the system holding the dossier (issue 13.11) */}
      {status !== undefined && WAITS_FOR_OWNER.includes(status) && <RelayedActions id={id} node={node} status={status} />}
      {/* the rating from the portal itself, relayed to the system holding the dossier (issue 13.11) */}
      {status === 10 && (
        <details style={{ marginTop: 6 }} data-testid="portal-evaluation">
          <summary>{t('my.portal.rate')}</summary>
          <Evaluation dossierId={id} via={node} />
        </details>
      )}
    </>
  );
}

export function PendingSubmissions({ items }: { items: PendingSubmission[] }) {
  const { t } = useI18n();
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="pending-heading">
      <Title order={2} size="h3" id="pending-heading" mb="sm">
        {t('my.portal.pendingTitle')}
      </Title>
      <Stack gap="sm">
        {items.map((s) => (
          <Paper key={s.submissionId} withBorder p="md">
            <Text fw={600} className="break-words">
              {s.procedureName ?? s.procedureCode}
            </Text>
            <Text size="sm" className="code-mono">
              {t('submit.submissionId')}: {s.reference ?? s.submissionId}
            </Text>
            <Text size="sm" mt={6} fw={600}>
              {t('my.portal.pending', { node: s.system?.name ?? s.node })}
            </Text>
            {s.delayed && <Text size="sm">{t('my.portal.delayed', { node: s.system?.name ?? s.node })}</Text>}
            {s.expectedAt && (
              <Text size="sm">
                {t('my.portal.expected')}: {formatDateTime(s.expectedAt)}
              </Text>
            )}
            <Text size="sm">
              {t('my.submitted')}: {formatDateTime(s.submittedAt)}
            </Text>
          </Paper>
        ))}
      </Stack>
    </section>
  );
}
