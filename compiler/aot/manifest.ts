// DIR/manifest.json: what a compiled program is made of and how main.mjs starts it
// (cli/dist-main.ts reads it). Paths are relative to DIR and '/'-separated.

export const MANIFEST_FORMAT = 1;

export interface Manifest {
  format: number;
  /** The translator's build (what the translation cache keys by): modules/ and runtime.mjs come from it. */
  translator: string;
  /**
   * The URL of DIR when it was compiled: V8's code caches (modules/*.mjs.v8) record their file's
   * URL, so they are used only while DIR is there.
   */
  codeCacheBase: string;
  otp: { release: string; version: string; erts: string };
  start: {
    /** --main MODULE: MODULE:main/1 is called with the arguments. */
    main: string | null;
    /** Without --main: the application started (application:ensure_all_started/2, permanent). */
    application: string | null;
    /** A release's boot script (without .boot), which starts its applications; null: OTP's own start.boot. */
    boot: string | null;
  };
  /** The inputs' ebin directories (-pa), in order. */
  pa: string[];
  /** Elixir's ebin directories, when the program uses Elixir; null when it does not. */
  elixir: string[] | null;
  modules: Array<{ name: string; app: string | null; beam: string; es: string }>;
  apps: Array<{ name: string; vsn: string; dir: string; origin: string }>;
}
