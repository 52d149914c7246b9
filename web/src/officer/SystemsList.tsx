/** The connected ministry and province systems (the portal's public directory), each linked at `path`. */
import { Anchor, List } from '@mantine/core';
import { useSystems } from '../api/node.ts';

export function SystemsList({ path }: { path: string }) {
  const systems = useSystems(true);
  if (!systems.data?.length) return null;
  return (
    <List size="sm" data-testid="systems-list">
      {systems.data.map((s) => (
        <List.Item key={s.code}>
          <Anchor href={`${s.baseUrl}${path}`}>
            {s.name} ({s.code})
          </Anchor>
        </List.Item>
      ))}
    </List>
  );
}
