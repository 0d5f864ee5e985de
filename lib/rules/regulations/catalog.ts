// The default regulation catalog: the rows of REGULATIONS.md as data. Admins
// can edit or extend it (a state law, a contract clause); these ship first.
//
// Time zones decide when a calendar or business day ends:
// - EU (GDPR, NIS2, DORA): Europe/Brussels. The real recipient is a national
//   authority that varies per organisation; Brussels time (CET/CEST) is the
//   zone of the EU institutions and of most member states, and the hour-based
//   EU deadlines do not depend on the zone at all. Edit per authority (e.g.
//   Europe/Dublin for the Irish DPC).
// - UK: Europe/London (ICO). SEC, HIPAA (HHS OCR, Washington DC), NYDFS and
//   CISA: America/New_York, where each regulator sits; EDGAR runs on Eastern
//   time. PCI/Visa: America/New_York, the business hours US acquirers and
//   Visa's US incident team work to; edit per acquirer contract.
// - CERT-In: Asia/Kolkata. PDPC: Asia/Singapore. OAIC (Sydney):
//   Australia/Sydney. OPC (Gatineau, Eastern time): America/Toronto, the IANA
//   zone for Eastern Canada. California AG: America/Los_Angeles.
//
// Holiday calendars are date-holidays codes and only matter for business-day
// deadlines (today SEC and Visa, both "US" = US federal holidays); the others
// name the regulator's seat so an admin switching a deadline to business
// days gets a sensible calendar.
import { CA_PIPEDA, CIRCIA, HIPAA_BREACH, NYDFS_500_17, PCI_VISA, SEC_8K_105, US_CA_1798_82 } from "./catalog-americas";
import { AU_NDB, CERT_IN, SG_PDPA } from "./catalog-asia-pacific";
import { DORA_ART19, GDPR_ART33, GDPR_ART34, NIS2_ART23, UK_GDPR_ART33 } from "./catalog-europe";
import type { Framework } from "./types";

/** In REGULATIONS.md order, which is also the order the UI lists them. */
export const DEFAULT_CATALOG: readonly Framework[] = [
  GDPR_ART33,
  GDPR_ART34,
  UK_GDPR_ART33,
  NIS2_ART23,
  DORA_ART19,
  SEC_8K_105,
  HIPAA_BREACH,
  NYDFS_500_17,
  CERT_IN,
  SG_PDPA,
  AU_NDB,
  CA_PIPEDA,
  US_CA_1798_82,
  PCI_VISA,
  CIRCIA,
];

/** The default entry for a framework key, if it exists. */
export function findDefaultFramework(key: string): Framework | undefined {
  return DEFAULT_CATALOG.find((framework) => framework.key === key);
}
