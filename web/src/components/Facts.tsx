/** A definition list of label → value pairs that reflows on a phone. */
import type { ReactNode } from 'react';
import { SimpleGrid, Text } from '@mantine/core';

export function Facts({ items }: { items: [string, ReactNode][] }) {
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs" m={0}>
      {items.map(([k, v]) => (
        <div key={k}>
          <Text component="dt" size="sm" c="#4a4f55">
            {k}
          </Text>
          <Text component="dd" m={0} fw={500} className="break-words">
            {v}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}
