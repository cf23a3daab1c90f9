/**
 * The demo practice created on the first start of an empty embedded database (C0): two therapists, current
 * clients whose episodes improve, recover, plateau, deteriorate or raise a red flag, and a history of closed
 * episodes from which the expected-recovery curves are fitted. Depends on the features; nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo practice",
        allowedDependencies = { "client", "clinical", "directory", "episode", "insights", "intake", "practice", "referral" })
package org.referout.demo;
