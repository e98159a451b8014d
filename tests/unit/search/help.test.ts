import { afterEach, describe, expect, it, vi } from 'vitest';
import { hasWord, spellingFor } from '../../../src/search/help';
import { VOCABULARY_PATH } from '../../../src/search/spelling';

describe('hasWord', () => {
  it('allows a different ending, as Pagefind matches stems', () => {
    expect(hasWord('Making a referral to MASH', 'referrals')).toBe(true);
    expect(hasWord('Making a referral to MASH', 'safegaurding')).toBe(false);
  });
});

describe('spellingFor', () => {
  afterEach(() => { vi.unstubAllGlobals(); });
  const vocabulary = ['safeguarding', 'referral', 'MASH'];

  it('does not fetch the vocabulary when the first result has every word', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    expect(await spellingFor('MASH referral', 'MASH: making a referral')).toBeNull();
    expect(fetch).not.toHaveBeenCalled();
  });

  it('fetches the vocabulary once, from the path the build writes it to, and corrects a missing word', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify(vocabulary)));
    vi.stubGlobal('fetch', fetch);
    expect(await spellingFor('safegaurding', 'Safety and support')).toBe('safeguarding');
    expect(await spellingFor('referal', null)).toBe('referral');
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch).toHaveBeenCalledWith(`/${VOCABULARY_PATH}`);
  });
});
