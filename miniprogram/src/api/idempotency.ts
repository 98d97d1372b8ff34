/** One key per submission, kept with the form: a retried submit (a lost answer, a double tap) never creates twice. */
export const newIdempotencyKey = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
