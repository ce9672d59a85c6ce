/** Puts values into the `{name}` slots of a text; unknown slots stay as they are. */
export function fill(text: string, params: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => String(params[key] ?? whole))
}
