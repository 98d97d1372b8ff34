/**
 * The menu's rating is a Bayesian average: every mediator starts as if rated PRIOR_COUNT times
 * at PRIOR_MEAN, so one five-star (or one-star) review barely moves them, and many reviews
 * outweigh the prior.
 */
export const PRIOR_MEAN = 4;
export const PRIOR_COUNT = 5;

export function smoothedRating(sum: number, count: number): number {
  return Math.round(((PRIOR_MEAN * PRIOR_COUNT + sum) / (PRIOR_COUNT + count)) * 100) / 100;
}
