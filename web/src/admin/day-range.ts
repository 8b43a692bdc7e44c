/** Why a range of days (YYYY-MM-DD, either end optional) cannot be asked for, in words for its To field; null when it can. */
export const dayRangeProblem = (r: { from?: string; to?: string }): string | null => (r.from && r.to && r.from > r.to ? 'Pick a day on or after From' : null);
