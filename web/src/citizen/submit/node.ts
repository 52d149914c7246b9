/** Whether this server is a portal-only node (ROLE=national): there the wizard forwards to the hosting system. */
export { useNodeRole } from '../../api/node.ts';
