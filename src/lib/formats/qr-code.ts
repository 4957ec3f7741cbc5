/**
 * QR codes for paper: a printed extract carries one of its full text's address, so a phone opens
 * the section from the handout. Made when the page is built, as inline SVG: the reader's browser
 * neither draws it nor fetches it.
 */
import QRCode from 'qrcode';

/** Error correction M (15 % of the code can be lost): survives a fold or a smudge, stays small. */
export const QR_ERROR_CORRECTION = 'M';
/** The quiet zone, in modules: the 4 the standard asks for, so a scanner finds the code on any paper. */
export const QR_QUIET_ZONE = 4;
/** Printed size, quiet zone included: modules of about half a millimetre, which a phone reads from a hand's span. */
export const QR_PRINTED_SIZE = '24mm';

/** `text` as an SVG QR code, black on white, at its printed size; the text beside it says the same to a screen reader. */
export async function qrCodeSvg(text: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: QR_ERROR_CORRECTION, margin: QR_QUIET_ZONE, color: { dark: '#000000', light: '#ffffff' } });
  return svg.trim().replace('<svg ', `<svg width="${QR_PRINTED_SIZE}" height="${QR_PRINTED_SIZE}" aria-hidden="true" `);
}
