package org.referout.demo;

/** A later part of the demo (red-flag intake, directory, referrals), run after the core demo in its own steps. */
interface DemoExtension {

    /**
     * Work that needs no demo practice (the directory import), run on a background thread while the core demo
     * is written, so that the two share the machine's cores; {@link #extend} runs after both are done.
     */
    default void prepare() {
    }

    void extend(DemoPractice demo);
}
