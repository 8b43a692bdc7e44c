import type { MenuItemChangedV1 } from '@ziba/contracts';
import { enqueueEvent, type SqlExecutor } from '@ziba/messaging';
import { parseMinorUnits } from '@ziba/money';
import { inTransaction } from '@ziba/persistence';
import type { Actor } from '@ziba/service-kit';
import { AppError } from '@ziba/service-kit/errors';
import { randomUUID } from 'node:crypto';
import { requireMenuPrice } from '../domain/menu-price.ts';
import { partyOf } from '../domain/trip-access.ts';
import { TripErrors } from '../domain/trip-state.ts';
import { MenuRepository, type MenuItemRow } from '../persistence/menu.repository.ts';
import { Identity } from './collaborators.ts';
import { SOURCE, type TripContext } from './trip-context.ts';

export const toMenuMessage = (m: MenuItemRow) => ({
  id: m.id,
  restaurantId: m.restaurantId,
  name: m.name,
  price: { amount: m.price.toString(), currency: m.currency },
  available: m.available,
});

const noSuchItem = () => new AppError('NOT_FOUND', 'MENU_ITEM_NOT_FOUND', 'no such menu item');

function restaurantOf(actor: Actor | null): string {
  const { party, id } = partyOf(actor);
  if (party !== 'RESTAURANT') throw new AppError('FORBIDDEN', 'ACTION_NOT_ALLOWED', 'only restaurants keep menus');
  return id;
}

/**
 * A restaurant's own menu item, new (empty id) or changed; prices are in the restaurant's currency.
 * A change is made under the item's row lock and announced with what it replaced, so the audit
 * trail says who changed a price, and from what.
 */
export async function setMenuItem(
  ctx: TripContext,
  actor: Actor | null,
  input: { id: string; name: string; price: string; available: boolean; keepAvailability?: boolean },
) {
  const restaurantId = restaurantOf(actor);
  const name = input.name?.trim() ?? '';
  if (!name || name.length > 120) throw TripErrors.invalid('name', 'must be 1 to 120 characters');
  let price: bigint;
  try {
    price = parseMinorUnits(input.price ?? '');
  } catch {
    throw TripErrors.invalid('price', 'must be an integer of minor units');
  }
  const restaurant = await Identity.user(ctx, restaurantId);
  return inTransaction(ctx, async (em) => {
    // A change names an item the restaurant has; only a new item (no id) is created.
    const before = input.id ? await MenuRepository.lockOwn(em, input.id, restaurantId) : null;
    if (input.id && !before) throw noSuchItem();
    requireMenuPrice(price, restaurant.currency, before?.price ?? null);
    // A rename or a new price from a form that does not show availability keeps it as stored now.
    const available = before && input.keepAvailability ? before.available : input.available;
    const item = { id: input.id || randomUUID(), restaurantId, name, price, currency: restaurant.currency, available };
    // Saving what is already there changes nothing, and the trail records nothing.
    if (before && isSameSettings(before, item)) return toMenuMessage(before);
    if (before) await MenuRepository.update(em, item);
    else await MenuRepository.insert(em, item);
    await announce(em, actor!, item, before);
    return toMenuMessage(item);
  });
}

/**
 * Takes an item off the menu or puts it back, and changes nothing else: a page showing an old price
 * cannot put that price back by pressing the switch. Asking for what it already is changes nothing.
 */
export async function setMenuItemAvailability(ctx: TripContext, actor: Actor | null, input: { id: string; available: boolean }) {
  const restaurantId = restaurantOf(actor);
  return inTransaction(ctx, async (em) => {
    const before = await MenuRepository.lockOwn(em, input.id, restaurantId);
    if (!before) throw noSuchItem();
    if (before.available === input.available) return toMenuMessage(before);
    const item = { ...before, available: input.available };
    await MenuRepository.update(em, item);
    await announce(em, actor!, item, before);
    return toMenuMessage(item);
  });
}

const settingsOf = (m: MenuItemRow) => ({ name: m.name, price: m.price.toString(), available: m.available });
const isSameSettings = (a: MenuItemRow, b: MenuItemRow) => a.name === b.name && a.price === b.price && a.available === b.available;

async function announce(em: SqlExecutor, actor: Actor, item: MenuItemRow, before: MenuItemRow | null): Promise<void> {
  await enqueueEvent<MenuItemChangedV1>(em, SOURCE, {
    type: 'trip.menu-item-changed.v1',
    aggregateType: 'menu_item',
    aggregateId: item.id,
    actor,
    data: { itemId: item.id, restaurantId: item.restaurantId, currency: item.currency, ...settingsOf(item), previous: before ? settingsOf(before) : null },
  });
}
