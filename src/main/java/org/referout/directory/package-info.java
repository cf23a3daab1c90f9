/**
 * The national provider directory (C5): NPPES import (streaming, restartable, monthly updates), NUCC taxonomy
 * codes mapped to friendly provider types, offline ZIP geocoding, and search by type, name and distance over
 * an embedded Lucene index that is rebuilt from the database (the source of truth) when missing.
 * Also the practice's referral partners (V36), the /directory search page, the partner and search API and the
 * owner's NPPES import page. Uses clinical (R7.1 complaint codes for partners, the provider types of R6 and
 * their NUCC prefixes) and client (a client's ZIP as the
 * search centre). Publishes nothing; listens to nothing. Partners implements the PartnerOutcomes SPI (partner
 * status); referrals add outcome rates. The partner pages show each partner's referral statistics through the
 * PartnerReferrals SPI, which the referral module implements (it depends on the directory, not the other way).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Provider directory",
        allowedDependencies = { "client", "clinical", "practice", "web" })
package org.referout.directory;
