import { reasonWords } from '../api/problem-words.ts';

/**
 * Why the withdraw form is closed now, in words: identity's eligibility reasons and the payout
 * service's standing ones. The hourly limit says when it lifts, so the earner is not left guessing.
 */
export function withdrawBlockedWords(
  eligibilityReasons: readonly string[],
  terms: { reasons: string[]; velocityLimitLiftsAt: string | null } | undefined,
): string[] {
  const standing = terms?.reasons ?? [];
  const liftsAt = terms?.velocityLimitLiftsAt;
  return [
    ...reasonWords(eligibilityReasons),
    ...standing.map((r) =>
      r === 'VELOCITY_LIMIT' && liftsAt
        ? `You have made as many withdrawal requests as an hour allows; you can ask again at ${new Date(liftsAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}.`
        : reasonWords([r])[0]!,
    ),
  ];
}
