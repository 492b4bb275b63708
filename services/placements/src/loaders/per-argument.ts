/**
 * Loaders for fields with arguments (e.g. `workBasedLearningHours(schoolYear)`): one loader per
 * distinct argument value within the request, so each value is still one statement per batch.
 */
export function perArgument<L>(make: (argument: string | null) => L): (argument: string | null | undefined) => L {
  const loaders = new Map<string | null, L>();
  return (argument) => {
    const key = argument ?? null;
    if (!loaders.has(key)) loaders.set(key, make(key));
    return loaders.get(key)!;
  };
}
