/** Minutes as hours, to the hundredth (what time sheets show). */
export const toHours = (minutes: number) => Math.round((minutes / 60) * 100) / 100;
