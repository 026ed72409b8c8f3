/** The content of version `n` of a crash-test session: larger than a page, and checkable. */
export function versionContent(n: number): { values: Record<string, string>; ticked: string[] } {
  const line = `version ${n} `.repeat(40);
  const values: Record<string, string> = { version: String(n) };
  for (let i = 0; i < 12; i += 1) values[`field.${i}`] = `${i}:${line}`;
  return { values, ticked: [`point.${n % 7}`] };
}
