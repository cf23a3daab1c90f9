package org.referout.web;

/**
 * Thrown when a record is absent or belongs to another practice. Both look the same from outside
 * (C1: tenant isolation), so both become a 404.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException() {
        super("Not found");
    }

    public NotFoundException(String message) {
        super(message);
    }
}
