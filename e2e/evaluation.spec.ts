/**
 * The owner rates a returned dossier: every question of the questionnaire in force is shown with its answers and
 * none is chosen in advance; sending with questions unanswered is refused on the page; what is recorded is what was
 * chosen, shown back in the same words. (The returned dossier comes in through the legacy import, an agency
 * administrator's tool for dossiers of an older system.)
 */
import { expect, test } from '@playwright/test';
import { auth, checkPage, CITIZEN_ID, demoToken, eidLogin } from './helpers.ts';

test('a returned dossier is rated question by question, nothing chosen in advance', async ({ page, request }) => {
  const admin = await demoToken(request, { username: 'qt.h56' });
  const legacyCode = `E2E-DG-${Date.now()}`;
  const imported = await request.post('/api/v1/dossiers/import', {
    headers: auth(admin),
    data: {
      dossiers: [
        {
          legacyCode,
          procedureCode: '1.001193',
          resolvingAgencyCode: '000.01.31.H56',
          channel: 'counter',
          status: 10,
          receivedAt: '2026-11-02T09:00:00+07:00',
          dueAt: '2026-11-03T09:00:00+07:00',
          statusAt: '2026-11-03T08:00:00+07:00',
          owner: { type: 'citizen', idNumber: CITIZEN_ID, name: 'Lê Văn Thành' },
        },
      ],
    },
  });
  expect(imported.status(), await imported.text()).toBe(201);
  const id = ((await imported.json()) as { items: { id: string }[] }).items[0]!.id;

  await eidLogin(page, CITIZEN_ID);
  await expect(page).toHaveURL(/\/ho-so-cua-toi$/);
  await page.goto(`/ho-so-cua-toi/${id}`);
  const section = page.getByRole('region', { name: 'Đánh giá mức độ hài lòng' });
  const questions = section.getByRole('radiogroup');
  await expect(questions).toHaveCount(11);
  await expect(section.getByRole('radio', { checked: true })).toHaveCount(0); // nothing chosen in advance
  await section.getByRole('button', { name: 'Gửi đánh giá' }).click();
  await expect(section.getByRole('alert')).toContainText('trả lời tất cả các câu hỏi');
  for (const q of await questions.all()) await q.getByRole('radio').nth(1).check(); // "1 điểm" / "Hài lòng"
  await checkPage(page, 'citizen-evaluation');
  await section.getByRole('button', { name: 'Gửi đánh giá' }).click();
  const recorded = section.getByTestId('evaluation-recorded');
  await expect(recorded).toContainText('Mức độ hài lòng chung: Hài lòng');
  await expect(recorded).not.toContainText('Xuất sắc');
});
