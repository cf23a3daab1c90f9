/**
 * The command-line verbs of {@code java -jar referout.jar VERB}, dispatched from {@code ReferOutApplication.main}
 * before Spring starts: {@code evaluate} (R7; no Spring at all), {@code practice create}, {@code directory ...},
 * {@code backup} and {@code restore} (Spring without the web server). Depends on the features it drives;
 * nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Command-line verbs",
        allowedDependencies = { "clinical", "directory", "operations", "practice", "web" })
package org.referout.cli;
