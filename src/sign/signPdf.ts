import { createHash } from 'node:crypto';
import { openP12, type SigningIdentity } from './certificate.js';
import { buildCms } from './cms.js';
import { addDss } from './dss.js';
import { collectValidationMaterial } from './ltv.js';
import { PdfReadError } from './pdfObjects.js';
import { addSignatureField, SIGNATURE_BYTES } from './signatureField.js';
import { SignError } from './SignError.js';
import { requestTimestamp } from './timestamp.js';

export interface SignOptions {
  p12: Uint8Array;
  /** Where the p12 came from, for messages. */
  p12File: string;
  passphrase: string;
  reason?: string;
  location?: string;
  allowExpired?: boolean;
  signingTime?: Date;
  /** An RFC 3161 timestamp authority's URL: the signature gets a timestamp (PAdES B-T). */
  tsa?: string;
  /** Adds the certificates and CRLs a later validation needs in a document security store (PAdES B-LT). */
  ltv?: boolean;
}

/**
 * Signs a PDF (PAdES baseline B-B, B-T with a timestamp authority, B-LT with validation material) in an incremental
 * update, so the document's own
 * structure and any earlier signatures are kept byte for byte.
 */
export async function signPdf(pdf: Uint8Array, options: SignOptions, file = 'PDF-filen'): Promise<{ signed: Buffer; identity: SigningIdentity }> {
  if (!Buffer.from(pdf.subarray(0, 1024)).toString('latin1').includes('%PDF-')) {
    throw new SignError(`${file} er ikke en PDF-fil (den begynner ikke med «%PDF-»)`, 'Oppgi PDF-filen styringsdok har laget, for eksempel output/tildelingsbrev.pdf.');
  }
  const identity = openP12(options.p12, options.passphrase, options.p12File, { allowExpired: options.allowExpired });
  let prepared;
  try {
    prepared = addSignatureField(Buffer.from(pdf), {
      signer: identity.name,
      reason: options.reason ?? 'Godkjent',
      location: options.location ?? 'Norge',
      signingTime: options.signingTime ?? new Date(),
    });
  } catch (e) {
    if (!(e instanceof PdfReadError)) throw e;
    throw new SignError(`${file} kunne ikke leses for signering (${e.message})`, 'Bygg PDF-en på nytt med styringsdok og signer den uendrede filen.');
  }
  const { pdf: withField, byteRange: [, len1, start2, len2] } = prepared;
  const digest = createHash('sha256').update(withField.subarray(0, len1)).update(withField.subarray(start2, start2 + len2)).digest();
  const tsa = options.tsa;
  const cms = await buildCms({ digest, chain: identity.chain, key: identity.key, timestamp: tsa ? (value) => requestTimestamp(tsa, value) : undefined });
  if (cms.length > SIGNATURE_BYTES) throw new SignError(`signaturen ble større enn plassen til den (${cms.length} byte)`, 'Bruk et sertifikat med kortere kjede, eller signer uten --tsa.');
  withField.write(cms.toString('hex').toUpperCase(), len1 + 1, 'latin1');
  const signed = options.ltv ? addDss(withField, await collectValidationMaterial(cms)) : withField;
  return { signed, identity };
}
