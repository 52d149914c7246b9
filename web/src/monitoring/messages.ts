/** Registers the monitoring dictionaries; imported by the monitoring pages only (never in the home page's chunk). */
import { addMessages } from '../i18n/index.tsx';
import { monitoringEn } from '../i18n/monitoring.en.ts';
import { monitoringVi } from '../i18n/monitoring.vi.ts';

addMessages('vi', monitoringVi);
addMessages('en', monitoringEn);
