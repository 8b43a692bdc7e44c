// The fortnight the demo plays: wallet top-ups, menus, and each driver's jobs in order. Fares are
// the server's (tariff times distance); the distances come from the seed within the ranges below,
// which are chosen so every earner has what the payouts in payout-plan.ts take out.

/** Minor units (kobo, cents, poisha) each rider adds to the wallet, one top-up per entry. */
export const TOP_UPS: Record<string, readonly number[]> = {
  'chiamaka.obi': [2_500_000, 1_500_000],
  'aisha.bello': [65_000_000],
  'kemi.adewale': [2_000_000],
  'emily.carter': [25_000, 15_000],
  'farhana.akter': [400_000, 400_000],
};

/** Each restaurant's menu: name and price in minor units. */
export const MENUS: Record<string, ReadonlyArray<readonly [string, number]>> = {
  'titilayo.balogun': [
    ['Jollof rice and chicken', 350_000],
    ['Pounded yam and egusi', 420_000],
    ['Suya platter', 500_000],
    ['Party jollof tray (serves 10)', 1_200_000],
    ['Chapman', 150_000],
  ],
  'anthony.russo': [
    ['Margherita pie', 1_800],
    ['Pepperoni pie', 2_100],
    ['Garlic knots', 650],
    ['Caesar salad', 975],
    ['Cannoli', 500],
  ],
  'shakil.ahmed': [
    ['Kacchi biryani', 45_000],
    ['Morog polao', 38_000],
    ['Beef tehari', 32_000],
    ['Borhani', 8_000],
    ['Firni', 12_000],
  ],
};

export interface Job {
  kind: 'RIDE' | 'PARCEL' | 'FOOD';
  pay: 'ONLINE' | 'CASH';
  /** The rider (or food customer). */
  rider: string;
  km: readonly [number, number];
  /** Food orders: the restaurant and what is ordered from its menu. */
  restaurant?: string;
  lines?: ReadonlyArray<readonly [string, number]>;
  /**
   * Left after this step instead of settled: 'start', a ride under way (the rider wallet's "funds on
   * hold" moment); 'complete', a ride done that waits for an admin on the Settlements page.
   */
  leftAt?: 'start' | 'complete';
}

const ride = (rider: string, pay: Job['pay'], km: Job['km']): Job => ({ kind: 'RIDE', pay, rider, km });
const parcel = (rider: string, km: Job['km']): Job => ({ kind: 'PARCEL', pay: 'ONLINE', rider, km });
const food = (rider: string, pay: Job['pay'], restaurant: string, lines: Job['lines'], km: Job['km']): Job => ({
  kind: 'FOOD',
  pay,
  rider,
  restaurant,
  lines,
  km,
});

/**
 * Each driver's jobs, in the order they happen. Within a country the drivers work one after the
 * other (they share riders); the countries run side by side.
 */
export const JOBS: Record<string, readonly Job[]> = {
  'adebayo.ogunleye': [
    ride('chiamaka.obi', 'ONLINE', [18, 26]),
    ride('chiamaka.obi', 'ONLINE', [12, 18]),
    ride('babatunde.bakare', 'CASH', [6, 12]),
    parcel('chiamaka.obi', [8, 14]),
    food(
      'aisha.bello',
      'ONLINE',
      'titilayo.balogun',
      [
        ['Jollof rice and chicken', 2],
        ['Chapman', 2],
      ],
      [3, 6],
    ),
    // An office party: big enough that its payout needs two admins (four-eyes).
    food('aisha.bello', 'ONLINE', 'titilayo.balogun', [['Party jollof tray (serves 10)', 50]], [5, 9]),
    { ...ride('chiamaka.obi', 'ONLINE', [12, 18]), leftAt: 'start' },
    { ...ride('aisha.bello', 'ONLINE', [6, 10]), leftAt: 'complete' },
  ],
  // Mostly cash: owes more commission than his one online fare earned, so the netting is partial.
  'musa.abdullahi': [
    ride('babatunde.bakare', 'CASH', [8, 14]),
    ride('babatunde.bakare', 'CASH', [10, 18]),
    ride('chiamaka.obi', 'ONLINE', [4, 6]),
    ride('babatunde.bakare', 'CASH', [12, 20]),
    { ...ride('babatunde.bakare', 'CASH', [5, 9]), leftAt: 'complete' },
    food(
      'babatunde.bakare',
      'CASH',
      'titilayo.balogun',
      [
        ['Pounded yam and egusi', 1],
        ['Suya platter', 1],
      ],
      [3, 7],
    ),
  ],
  'segun.afolabi': [ride('chiamaka.obi', 'ONLINE', [12, 20]), ride('chiamaka.obi', 'ONLINE', [12, 20]), ride('chiamaka.obi', 'ONLINE', [12, 20])],
  'femi.oladipo': [ride('kemi.adewale', 'ONLINE', [8, 15]), ride('kemi.adewale', 'ONLINE', [8, 15])],
  'james.walker': [
    ride('emily.carter', 'ONLINE', [10, 22]),
    ride('emily.carter', 'ONLINE', [10, 22]),
    ride('emily.carter', 'ONLINE', [10, 22]),
    ride('emily.carter', 'ONLINE', [10, 22]),
    food(
      'michael.brown',
      'CASH',
      'anthony.russo',
      [
        ['Pepperoni pie', 1],
        ['Garlic knots', 2],
      ],
      [2, 5],
    ),
  ],
  'maria.gonzalez': [
    ride('emily.carter', 'ONLINE', [8, 18]),
    ride('emily.carter', 'ONLINE', [8, 18]),
    ride('emily.carter', 'ONLINE', [8, 18]),
    parcel('emily.carter', [5, 10]),
    food(
      'emily.carter',
      'ONLINE',
      'anthony.russo',
      [
        ['Margherita pie', 2],
        ['Caesar salad', 1],
      ],
      [2, 5],
    ),
    food(
      'emily.carter',
      'ONLINE',
      'anthony.russo',
      [
        ['Pepperoni pie', 2],
        ['Cannoli', 3],
      ],
      [2, 5],
    ),
  ],
  'rahim.uddin': [
    ride('farhana.akter', 'ONLINE', [10, 18]),
    ride('farhana.akter', 'ONLINE', [10, 18]),
    ride('farhana.akter', 'ONLINE', [10, 18]),
    ride('farhana.akter', 'ONLINE', [10, 18]),
    ride('tanvir.hasan', 'CASH', [6, 12]),
    ride('tanvir.hasan', 'CASH', [6, 12]),
    food(
      'tanvir.hasan',
      'CASH',
      'shakil.ahmed',
      [
        ['Kacchi biryani', 2],
        ['Borhani', 2],
      ],
      [2, 5],
    ),
  ],
  'karim.hossain': [
    ride('farhana.akter', 'ONLINE', [10, 18]),
    ride('farhana.akter', 'ONLINE', [10, 18]),
    ride('farhana.akter', 'ONLINE', [10, 18]),
    ride('farhana.akter', 'ONLINE', [10, 18]),
    food(
      'farhana.akter',
      'ONLINE',
      'shakil.ahmed',
      [
        ['Morog polao', 2],
        ['Firni', 2],
      ],
      [3, 6],
    ),
    food(
      'farhana.akter',
      'ONLINE',
      'shakil.ahmed',
      [
        ['Kacchi biryani', 3],
        ['Beef tehari', 2],
        ['Firni', 2],
      ],
      [3, 6],
    ),
  ],
};
