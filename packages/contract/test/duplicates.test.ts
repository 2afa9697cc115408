import { describe, expect, it } from 'vitest';
import { cheapestOffer, leadingOffer, secondBookingWarning } from '../src/rules/duplicates';

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

const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 9, minute));
const offer = (
  id: string,
  status: 'proposed' | 'shortlisted' | 'rejected' | 'scheduled' | 'completed',
  callRateCents: number | null,
  minute = 0,
) => ({ id, status, callRateCents, createdAt: at(minute) });

describe('the offer that leads a person in the list', () => {
  it('is the cheapest of offers at the same stage', () => {
    expect(leadingOffer([offer('a', 'proposed', 90_000), offer('b', 'proposed', 60_000)])).toBe(
      'b',
    );
  });

  it('is the one furthest along, before a cheaper one', () => {
    expect(leadingOffer([offer('a', 'proposed', 60_000), offer('b', 'shortlisted', 90_000)])).toBe(
      'b',
    );
    expect(leadingOffer([offer('a', 'shortlisted', 60_000), offer('b', 'completed', 90_000)])).toBe(
      'b',
    );
    expect(leadingOffer([offer('a', 'rejected', 10_000), offer('b', 'proposed', 90_000)])).toBe(
      'b',
    );
  });

  it('puts an offer without a rate last, then the earliest, then the smallest id', () => {
    expect(leadingOffer([offer('a', 'proposed', null), offer('b', 'proposed', 90_000)])).toBe('b');
    expect(
      leadingOffer([offer('a', 'proposed', 60_000, 5), offer('b', 'proposed', 60_000, 2)]),
    ).toBe('b');
    expect(leadingOffer([offer('b', 'proposed', null), offer('a', 'proposed', null)])).toBe('a');
  });

  it('is none without offers; the cheapest is none without a rate', () => {
    expect(leadingOffer([])).toBeNull();
    expect(cheapestOffer([offer('a', 'proposed', null)])).toBeNull();
  });
});
