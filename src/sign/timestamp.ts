import { createHash, randomBytes } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { OID } from './cms.js';
import { SignError } from './SignError.js';

const HINT = 'Kontroller adressen i --tsa og nettverket, eller signer uten --tsa (da får signaturen ikke tidsstempel).';

/**
 * Asks an RFC 3161 timestamp authority to stamp `data` (the signature value) and returns the token, after checking
 * that it stamps this very hash and answers this request (the nonce).
 */
export async function requestTimestamp(url: string, data: Buffer): Promise<pkijs.ContentInfo> {
  const hash = createHash('sha256').update(data).digest();
  const nonce = randomBytes(8);
  nonce[0] &= 0x7f;
  const request = new pkijs.TimeStampReq({
    version: 1,
    messageImprint: new pkijs.MessageImprint({
      hashAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256, algorithmParams: new asn1js.Null() }),
      hashedMessage: new asn1js.OctetString({ valueHex: hash }),
    }),
    nonce: new asn1js.Integer({ valueHex: nonce }),
    certReq: true,
  });
  let body: Buffer;
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/timestamp-query' },
      body: Buffer.from(request.toSchema().toBER()),
      signal: AbortSignal.timeout(30_000),
    });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    body = Buffer.from(await response.arrayBuffer());
  } catch (e) {
    throw new SignError(`tidsstempeltjenesten ${url} svarte ikke (${(e as Error).message})`, HINT);
  }
  let token: pkijs.ContentInfo | undefined;
  let info: pkijs.TSTInfo | undefined;
  try {
    const response = pkijs.TimeStampResp.fromBER(new Uint8Array(body));
    if (response.status.status <= 1 && response.timeStampToken) {
      token = response.timeStampToken;
      const eContent = new pkijs.SignedData({ schema: token.content }).encapContentInfo.eContent;
      info = pkijs.TSTInfo.fromBER(eContent!.getValue());
    }
  } catch {
    throw new SignError(`tidsstempeltjenesten ${url} svarte med noe som ikke er et RFC 3161-tidsstempel`, HINT);
  }
  if (!token || !info) throw new SignError(`tidsstempeltjenesten ${url} avviste forespørselen`, HINT);
  const stamped = Buffer.from(info.messageImprint.hashedMessage.getValue());
  const sameNonce = info.nonce && Buffer.from(info.nonce.valueBlock.valueHexView).equals(Buffer.from(request.nonce!.valueBlock.valueHexView));
  if (!stamped.equals(hash) || !sameNonce) throw new SignError(`tidsstempelet fra ${url} gjelder ikke denne signaturen`, HINT);
  return token;
}
