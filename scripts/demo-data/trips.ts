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

/** Whether this rider has a fare on hold for a trip still running (a hold with nothing after it). */
async function hasRunningTrip(rider: Member): Promise<boolean> {
  if (rider.created) return false;
  const lines = (await statementOf(rider)).filter((t) => TRIP_REFERENCES.has(t.referenceType));
  const closed = new Set(lines.filter((t) => t.type !== 'HOLD').map((t) => t.referenceId));
  return lines.some((t) => t.type === 'HOLD' && !closed.has(t.referenceId));
}

/** Runs what is missing of this driver's jobs; answers how many it ran. */
export async function ensureJobs(ctx: DemoContext, menus: MenuIds, driverHandle: string, jobs: readonly Job[]): Promise<number> {
  const driver = member(ctx, driverHandle);
  const settled = jobs.filter((j) => !j.leftInProgress);
  const running = jobs.filter((j) => j.leftInProgress);
  const done = await settledTrips(driver);
  const todo = settled.slice(done);
  const runningTodo = [];
  for (const job of running) if (!(await hasRunningTrip(member(ctx, job.rider)))) runningTodo.push(job);
  if (todo.length + runningTodo.length === 0) return 0;

  await goOnline(driver);
  for (const [i, job] of todo.entries()) await runJob(ctx, menus, driver, job, `${driverHandle}:${done + i}`);
  for (const [i, job] of runningTodo.entries()) await runJob(ctx, menus, driver, job, `${driverHandle}:running:${i}`);
  return todo.length + runningTodo.length;
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
    if (job.leftInProgress && step === 'start') return;
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
