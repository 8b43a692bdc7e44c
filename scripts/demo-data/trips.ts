// Rides, parcels and food orders, each carried through its state machine by the parties the server
// expects (rider, restaurant, driver) and settled by the admin. Trips have no Idempotency-Key, so a
// driver's statement says how far the story got: every settled job left a line there (an earning,
// or the commission owed on cash), and only the jobs after those are run.
import type { Member } from './accounts.ts';
import { goOnline } from './accounts.ts';
import type { DemoContext } from './context.ts';
import { member } from './context.ts';
import type { Job } from './fortnight.ts';
import { DemoError, must } from './gateway.ts';
import type { MenuIds } from './menus.ts';
import { statementOf } from './top-ups.ts';

/** Statement lines of trips carry the trip as their reference (cash trips' lines are 'commission' lines). */
const TRIP_REFERENCES = new Set(['ride', 'delivery', 'food_order']);

/** Trips this driver was paid (or charged commission) for. */
async function settledTrips(driver: Member): Promise<number> {
  if (driver.created) return 0;
  const lines = await statementOf(driver);
  return new Set(lines.filter((t) => TRIP_REFERENCES.has(t.referenceType)).map((t) => t.referenceId)).size;
}

/** The status a ride left after this step stands in. */
const LEFT_STATUS = { start: 'IN_PROGRESS', complete: 'COMPLETED' } as const;

/** Whether this rider has a ride already left where the job leaves one (a rider has at most one such job). */
async function hasLeftRide(rider: Member, leftAt: NonNullable<Job['leftAt']>): Promise<boolean> {
  if (rider.created) return false;
  const trips = await must(`rides of ${rider.email}`, rider.api.GET('/api/trips', { params: { query: { kind: 'RIDE', limit: 100 } } }));
  return trips.trips.some((t) => t.status === LEFT_STATUS[leftAt]);
}

/** Runs what is missing of this driver's jobs; answers how many it ran. */
export async function ensureJobs(ctx: DemoContext, menus: MenuIds, driverHandle: string, jobs: readonly Job[]): Promise<number> {
  const driver = member(ctx, driverHandle);
  const settled = jobs.filter((j) => !j.leftAt);
  const done = await settledTrips(driver);
  const todo = settled.slice(done);
  const leftTodo = [];
  for (const job of jobs) if (job.leftAt && !(await hasLeftRide(member(ctx, job.rider), job.leftAt))) leftTodo.push(job);
  if (todo.length + leftTodo.length === 0) return 0;

  await goOnline(driver);
  for (const [i, job] of todo.entries()) await runJob(ctx, menus, driver, job, `${driverHandle}:${done + i}`);
  // A driver is on one trip at a time: the rides left done go first, the one left under way last. Each
  // keeps the label (so the seeded distance) it always had.
  const underWayLast = [...leftTodo.entries()].sort(([, a], [, b]) => Number(a.leftAt === 'start') - Number(b.leftAt === 'start'));
  for (const [i, job] of underWayLast) await runJob(ctx, menus, driver, job, `${driverHandle}:${job.leftAt === 'start' ? 'running' : 'waiting'}:${i}`);
  return todo.length + leftTodo.length;
}

async function runJob(ctx: DemoContext, menus: MenuIds, driver: Member, job: Job, label: string): Promise<void> {
  const rider = member(ctx, job.rider);
  // Whole hundreds of metres, from the seed, within the job's range.
  const distanceMeters = ctx.seeded.int(`distance:${label}`, job.km[0] * 10, job.km[1] * 10) * 100;
  if (job.kind === 'FOOD') return runFoodOrder(ctx, menus, driver, rider, job, distanceMeters);

  const trip = await must(
    `${job.kind} for ${rider.email}`,
    rider.api.POST('/api/trips', { body: { serviceType: job.kind, paymentMethod: job.pay, distanceMeters } }),
  );
  const tripId = trip.id;
  const steps = job.kind === 'RIDE' ? (['accept', 'arrive', 'start', 'complete'] as const) : (['accept', 'pick-up', 'on-the-way', 'deliver'] as const);
  for (const step of steps) {
    await must(`${step} ${job.kind} ${tripId}`, driver.api.POST(`/api/trips/{tripId}/${step}`, { params: { path: { tripId } }, body: {} }));
    if (job.leftAt === step) return;
  }
  await must(`settle ${tripId}`, ctx.admin.POST('/api/trips/{tripId}/settle', { params: { path: { tripId } }, body: {} }));
}

async function runFoodOrder(ctx: DemoContext, menus: MenuIds, driver: Member, customer: Member, job: Job, distanceMeters: number): Promise<void> {
  const restaurant = member(ctx, job.restaurant!);
  const menu = menus.get(restaurant.person.handle)!;
  const lines = job.lines!.map(([name, quantity]) => {
    const menuItemId = menu.get(name);
    if (!menuItemId) throw new DemoError(`${restaurant.person.business} has no ${name} on its menu`);
    return { menuItemId, quantity };
  });
  const order = await must(
    `food order for ${customer.email}`,
    customer.api.POST('/api/food-orders', { body: { restaurantId: restaurant.id, lines, paymentMethod: job.pay, distanceMeters } }),
  );
  const orderId = order.id;
  const step = (who: Member, action: 'accept' | 'prepare' | 'ready' | 'accept-delivery' | 'pick-up' | 'on-the-way' | 'deliver') =>
    must(`${action} food order ${orderId}`, who.api.POST(`/api/food-orders/{orderId}/${action}`, { params: { path: { orderId } }, body: {} }));
  for (const action of ['accept', 'prepare', 'ready'] as const) await step(restaurant, action);
  for (const action of ['accept-delivery', 'pick-up', 'on-the-way', 'deliver'] as const) await step(driver, action);
  await must(`settle food order ${orderId}`, ctx.admin.POST('/api/food-orders/{orderId}/settle', { params: { path: { orderId } }, body: {} }));
}
