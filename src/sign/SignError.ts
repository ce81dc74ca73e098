/** A problem with the certificate, the passphrase or the PDF that the user can fix; the message is Norwegian. */
export class SignError extends Error {
  constructor(message: string, readonly hint?: string) {
    super(message);
  }
}
