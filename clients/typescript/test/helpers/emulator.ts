import { spawn } from "node:child_process";
import { once } from "node:events";
import { createInterface } from "node:readline";

export interface Emulator {
  url: string;
  stop(): Promise<void>;
}

export interface EmulatorOptions {
  /** Seconds a function build takes (default 0.3). */
  buildSeconds?: number;
  /** Serve the control surface under /_emulator (`--control`). */
  control?: boolean;
  /** The only X-Auth-Token the emulator accepts, given on its standard input (`--token -`,
   * so that it never shows in the process list); without it, any token is accepted. */
  token?: string;
}

/** Start the project's Python emulator on a free port (python from $PYTHON, default
 * python3) and wait for its banner line. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const { buildSeconds = 0.3, control = false, token } = options;
  const python = process.env["PYTHON"] ?? "python3";
  const args = ["-m", "scaleway_functions.testing", "--port", "0", "--build-seconds", `${buildSeconds}`];
  if (control) args.push("--control");
  if (token !== undefined) args.push("--token", "-");
  const child = spawn(python, args, { stdio: [token === undefined ? "ignore" : "pipe", "pipe", "inherit"] });
  // An emulator that exits at once closes its input: that shows as its exit, not as EPIPE.
  child.stdin?.on("error", () => undefined);
  if (token !== undefined) child.stdin?.end(`${token}\n`);
  const exited = once(child, "exit");
  // Never leave the emulator behind, even when the test runner kills this process.
  const killChild = () => child.kill("SIGKILL");
  process.once("exit", killChild);
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      killChild();
      process.exit(1);
    });
  }
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
    await exited;
    clearTimeout(timer);
    process.off("exit", killChild);
  };
  const banner = new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on("line", (line) => {
      const match = /listening on (http:\/\/\S+)/.exec(line);
      if (match?.[1]) resolve(match[1]);
    });
    child.on("error", reject);
    void exited.then(([code]) => reject(new Error(`${python} ${args.join(" ")} exited with ${code}`)));
  });
  const timeout = new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error("the emulator printed no banner in 30 s")), 30_000).unref(),
  );
  try {
    return { url: await Promise.race([banner, timeout]), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
