import type { SqlExecutor } from '@ziba/messaging';

export interface MenuItemRow {
  id: string;
  restaurantId: string;
  name: string;
  price: bigint;
  currency: string;
  available: boolean;
}

const MENU_ITEM_COLUMNS = 'id, restaurant_id, name, price::text, currency, available';
type RawMenuItem = { id: string; restaurant_id: string; name: string; price: string; currency: string; available: boolean };
const toMenuItem = (r: RawMenuItem): MenuItemRow => ({
  id: r.id,
  restaurantId: r.restaurant_id,
  name: r.name,
  price: BigInt(r.price),
  currency: r.currency.trim(),
  available: r.available,
});

/** menu_item: restaurants' menus (an order copies its lines into order_line, TripRepository.insertLines). */
export const MenuRepository = {
  /** A restaurant's items, by name. */
  async items(em: SqlExecutor, restaurantId: string): Promise<MenuItemRow[]> {
    const rows = await em.execute<RawMenuItem[]>(`select ${MENU_ITEM_COLUMNS} from menu_item where restaurant_id = ? order by name, id`, [restaurantId]);
    return rows.map(toMenuItem);
  },

  /** A restaurant's own item, locked until the transaction ends (a change reads what it replaces); null when it has no item with this id. */
  async lockOwn(em: SqlExecutor, id: string, restaurantId: string): Promise<MenuItemRow | null> {
    const [r] = await em.execute<RawMenuItem[]>(`select ${MENU_ITEM_COLUMNS} from menu_item where id = ? and restaurant_id = ? for update`, [id, restaurantId]);
    return r ? toMenuItem(r) : null;
  },

  async insert(em: SqlExecutor, m: MenuItemRow): Promise<void> {
    await em.execute(
      'insert into menu_item (id, restaurant_id, name, price, currency, available) values (?, ?, ?, ?, ?, ?)',
      [m.id, m.restaurantId, m.name, m.price.toString(), m.currency, m.available],
      'run',
    );
  },

  /** Changes a restaurant's own item (locked first, lockOwn). */
  async update(em: SqlExecutor, m: MenuItemRow): Promise<void> {
    await em.execute(
      'update menu_item set name = ?, price = ?, available = ?, updated_at = now() where id = ? and restaurant_id = ?',
      [m.name, m.price.toString(), m.available, m.id, m.restaurantId],
      'run',
    );
  },
};
