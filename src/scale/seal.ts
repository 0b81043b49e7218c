import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/** Encrypts and authenticates what this deployment keeps in Redis; a value that fails to open is treated as absent. */
export interface Sealer {
  /** A short id of the key, so instances with another key (a rotated secret) keep apart. */
  readonly keyId: string;
  /** `iv.ciphertext.tag` (base64url); `context` is bound in (AES-GCM additional data) but not stored. */
  seal(plaintext: string, context?: string): string;
  /** The plaintext, or undefined for anything forged, corrupted, moved to another context or sealed with another key. */
  open(sealed: string, context?: string): string | undefined;
}

/**
 * AES-256-GCM with a key derived (HKDF-SHA256) from a deployment secret and a purpose: Redis never holds the
 * secret, and what it holds can be neither read nor forged without it.
 */
export function createSealer(secret: string, purpose: string): Sealer {
  const key = Buffer.from(hkdfSync('sha256', secret, 'candescent-gateway', purpose, 32));
  const keyId = Buffer.from(hkdfSync('sha256', key, '', 'key-id', 6)).toString('hex');
  return {
    keyId,
    seal(plaintext, context = '') {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv).setAAD(Buffer.from(context, 'utf8'));
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return [iv, body, cipher.getAuthTag()].map((part) => part.toString('base64url')).join('.');
    },
    open(sealed, context = '') {
      try {
        const [iv, body, tag] = sealed.split('.');
        const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv!, 'base64url')).setAAD(Buffer.from(context, 'utf8'));
        decipher.setAuthTag(Buffer.from(tag!, 'base64url'));
        return Buffer.concat([decipher.update(Buffer.from(body!, 'base64url')), decipher.final()]).toString('utf8');
      } catch {
        return undefined;
      }
    },
  };
}
