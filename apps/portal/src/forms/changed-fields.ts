/**
 * Which of `names` (dotted, list indexes dropped: `contact.email`, `classes.carers`) a form's `onValuesChange`
 * value touches: the name itself, a part of it, or a whole it is part of.
 */
export function touchedByChange(names: Iterable<string>, changedValues: unknown): string[] {
  const changed = changedNames(changedValues, [], 4);
  return [...names].filter((name) =>
    changed.some((path) => path === name || path.startsWith(`${name}.`) || name.startsWith(`${path}.`)),
  );
}

/** The dotted names of the values in a change, list indexes dropped, to a depth (a dayjs or a File is a value). */
function changedNames(value: unknown, path: string[], depth: number): string[] {
  const whole = path.length > 0 ? [path.join('.')] : [];
  const isPlainObject =
    value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype;
  if (depth === 0 || (!Array.isArray(value) && !isPlainObject)) return whole;
  const names = Array.isArray(value)
    ? value.flatMap((item) => changedNames(item, path, depth))
    : Object.entries(value).flatMap(([key, item]) => changedNames(item, [...path, key], depth - 1));
  // An emptied list or object changed as a whole.
  return names.length > 0 ? names : whole;
}
