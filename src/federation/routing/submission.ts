/** Parts of the `dossier.submit` body (national → local routing) that both the portal and the local system name. */

/** A file the owner uploaded to their warehouse on the portal, as a page of one component of the submission. */
export interface ForwardedAttachment {
  /** 1-based position of the component in the submission's `components` (= the dossier's component seq). */
  componentSeq: number;
  documentId: string;
}
