/** The answer of a signed-message receiver: applied or a duplicate, with the receiver's signed receipt. */
import { Type } from 'typebox';

export const Delivery = Type.Object({
  outcome: Type.Union([Type.Literal('applied'), Type.Literal('duplicate')]),
  receipt: Type.Object({
    messageId: Type.String(),
    outcome: Type.String(),
    at: Type.String(),
    receiver: Type.String(),
    signature: Type.String(),
  }),
});
