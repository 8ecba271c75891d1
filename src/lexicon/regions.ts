/**
 * Regions that news names like countries but that are places within one (the city gazetteer lacks them):
 * the nations of the United Kingdom, Canadian provinces, Australian states. region → country (common name).
 * US states are in us-states.ts.
 */
export const REGION_COUNTRIES: Readonly<Record<string, string>> = {
  England: "United Kingdom",
  Scotland: "United Kingdom",
  Wales: "United Kingdom",
  "Northern Ireland": "United Kingdom",
  Ontario: "Canada",
  Quebec: "Canada",
  "British Columbia": "Canada",
  Alberta: "Canada",
  Manitoba: "Canada",
  Saskatchewan: "Canada",
  "Nova Scotia": "Canada",
  "New Brunswick": "Canada",
  Newfoundland: "Canada",
  "New South Wales": "Australia",
  Queensland: "Australia",
  "Western Australia": "Australia",
  "South Australia": "Australia",
  Tasmania: "Australia",
  Bavaria: "Germany",
  Catalonia: "Spain",
  Tibet: "China",
  Xinjiang: "China",
  Kashmir: "India",
  Chechnya: "Russia",
  Siberia: "Russia",
  Crimea: "Ukraine",
  Kurdistan: "Iraq",
  Darfur: "Sudan",
  Gaza: "Palestine",
  "West Bank": "Palestine",
};

/**
 * Canadian provinces and territories as the Canadian Press writes them after a town ("KELSO, Ont. —"), the
 * counterpart of us-states.ts' US_STATE_ABBREVIATIONS (a region word the gazetteer's sources lack).
 */
export const CANADIAN_PROVINCE_ABBREVIATIONS: readonly string[] = [
  "Ont.",
  "Que.",
  "N.S.",
  "N.B.",
  "B.C.",
  "Alta.",
  "Sask.",
  "Man.",
  "Nfld.",
  "N.L.",
  "P.E.I.",
  "Y.T.",
  "N.W.T.",
  "Nvt.",
];
