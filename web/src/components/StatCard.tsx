/** One figure with its label (and an optional hint) on a dashboard: the agency dashboard, the operators' view. */
import { Paper, Text } from '@mantine/core';

export function StatCard({
  label,
  value,
  hint,
  testId,
}: {
  label: string;
  value: string | number;
  hint?: string;
  testId?: string;
}) {
  return (
    <Paper withBorder p="md">
      <Text size="sm" c="#4a4f55">
        {label}
      </Text>
      <Text fz={28} fw={700} data-testid={testId}>
        {value}
      </Text>
      {hint && (
        <Text size="sm" c="#4a4f55">
          {hint}
        </Text>
      )}
    </Paper>
  );
}
