/**
 * Runs once when the server starts. A production server without a real session secret would sign
 * sessions anyone could forge, so it refuses to start instead. (`npm start` provides one for the demo.)
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NODE_ENV !== "production") return;
  const { secretProblem } = await import("./lib/security/secret");
  const problem = secretProblem(process.env.NEXTAUTH_SECRET);
  if (problem) {
    console.error(`Refusing to start: ${problem}`);
    process.exit(1);
  }
}
