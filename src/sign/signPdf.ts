import { plainAddPlaceholder } from '@signpdf/placeholder-plain';
import { P12Signer } from '@signpdf/signer-p12';
import { SignPdf } from '@signpdf/signpdf';
import { SUBFILTER_ADOBE_PKCS7_DETACHED } from '@signpdf/utils';
import { openP12, type SigningIdentity } from './certificate.js';
import { SignError } from './SignError.js';

export interface SignOptions {
  p12: Uint8Array;
  /** Where the p12 came from, for messages. */
  p12File: string;
  passphrase: string;
  reason?: string;
  location?: string;
  allowExpired?: boolean;
  signingTime?: Date;
}

/**
 * Signs a PDF with a detached CMS signature (SHA-256) in an incremental update, so the document's
 * own structure (tags, metadata, bookmarks) is kept byte for byte.
 */
export async function signPdf(pdf: Uint8Array, options: SignOptions): Promise<{ signed: Buffer; identity: SigningIdentity }> {
  if (!Buffer.from(pdf.subarray(0, 1024)).toString('latin1').includes('%PDF-')) {
    throw new SignError('filen er ikke en PDF-fil (den begynner ikke med «%PDF-»)', 'Oppgi PDF-filen styringsdok har laget, for eksempel output/tildelingsbrev.pdf.');
  }
  const identity = openP12(options.p12, options.passphrase, options.p12File, { allowExpired: options.allowExpired });
  const signingTime = options.signingTime ?? new Date();
  let withPlaceholder: Buffer;
  try {
    withPlaceholder = plainAddPlaceholder({
      pdfBuffer: Buffer.from(pdf),
      reason: options.reason ?? 'Godkjent',
      contactInfo: '',
      name: identity.name,
      location: options.location ?? 'Norge',
      signingTime,
      subFilter: SUBFILTER_ADOBE_PKCS7_DETACHED,
      signatureLength: 16384,
      appName: 'styringsdok',
    });
  } catch (e) {
    throw unreadable(e);
  }
  const signer = new P12Signer(Buffer.from(options.p12), { passphrase: options.passphrase });
  try {
    return { signed: await new SignPdf().sign(pointStartxrefAtXref(withPlaceholder), signer, signingTime), identity };
  } catch (e) {
    throw unreadable(e);
  }
}

/** The signing library's own (English) text goes last, as a detail for whoever helps the user. */
function unreadable(e: unknown): SignError {
  return new SignError('PDF-filen kunne ikke leses for signering; den er skadet eller ikke laget slik signeringen forventer', `Bygg PDF-en på nytt med styringsdok og signer den uendrede filen. (Detalj fra signeringsbiblioteket: ${(e as Error).message})`);
}

/**
 * The placeholder library's incremental update leaves startxref pointing at a blank line before the
 * "xref" keyword; strict readers (qpdf --check) warn about it. Point it at the keyword itself.
 */
function pointStartxrefAtXref(pdf: Buffer): Buffer {
  const text = pdf.toString('latin1');
  const match = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text);
  if (!match) return pdf;
  const offset = Number(match[1]);
  const actual = text.indexOf('xref', offset);
  if (actual <= offset || text.slice(offset, actual).trim() !== '') return pdf;
  const fixed = text.slice(0, match.index) + text.slice(match.index).replace(match[1], String(actual));
  return Buffer.from(fixed, 'latin1');
}
