/**
 * The standard one-stop forms of Circular 03/2025/TT-VPCP as PDF documents (Mẫu số 01–06). Each renderer takes
 * plain data, validates it (AppError 'validation-failed'), and returns the PDF bytes stamped with the template
 * version of FORM_TEMPLATES.
 */
export { renderReceipt, FEE_COLLECTION_LABELS } from './form-01-receipt.ts';
export type {
  ReceiptInput,
  FeeItem,
  FeeCollectionMode,
  ResultDelivery,
  ProcessingTimeUnit,
} from './form-01-receipt.ts';
export { renderSupplementRequest } from './form-02-supplement.ts';
export type { SupplementRequestInput, SupplementItem } from './form-02-supplement.ts';
export { renderRefusal } from './form-03-refusal.ts';
export type { RefusalInput } from './form-03-refusal.ts';
export { renderApology } from './form-04-apology.ts';
export type { ApologyInput } from './form-04-apology.ts';
export { renderStopNotice } from './form-05-stop.ts';
export type { StopNoticeInput, StopRequestChannel, RevokedResultRef } from './form-05-stop.ts';
export { renderControlSlip, classifyTimeliness, TIMELINESS_LABELS } from './form-06-control-slip.ts';
export type {
  ControlSlipInput,
  HandoverInput,
  HandoverParty,
  StepTimeliness,
} from './form-06-control-slip.ts';
export type {
  ApplicantInput,
  DossierComponent,
  FormAgency,
  OfficerRef,
  ProcedureRef,
  SignerRef,
} from './forms.ts';
export { FORM_TEMPLATES, LEGACY_TT01_NUMBERS } from './templates.ts';
export type { FormNumber, FormTemplate } from './templates.ts';
export { isValidDossierCode, isValidProcedureCode } from './validate.ts';
export * from './vn-format.ts';
export { stampVerification } from './verification-stamp.ts';
export type { VerificationStamp } from './verification-stamp.ts';
