/** Chinese labels as GraphQL enum value descriptions, so the schema itself documents the vocabulary. */
export function describedBy(labels: Record<string, string>) {
  return Object.fromEntries(Object.entries(labels).map(([value, label]) => [value, { description: label }]));
}
