/** The history of a dossier as an ordered list: plain action names, time (Vietnam time), who where known. */
import { Text } from '@mantine/core';
import { useI18n, type MessageKey } from '../i18n/index.tsx';
import { formatDateTime } from '../lib/format.ts';

export function Timeline({ entries }: { entries: { action: string; at: string | null; actor?: string | null }[] }) {
  const { t } = useI18n();
  return (
    <ol className="timeline">
      {entries.map((e, i) => {
        const key = `action.${e.action}` as MessageKey;
        return (
          <li key={i}>
            <Text fw={600}>{t(key) || e.action}</Text>
            <Text size="sm" c="#4a4f55">
              <time dateTime={e.at ?? undefined}>{formatDateTime(e.at)}</time>
              {e.actor ? ` · ${e.actor}` : ''}
            </Text>
          </li>
        );
      })}
    </ol>
  );
}
