/** Tiếng Việt / English switch: two real buttons, the current one marked with aria-pressed. */
import { Button, Group } from '@mantine/core';
import { useI18n, type Lang } from '../i18n/index.tsx';

const langs: { code: Lang; label: string }[] = [
  { code: 'vi', label: 'Tiếng Việt' },
  { code: 'en', label: 'English' },
];

export function LanguageSwitch({ dark = false }: { dark?: boolean }) {
  const { lang, setLang, t } = useI18n();
  return (
    <Group gap={4} role="group" aria-label={t('nav.language')}>
      {langs.map((l) => (
        <Button
          key={l.code}
          size="compact-sm"
          lang={l.code}
          variant={lang === l.code ? 'white' : dark ? 'transparent' : 'subtle'}
          c={lang === l.code ? '#7f0f0f' : dark ? 'white' : undefined}
          aria-pressed={lang === l.code}
          onClick={() => setLang(l.code)}
          style={{ minHeight: 32 }}
        >
          {l.label}
        </Button>
      ))}
    </Group>
  );
}
