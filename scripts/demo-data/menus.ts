// The restaurants' menus: each item the menu lacks (by name) is added; existing items are left as
// they are, so a second run adds nothing.
import type { DemoContext } from './context.ts';
import { member } from './context.ts';
import { MENUS } from './fortnight.ts';
import { must } from './gateway.ts';

/** Menu item ids by restaurant handle and item name, for the food orders. */
export type MenuIds = Map<string, Map<string, string>>;

export async function ensureMenus(ctx: DemoContext): Promise<{ ids: MenuIds; added: number }> {
  const ids: MenuIds = new Map();
  let added = 0;
  for (const [handle, items] of Object.entries(MENUS)) {
    const restaurant = member(ctx, handle);
    const menu = restaurant.created
      ? { items: [] }
      : await must(
          `menu of ${restaurant.email}`,
          restaurant.api.GET('/api/restaurants/{restaurantId}/menu', { params: { path: { restaurantId: restaurant.id } } }),
        );
    const byName = new Map(menu.items.map((i) => [i.name, i.id]));
    for (const [name, price] of items) {
      if (byName.has(name)) continue;
      const item = await must(`menu item ${name}`, restaurant.api.POST('/api/restaurant/menu-items', { body: { name, price, available: true } }));
      byName.set(name, item.id);
      added++;
    }
    ids.set(handle, byName);
  }
  return { ids, added };
}
