package org.referout.practice;

/** The tenant. Every query in ReferOut takes one first. */
public record PracticeId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
