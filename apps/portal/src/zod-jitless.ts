// Zod compiles object parsers with `new Function` where eval is allowed and probes for it whenever it builds an object
// schema. The CSP (script-src 'self') forbids eval, so the probe only logged a violation on every page that validates
// activity content. Parse without compiling: z.config({ jitless: true }) writes to the object zod keeps on
// globalThis.__zod_globalConfig, and seeding that object here keeps zod itself out of the initial bundle (it loads
// with the screens that use it). Imported first by main.ts, before any module can load zod.
const zodGlobal = globalThis as { __zod_globalConfig?: Record<string, unknown> };
zodGlobal.__zod_globalConfig = { ...zodGlobal.__zod_globalConfig, jitless: true };

export {};
