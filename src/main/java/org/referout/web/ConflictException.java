package org.referout.web;

/** Optimistic locking lost (Q: no lost update): someone else saved the record first. Becomes a 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String what, Object id) {
        super("The " + what + " " + id + " was changed by someone else. Reload it and try again.");
    }
}
