/** The address a slip's QR code carries: `<origin>/v/<code>`, the public ballot page. */
export const ballotLink = (origin: string, code: string) => `${origin.replace(/\/+$/, '')}/v/${code}`;
