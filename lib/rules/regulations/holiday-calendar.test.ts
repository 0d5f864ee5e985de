import { describe, expect, it } from "vitest";
import { describeHolidayCalendar, isSupportedCalendar, publicHolidayName } from "./holiday-calendar";

describe("publicHolidayName — US federal calendar", () => {
  it.each([
    ["2026-11-26", /Thanksgiving/],
    ["2026-07-03", /Independence Day \(substitute day\)/], // Sat Jul 4 2026 → Fri Jul 3
    ["2027-06-18", /Juneteenth \(substitute day\)/], // Sat Jun 19 2027 → Fri Jun 18
    ["2027-07-05", /Independence Day \(substitute day\)/], // Sun Jul 4 2027 → Mon Jul 5
    ["2027-12-24", /Christmas Day \(substitute day\)/], // Sat Dec 25 2027 → Fri Dec 24
    ["2027-12-31", /New Year's Day \(substitute day\)/], // Sat Jan 1 2028 → Fri Dec 31 2027, previous year
    ["2028-11-10", /Veterans Day \(substitute day\)/], // Sat Nov 11 2028; date-holidays types this "bank"
    ["2029-11-12", /Veterans Day \(substitute day\)/], // Sun Nov 11 2029 → Mon Nov 12
    ["2026-10-12", /Columbus Day/],
    ["2027-01-18", /Martin Luther King/],
  ])("%s is a federal holiday", (date, name) => {
    expect(publicHolidayName("US", date)).toMatch(name);
  });

  it.each([
    "2026-11-27", // day after Thanksgiving: not federal
    "2026-12-24", // Christmas Eve on a Thursday: not federal
    "2026-11-03", // Election Day: a New York holiday, not federal
    "2026-12-31",
    "2028-12-29",
  ])("%s is a business day", (date) => {
    expect(publicHolidayName("US", date)).toBeUndefined();
  });

  it("does not add the federal observed-day rule to state calendars", () => {
    // date-holidays' own New York rules: Election Day is a state public holiday.
    expect(publicHolidayName("US-NY", "2026-11-03")).toMatch(/Election/);
  });

  it("reads other countries' public holidays, including their substitute days", () => {
    expect(publicHolidayName("GB-ENG", "2026-12-28")).toMatch(/Boxing Day/);
    expect(publicHolidayName("SG", "2026-08-10")).toMatch(/National Day/);
    expect(publicHolidayName("AU-NSW", "2026-04-27")).toMatch(/Anzac/);
    expect(publicHolidayName("BE", "2026-07-21")).toBeDefined();
  });
});

describe("isSupportedCalendar", () => {
  it.each(["US", "US-CA", "GB-ENG", "AU-NSW", "CA", "IN", "SG", "BE"])("accepts %s", (code) => {
    expect(isSupportedCalendar(code)).toBe(true);
  });
  it.each(["XX", "US-ZZ", "", "us"])("rejects %j", (code) => {
    expect(isSupportedCalendar(code)).toBe(false);
  });
});

describe("describeHolidayCalendar", () => {
  it("names the US federal calendar plainly", () => {
    expect(describeHolidayCalendar("US")).toBe("US federal holidays");
    expect(describeHolidayCalendar("AU-NSW")).toBe("public holidays (AU-NSW)");
  });
});
