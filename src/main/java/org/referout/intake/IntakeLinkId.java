package org.referout.intake;

public record IntakeLinkId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
