/**
 * Runs once when the server starts. A production server without a real session secret would sign
 * sessions anyone could forge, and one without NEXTAUTH_URL would have to build emailed links from the
 * request's Host header, which the client chooses: it refuses to start instead. (`npm start` provides both.)
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NODE_ENV !== "production") return;
  const { secretProblem } = await import("./lib/security/secret");
  const { publicUrlProblem } = await import("./lib/security/public-url");
  const problem = secretProblem(process.env.NEXTAUTH_SECRET) ?? publicUrlProblem(process.env.NEXTAUTH_URL);
  if (problem) {
    console.error(`Refusing to start: ${problem}`);
    process.exit(1);
  }
}
