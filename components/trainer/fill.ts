/**
 * A message's placeholders ("{name}") filled in, for a client component given its text as a template: the message
 * is translated on the server (lib/i18n/messages), the values are only known in the browser or repeat on every row.
 * Plurals are not templates: the server sends those already counted.
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/** A template cut at its placeholders: text, and the names of the values that go between ("{create} to create"). */
export function splitTemplate(template: string): (string | { name: string })[] {
  return template
    .split(/\{(\w+)\}/g)
    .flatMap((part, i): (string | { name: string })[] => (i % 2 ? [{ name: part }] : part ? [part] : []));
}
