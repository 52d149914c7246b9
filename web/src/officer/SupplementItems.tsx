/**
 * The items of a supplement request (form 02), every one at once: components of the dossier ticked (each with its
 * reason) and papers typed in. Once-only: when the server answers 409 `component-covered-by-warehouse` for an item,
 * the item shows the warehouse document that covers it and may only be kept as a verification (xác minh), with
 * its reason — or removed.
 */
import { useState } from 'react';
import { ActionIcon, Alert, Button, Checkbox, Group, Stack, Text, TextInput } from '@mantine/core';
import { ApiError } from '../api/client.ts';
import { useI18n } from '../i18n/index.tsx';
import type { OfficerDossier } from './types.ts';

export interface CoveringDocument {
  id: string;
  typeCode?: string;
  numberSymbol?: string | null;
  issuer?: { code: string | null; name: string | null } | null;
}

export interface SupplementItem {
  name: string;
  reason: string;
  documentTypeCode?: string;
  verification?: { reason: string };
}

interface Typed {
  name: string;
  reason: string;
}

const nfc = (s: string) => s.trim().normalize('NFC');

/** State and rules of the request's items; `view` renders them. */
export function useSupplementItems(dossier: OfficerDossier) {
  const { t } = useI18n();
  const [pick, setPick] = useState<Record<number, boolean>>({});
  const [pickReasons, setPickReasons] = useState<Record<number, string>>({});
  const [typed, setTyped] = useState<Typed[]>([]);
  /** Items the warehouse covers, by key (`c<seq>` ticked, `t<index>` typed): the document, and whether kept as a verification. */
  const [covered, setCovered] = useState<Record<string, CoveringDocument>>({});
  const [verify, setVerify] = useState<Record<string, { on: boolean; reason: string }>>({});

  const picked = dossier.components.filter((c) => pick[c.seq]);
  const keyed = [
    ...picked.map((c) => ({ key: `c${c.seq}`, name: c.name.slice(0, 300), reason: pickReasons[c.seq] ?? '', documentTypeCode: c.documentTypeCode ?? undefined })),
    ...typed.map((x, i) => ({ key: `t${i}`, name: x.name, reason: x.reason, documentTypeCode: undefined })),
  ];

  function items(): SupplementItem[] {
    return keyed.map((k) => ({
      name: nfc(k.name),
      reason: nfc(k.reason),
      ...(k.documentTypeCode ? { documentTypeCode: k.documentTypeCode } : {}),
      ...(covered[k.key] && verify[k.key]?.on ? { verification: { reason: nfc(verify[k.key]!.reason) } } : {}),
    }));
  }

  /** A message when the items are not ready to send, else null. */
  function problem(): string | null {
    if (!keyed.length) return t('o.act.itemsRequired');
    if (keyed.some((i) => !i.name.trim() || !i.reason.trim())) return t('o.act.itemReasonRequired');
    if (keyed.some((k) => covered[k.key] && !(verify[k.key]?.on && verify[k.key]!.reason.trim()))) return t('o.sup.coveredUnresolved');
    return null;
  }

  /** The server refused an item the warehouse covers: remember which one and by what. True when handled. */
  function onError(e: unknown): boolean {
    if (!(e instanceof ApiError) || e.code !== 'component-covered-by-warehouse') return false;
    const name = typeof e.problem.component === 'string' ? e.problem.component : '';
    const doc = e.problem.document as CoveringDocument | undefined;
    const hit = keyed.find((k) => nfc(k.name) === name.normalize('NFC')) ?? keyed.find((k) => !covered[k.key]);
    if (hit && doc) setCovered((c) => ({ ...c, [hit.key]: doc }));
    return true;
  }

  const coveredView = (key: string, name: string) => {
    const doc = covered[key];
    if (!doc) return null;
    const v = verify[key] ?? { on: false, reason: '' };
    return (
      <Alert color="orange" variant="outline" role="group" data-testid={`covered-${key}`} title={t('o.sup.coveredTitle', { name: name.slice(0, 80) })}>
        <Stack gap="xs">
          <Text size="sm">
            {t('o.sup.coveredBy', { number: doc.numberSymbol || doc.id.slice(0, 8), issuer: doc.issuer?.name || doc.issuer?.code || '—' })}
          </Text>
          <Checkbox
            label={t('o.sup.markVerify')}
            checked={v.on}
            onChange={(e) => setVerify({ ...verify, [key]: { ...v, on: e.currentTarget.checked } })}
          />
          {v.on && (
            <TextInput
              label={t('o.sup.verifyReason', { name: name.slice(0, 60) })}
              value={v.reason}
              onChange={(e) => setVerify({ ...verify, [key]: { ...v, reason: e.currentTarget.value } })}
              maxLength={1000}
            />
          )}
        </Stack>
      </Alert>
    );
  };

  const view = (
    <Stack gap="xs">
      <Text fw={600}>{t('o.act.itemsTitle')}</Text>
      {dossier.components.map((c) => (
        <Checkbox key={c.seq} label={c.name} checked={!!pick[c.seq]} onChange={(e) => setPick({ ...pick, [c.seq]: e.currentTarget.checked })} />
      ))}
      {picked.map((c) => (
        <Stack key={c.seq} gap={6}>
          <TextInput
            label={t('o.act.itemReason', { name: c.name.slice(0, 60) })}
            value={pickReasons[c.seq] ?? ''}
            onChange={(e) => setPickReasons({ ...pickReasons, [c.seq]: e.currentTarget.value })}
            maxLength={1000}
          />
          {coveredView(`c${c.seq}`, c.name)}
        </Stack>
      ))}
      {typed.map((it, i) => (
        <Stack key={i} gap={6}>
          <Group align="flex-end" wrap="wrap">
            <TextInput
              label={t('o.act.itemName', { n: i + 1 })}
              value={it.name}
              onChange={(e) => setTyped(typed.map((x, j) => (j === i ? { ...x, name: e.currentTarget.value } : x)))}
              maxLength={300}
              style={{ flex: '1 1 12rem' }}
            />
            <TextInput
              label={t('o.act.itemReasonN', { n: i + 1 })}
              value={it.reason}
              onChange={(e) => setTyped(typed.map((x, j) => (j === i ? { ...x, reason: e.currentTarget.value } : x)))}
              maxLength={1000}
              style={{ flex: '1 1 12rem' }}
            />
            <ActionIcon
              variant="default"
              size="lg"
              aria-label={t('o.act.removeItem', { n: i + 1 })}
              onClick={() => {
                setTyped(typed.filter((_, j) => j !== i));
                // keys of the typed items after this one shift: forget what was learnt about them
                setCovered(Object.fromEntries(Object.entries(covered).filter(([k]) => !k.startsWith('t'))));
              }}
            >
              ×
            </ActionIcon>
          </Group>
          {coveredView(`t${i}`, it.name)}
        </Stack>
      ))}
      <Button variant="default" onClick={() => setTyped([...typed, { name: '', reason: '' }])} w="fit-content">
        {t('o.act.addItem')}
      </Button>
    </Stack>
  );

  return { items, problem, onError, view };
}
