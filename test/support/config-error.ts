import { expect } from 'vitest';
import { ConfigError } from '../../src/config-error.js';

/** The message of the ConfigError that `load` throws; fails the test when it throws nothing or something else. */
export function configRefusal(load: () => unknown): string {
  try {
    load();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  return expect.fail('expected a ConfigError');
}
