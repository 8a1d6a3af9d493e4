export function verifyUrlFor(baseUrl: string, number: string): string {
  return `${baseUrl}/verify/${number}`;
}
