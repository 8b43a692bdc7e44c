import { Migration } from '@mikro-orm/migrations';

/**
 * Food orders are trips of service FOOD with a restaurant, a subtotal priced from its menu and a
 * delivery fee; their lines keep the menu price at ordering time. Settlements of food orders record
 * the restaurant's share and rule beside the driver's.
 */
export class FoodOrders extends Migration {
  override up(): void {
    this.addSql(`
alter table trip drop constraint trip_service_type_check;
alter table trip add constraint trip_service_type_check check (service_type in ('RIDE','PARCEL','FOOD'));
alter table trip add column restaurant_id uuid;
alter table trip add column food_subtotal bigint check (food_subtotal > 0);
alter table trip add column delivery_fee bigint check (delivery_fee > 0);
alter table trip add column restaurant_amount bigint;
alter table trip add column restaurant_rule_id text;
alter table trip add column restaurant_bps integer;
alter table trip add constraint trip_food_parts_check check (service_type <> 'FOOD' or (restaurant_id is not null and food_subtotal + delivery_fee = fare));
create index trip_restaurant_idx on trip (restaurant_id, created_at desc) where restaurant_id is not null;

create table menu_item (
  id uuid primary key,
  restaurant_id uuid not null,
  name text not null,
  price bigint not null check (price > 0),
  currency char(3) not null,
  available boolean not null,
  updated_at timestamptz not null default now()
);
create index menu_item_restaurant_idx on menu_item (restaurant_id);

create table order_line (
  trip_id uuid not null references trip (id),
  menu_item_id uuid not null,
  name text not null,
  unit_price bigint not null,
  quantity integer not null check (quantity between 1 and 50),
  primary key (trip_id, menu_item_id)
);
`);
  }
}
