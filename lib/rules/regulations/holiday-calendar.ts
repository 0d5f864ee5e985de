// Public holidays per calendar, keyed by local ISO date ("2026-11-26").
// date-holidays computes the dates (no hand-written lists); this module only
// selects the right ones and caches them, because business-day counting asks
// about the same handful of years over and over.
import Holidays from "date-holidays";
import { DateTime } from "luxon";

/** The US federal calendar, as used by the SEC's business days. */
export const US_FEDERAL_CALENDAR = "US";

const instances = new Map<string, Holidays>();
const years = new Map<string, ReadonlyMap<string, string>>();
let supportedCountries: Record<string, string> | undefined;

function parseCalendar(code: string): { country: string; state?: string } {
  const [country = "", state] = code.split("-");
  return state ? { country, state } : { country };
}

/** True when date-holidays knows the country (and state, if given). */
export function isSupportedCalendar(code: string): boolean {
  const { country, state } = parseCalendar(code);
  supportedCountries ??= new Holidays().getCountries();
  if (!(country in supportedCountries)) return false;
  if (!state) return true;
  const states = new Holidays().getStates(country) ?? {};
  return state in states;
}

function holidaysFor(code: string): Holidays {
  let instance = instances.get(code);
  if (!instance) {
    const { country, state } = parseCalendar(code);
    // Only "public" days close regulators; "bank"/"optional"/"observance"
    // days (e.g. Christmas Eve in the US) are working days for filings.
    instance = state
      ? new Holidays(country, state, { types: ["public"] })
      : new Holidays(country, { types: ["public"] });
    instances.set(code, instance);
  }
  return instance;
}

/**
 * 5 U.S.C. 6103(b): a federal holiday on a Saturday is observed the Friday
 * before, on a Sunday the Monday after. date-holidays already returns most
 * of these as public "substitute day" entries (Juneteenth 2027 → Fri
 * 2027-06-18, New Year 2028 → Fri 2027-12-31), but types Veterans Day's
 * substitute as "bank" (2028-11-10), so the rule is applied here as well;
 * the union is idempotent.
 */
function federalObservedDate(isoDate: string): string | undefined {
  const day = DateTime.fromISO(isoDate, { zone: "UTC" });
  if (day.weekday === 6) return day.minus({ days: 1 }).toISODate() ?? undefined;
  if (day.weekday === 7) return day.plus({ days: 1 }).toISODate() ?? undefined;
  return undefined;
}

function buildYear(code: string, year: number): ReadonlyMap<string, string> {
  const holidays = holidaysFor(code);
  const byDate = new Map<string, string>();
  const prefix = `${year}-`;
  // An observed day can land in the neighbouring year (New Year 2028 is
  // observed on 2027-12-31), so read the years around and keep this year's dates.
  for (const y of [year - 1, year, year + 1]) {
    for (const holiday of holidays.getHolidays(y)) {
      if (holiday.type !== "public") continue;
      // Dates are local "YYYY-MM-DD hh:mm:ss". A holiday that does not start
      // at midnight (a half day, or one starting the evening before) is left
      // a business day: that can only make a deadline earlier, never later.
      if (holiday.date.slice(11, 19) !== "00:00:00") continue;
      const date = holiday.date.slice(0, 10);
      if (date.startsWith(prefix) && !byDate.has(date)) byDate.set(date, holiday.name);
      if (code === US_FEDERAL_CALENDAR && !holiday.substitute) {
        const observed = federalObservedDate(date);
        if (observed?.startsWith(prefix) && !byDate.has(observed)) {
          byDate.set(observed, `${holiday.name} (substitute day)`);
        }
      }
    }
  }
  return byDate;
}

/** Holiday name if `isoDate` (local calendar date) is a public holiday, else undefined. */
export function publicHolidayName(code: string, isoDate: string): string | undefined {
  const year = Number(isoDate.slice(0, 4));
  const cacheKey = `${code}|${year}`;
  let byDate = years.get(cacheKey);
  if (!byDate) {
    byDate = buildYear(code, year);
    years.set(cacheKey, byDate);
  }
  return byDate.get(isoDate);
}

/** How explanations name a calendar's holidays. */
export function describeHolidayCalendar(code: string): string {
  if (code === US_FEDERAL_CALENDAR) return "US federal holidays";
  return `public holidays (${code})`;
}
