import { describe, expect, it } from 'vitest';
import { cheapestOffer, secondBookingWarning } from '../src/rules';

describe('cheapestOffer', () => {
  it.each([
    { offers: [], cheapest: null },
    { offers: [{ id: 'a', callRateCents: null }], cheapest: null },
    {
      offers: [
        { id: 'a', callRateCents: 90_000 },
        { id: 'b', callRateCents: 60_000 },
        { id: 'c', callRateCents: null },
      ],
      cheapest: 'b',
    },
    // A tie keeps the first offer.
    {
      offers: [
        { id: 'a', callRateCents: 60_000 },
        { id: 'b', callRateCents: 60_000 },
      ],
      cheapest: 'a',
    },
    // A free offer (rate 0) is the cheapest, not "unknown".
    {
      offers: [
        { id: 'a', callRateCents: 10_000 },
        { id: 'b', callRateCents: 0 },
      ],
      cheapest: 'b',
    },
  ])('$offers.length offers: $cheapest', ({ offers, cheapest }) => {
    expect(cheapestOffer(offers)).toBe(cheapest);
  });
});

describe('secondBookingWarning', () => {
  it('says nothing while the person has no other call in the campaign', () => {
    expect(secondBookingWarning([])).toBeNull();
  });

  it('names the network the person is already booked through', () => {
    expect(secondBookingWarning([{ vendorName: 'GLG' }])).toBe(
      'This person already has a call in this campaign through GLG: booking them again pays twice',
    );
  });

  it('still warns for a call with an expert added by hand', () => {
    expect(secondBookingWarning([{ vendorName: null }])).toBe(
      'This person already has a call in this campaign: booking them again pays twice',
    );
  });
});
