/** Registers the officer and administration dictionaries; imported by OfficerLayout, so only officer chunks carry them. */
import { addMessages } from '../i18n/index.tsx';
import { officerEn } from '../i18n/officer.en.ts';
import { officerVi } from '../i18n/officer.vi.ts';

addMessages('vi', officerVi);
addMessages('en', officerEn);
