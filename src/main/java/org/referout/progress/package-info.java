/**
 * Progress: evaluating episodes against the clinical rules, expected-recovery curves refit from closed
 * episodes, alerts and their acknowledged decisions, the episode page with its chart, and the home page.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Progress and alerts")
package org.referout.progress;
