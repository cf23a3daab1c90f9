package org.referout.web;

import java.util.List;

import tools.jackson.core.JacksonException;

/** Turns Jackson's reference path into the field name the client sent, e.g. {@code scores[0].value}. */
final class JsonPaths {

    private JsonPaths() {
    }

    static String describe(List<JacksonException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JacksonException.Reference reference : path) {
            if (reference.getPropertyName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(reference.getPropertyName());
            }
            else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }
}
