export function formatMinutes(minutes: number): string {
  const rounded = Math.round(minutes * 2) / 2;
  return `${rounded} min`;
}
