/**
 * Once-only on a local system (issue 13.2): an agency administrator maps a component of a national procedure their
 * agency is competent for to a national document type, so this system's resolver finds the citizen's digitised
 * documents for it (PUT /api/v1/local/agencies/:agency/procedures/:code/component-types, audited). One native select
 * per paper, labelled with the paper's number, keyboard-operable; the current types are read back from this system
 * (GET on the same address: the catalogue with this system's own mappings laid over).
 */
import { useState, type FormEvent } from 'react';
import { Button, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import { useI18n } from '../i18n/index.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';

interface Mapped {
  caseCode: string;
  caseName: string;
  seq: number;
  name: string;
  documentTypeCode: string | null;
}

interface DocumentType {
  code: string;
  name: string;
  resultCode: string | null;
}

const mappingsUrl = (agency: string, code: string) => `/api/v1/local/agencies/${encodeURIComponent(agency)}/procedures/${encodeURIComponent(code)}/component-types`;

function ComponentRow({ agency, code, caseCode, seq, name, current, types }: { agency: string; code: string; caseCode: string; seq: number; name: string; current: string | null; types: DocumentType[] }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [choice, setChoice] = useState(current ?? '');
  const save = useMutation({
    mutationFn: () =>
      api(mappingsUrl(agency, code), {
        method: 'PUT',
        body: { caseCode, seq, documentTypeCode: choice },
      }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['adm-component-types', code] }),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (choice) save.mutate();
  };
  const id = `ctype-${caseCode}-${seq}`;
  const currentName = types.find((x) => x.code === current)?.name;
  return (
    <li style={{ marginBottom: 12 }}>
      <form onSubmit={submit} noValidate aria-labelledby={`${id}-name`}>
        <Text id={`${id}-name`} fw={600} className="break-words">
          {seq}. {name}
        </Text>
        <Text size="sm" c="#4a4f55">
          {t('o.adm.ctype.current')}: {currentName ? `${currentName} (${current})` : t('o.adm.ctype.none')}
        </Text>
        <Group align="flex-end" gap="sm" mt={4} wrap="wrap">
          <NativeSelect
            id={id}
            label={t('o.adm.ctype.select', { n: seq })}
            value={choice}
            onChange={(e) => setChoice(e.currentTarget.value)}
            data={[{ value: '', label: t('o.adm.ctype.choose') }, ...types.map((x) => ({ value: x.code, label: `${x.name} (${x.code})` }))]}
            style={{ minWidth: 260, flex: '1 1 260px' }}
          />
          <Button type="submit" disabled={!choice || choice === current} loading={save.isPending}>
            {t('o.adm.ctype.save')}
          </Button>
        </Group>
        {save.error && <ErrorAlert error={save.error} />}
        {save.isSuccess && (
          <Text role="status" size="sm" c="#1b5e20" fw={600}>
            ✓ {t('o.adm.ctype.saved')}
          </Text>
        )}
      </form>
    </li>
  );
}

/** `agencies`: the administrator's agencies competent for the procedure (the mapping is set in the name of one). */
export function ComponentTypesPanel({ code, agencies }: { code: string; agencies: { code: string; name: string }[] }) {
  const { t } = useI18n();
  const [agency, setAgency] = useState('');
  const chosen = agency || agencies[0]?.code || '';
  const proc = useQuery({
    queryKey: ['adm-component-types', code, chosen],
    enabled: !!chosen,
    queryFn: () => api<{ items: Mapped[] }>(mappingsUrl(chosen, code)),
  });
  const cases = [...new Set((proc.data?.items ?? []).map((i) => i.caseCode))].map((c) => (proc.data?.items ?? []).filter((i) => i.caseCode === c));
  const types = useQuery({ queryKey: ['document-types'], queryFn: () => api<{ items: DocumentType[] }>('/api/v1/document-types'), staleTime: 3_600_000 });
  if (agencies.length === 0) return null;
  return (
    <Paper withBorder p="md" data-testid="component-types-panel">
      <Stack gap="sm">
        <Title order={2} size="h4" id="ctype-h">
          {t('o.adm.ctype.title')}
        </Title>
        <Text size="sm">{t('o.adm.ctype.explain')}</Text>
        {agencies.length > 1 && (
          <NativeSelect label={t('o.adm.agency')} value={chosen} onChange={(e) => setAgency(e.currentTarget.value)} data={agencies.map((a) => ({ value: a.code, label: `${a.name} (${a.code})` }))} />
        )}
        {(proc.error || types.error) && <ErrorAlert error={proc.error ?? types.error} />}
        {proc.data && types.data ? (
          cases.map((items) => (
            <section key={items[0]!.caseCode} aria-label={items[0]!.caseName}>
              {cases.length > 1 && (
                <Title order={3} size="h5" mb={4} className="break-words">
                  {items[0]!.caseName}
                </Title>
              )}
              <ol className="plain-list" aria-labelledby="ctype-h">
                {items.map((k) => (
                  <ComponentRow key={`${chosen}-${k.caseCode}-${k.seq}-${k.documentTypeCode ?? ''}`} agency={chosen} code={code} caseCode={k.caseCode} seq={k.seq} name={k.name} current={k.documentTypeCode} types={types.data.items} />
                ))}
              </ol>
            </section>
          ))
        ) : (
          !proc.error && !types.error && <Text role="status">{t('common.loading')}</Text>
        )}
      </Stack>
    </Paper>
  );
}
