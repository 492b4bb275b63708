/** The advisory lock every write to an experience's seats, rosters and capacity serializes on. */
export const experienceLockKey = (experienceId: string) => `experience:${experienceId}`;
