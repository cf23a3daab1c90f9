package org.referout.client;

import java.time.LocalDate;
import java.util.List;

/**
 * A structured client search (the FHIR Patient search): every criterion must hold; each criterion's values are
 * alternatives. Text criteria match the start of a name part ("alv" finds "Alvarez" and "Maria Alvarez-Ruiz"),
 * never e-mail or phone; {@code EXACT} is the whole name part, {@code CONTAINS} anywhere in it.
 */
public record ClientFilter(List<Long> ids, List<Text> texts, List<Dates> birthDates, List<List<Identifier>> identifiers,
        List<Instants> updated, Sort sort, boolean descending) {

    /** Last changed from {@code from} (inclusive) to {@code to} (exclusive), either open; {@code not}: outside. */
    public record Instants(java.time.OffsetDateTime from, java.time.OffsetDateTime to, boolean not) {
    }

    /** An identifier to match; a null system matches any system. */
    public record Identifier(String system, String value) {
    }

    public enum Field { NAME, FAMILY, GIVEN }

    public enum Match { START, EXACT, CONTAINS }

    public enum Sort { NAME, FAMILY, GIVEN, BIRTH_DATE, ID }

    public record Text(Field field, Match match, List<String> anyOf) {
    }

    /** Birth dates from {@code from} (inclusive) to {@code to} (exclusive), either open; {@code not}: outside. */
    public record Dates(LocalDate from, LocalDate to, boolean not) {
    }

    public ClientFilter {
        ids = ids == null ? null : List.copyOf(ids);
        texts = List.copyOf(texts);
        birthDates = List.copyOf(birthDates);
        updated = updated == null ? List.of() : List.copyOf(updated);
        identifiers = identifiers == null ? List.of() : identifiers.stream().map(List::copyOf).toList();
        sort = sort == null ? Sort.NAME : sort;
    }
}
