package org.referout.demo;

/** A later part of the demo (red-flag intake, directory, referrals), run after the core demo in its own steps. */
interface DemoExtension {

    void extend(DemoPractice demo);
}
