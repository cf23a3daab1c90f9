/**
 * The command-line verbs, dispatched from {@code ReferOutApplication.main} before Spring starts:
 * {@code evaluate} (R7) reads episodes as JSON and writes one evaluation per line. Depends on clinical;
 * nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Command-line verbs")
package org.referout.cli;
