import { describe, expect, it } from 'vitest';
import { createBankCapabilities, REPROBE_AFTER_MS } from '../../src/upstream/capabilities.js';

describe('bank capabilities', () => {
  it('assumes the lenient reading, remembers a refusal, and tries again after the re-probe interval', () => {
    let now = 1_000;
    const capabilities = createBankCapabilities(false, () => now);
    expect(capabilities.supports('orFilter')).toBe(true);
    capabilities.refuse('orFilter');
    expect(capabilities.supports('orFilter')).toBe(false);
    expect(capabilities.supports('accountReadWithoutLocation')).toBe(true);
    now += REPROBE_AFTER_MS - 1;
    expect(capabilities.supports('orFilter')).toBe(false);
    now += 1;
    expect(capabilities.supports('orFilter')).toBe(true);
    expect(capabilities.accountUpdate).toBe(false);
  });
});
