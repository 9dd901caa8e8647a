// The O*NET database release the roles' O*NET-SOC codes are credited to. The codes (roles.ts, from careers.md) belong
// to the O*NET-SOC 2019 taxonomy (e.g. 15-2051.00 Data Scientists, 17-2112.02 Validation Engineers), which every
// release since 25.1 uses; the credit names the current release, 30.3 (https://www.onetcenter.org/database.html).
// O*NET's licence (https://www.onetcenter.org/license_db.html) asks for the release, USDOL/ETA, CC BY 4.0, the
// trademark notice and, as here, a note that the information was modified: see careers:attribution.onet.

export const ONET_DATABASE_VERSION = '30.3';
