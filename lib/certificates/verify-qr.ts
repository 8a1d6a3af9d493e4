import QRCode from "qrcode";

/**
 * The QR code of a certificate's verification address as SVG markup, for the print view: the same library and
 * error correction as the PDF's, so both scan to the same page. The address is built from NEXTAUTH_URL and a
 * normalised certificate number, so nothing a request sends ends up in the markup.
 */
export function verifyQrSvg(verifyUrl: string): Promise<string> {
  return QRCode.toString(verifyUrl, { type: "svg", errorCorrectionLevel: "M", margin: 0 });
}
