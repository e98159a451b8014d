import { describe, expect, it } from 'vitest';
import { isStorageFull, storageFull, storageRefused, storageWriteFailed } from '../../../src/shared/storage';

describe('storage wording', () => {
  it('tells a full store from a refused one', () => {
    expect(isStorageFull(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))).toBe(true);
    expect(isStorageFull(new DOMException('Full', 'NS_ERROR_DOM_QUOTA_REACHED'))).toBe(true);
    expect(isStorageFull(new DOMException('The operation is insecure.', 'SecurityError'))).toBe(false);
    expect(isStorageFull(new Error('QuotaExceededError'))).toBe(false);
    expect(isStorageFull(null)).toBe(false);
    expect(isStorageFull('QuotaExceededError')).toBe(false);
  });
  it('says which, and what could not be kept', () => {
    expect(storageWriteFailed(new DOMException('', 'QuotaExceededError'), 'your progress')).toBe(storageFull('your progress'));
    expect(storageFull('your progress')).toMatch(/storage for this site is full, so your progress could not be kept on this device\.$/);
    expect(storageWriteFailed(new DOMException('', 'SecurityError'), 'your progress')).toBe(storageRefused('your progress'));
  });
});
