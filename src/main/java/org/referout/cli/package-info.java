/**
 * The command-line verbs of {@code java -jar referout.jar VERB}: evaluate (R7, dispatched from
 * {@code ReferOutApplication.main} before Spring starts: no Spring at all), practice create, directory
 * import/search, backup and restore. Depends on the features it drives; nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Command line")
package org.referout.cli;
