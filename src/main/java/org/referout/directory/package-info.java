/**
 * The national provider directory (C5): NPPES import (streaming, restartable, monthly updates), NUCC taxonomy
 * codes mapped to friendly provider types, offline ZIP geocoding, and search by type, name and distance over
 * an embedded Lucene index that is rebuilt from the database (the source of truth) when missing.
 * Publishes nothing; listens to nothing. Declares the PartnerOutcomes SPI that referrals implement later.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Provider directory", allowedDependencies = { "practice", "web" })
package org.referout.directory;
