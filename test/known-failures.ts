// Differential programs known to disagree with erts, each with the reason.
// Reviewed like code: an entry is a promise to fix, not a way to hide a failure.
// The harness runs these as expected failures, so one that starts passing fails
// the run until its entry is removed.

export const KNOWN_FAILURES: Record<string, string> = {};
