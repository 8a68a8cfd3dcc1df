/** Anchor ids inside fix pages: stable, so links pasted into tickets keep working. */

/** @example stepAnchorId('check-the-key') // => 'step-check-the-key' */
export function stepAnchorId(stepId: string): string {
  return `step-${stepId}`;
}

/** @example faqAnchorId('when-to-contact-support') // => 'faq-when-to-contact-support' */
export function faqAnchorId(faqId: string): string {
  return `faq-${faqId}`;
}
