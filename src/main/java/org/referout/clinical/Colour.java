package org.referout.clinical;

/** The colour states of C3: grey (too few scores), green, amber (review), red (refer). */
public enum Colour {
    GREY, GREEN, AMBER, RED
}
