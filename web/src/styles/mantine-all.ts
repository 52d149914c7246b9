/** Every Mantine component's styles (layered, like mantine-shell.ts): loaded with the pages beyond the home page. */
import '@mantine/core/styles.layer.css';
