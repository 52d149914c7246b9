/**
 * MÔI TRƯỜNG THỬ NGHIỆM — hộp thư giả lập. The development `SmsSender`: instead of a brandname SMS gateway it
 * stores each SMS in dev_mail_messages (channel sms), shown at /dev-mail beside the caught e-mails.
 */
import type { Db } from '../../db/connect.ts';
import type { SmsSender } from '../../platform/notifications/senders.ts';
import { insertDevMessage } from './mail-catcher.repository.ts';

export function devSmsSender(db: Db): SmsSender {
  return {
    name: 'dev-sms',
    async send(m) {
      await insertDevMessage(db, { channel: 'sms', sender: 'motcua', recipients: [m.to], subject: '', body: m.text, raw: null });
    },
  };
}
