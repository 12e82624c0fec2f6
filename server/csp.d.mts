export function createNonce(): string;
export function contentSecurityPolicy(nonce: string): string;
