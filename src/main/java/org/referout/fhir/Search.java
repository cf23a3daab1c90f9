package org.referout.fhir;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Resource;
import org.referout.web.BadRequestException;

/**
 * One search request as R4 search.html reads it: the parameters this search declares (anything else is a 400
 * under {@code Prefer: handling=strict}, otherwise ignored and left out of {@code link[self]}), {@code _count}
 * (default {@value #DEFAULT_COUNT}, at most {@value #MAX_COUNT}; 0 gives only the total) and {@code _offset},
 * and the searchset Bundle of one page with its self, first, previous and next links.
 */
final class Search {

    static final int DEFAULT_COUNT = 50;
    static final int MAX_COUNT = 200;
    /** Handled for every search; the format ones by {@link FhirFormatFilter}. */
    private static final Set<String> PAGING = Set.of("_count", "_offset");
    private static final Set<String> FORMAT = Set.of("_format", "_pretty");

    private final String path;
    private final Map<String, List<String>> used = new LinkedHashMap<>();
    private final int count;
    private final long offset;

    private Search(String path, int count, long offset) {
        this.path = path;
        this.count = count;
        this.offset = offset;
    }

    /**
     * @param path what the links repeat after the base ("Patient", "Patient/7/$everything")
     * @param declared the parameter names this search reads, with a modifier where it accepts one ("name:exact")
     */
    static Search of(HttpServletRequest request, String path, String... declared) {
        Set<String> names = Set.of(declared);
        boolean strict = Optional.ofNullable(request.getHeader("Prefer")).map(p -> p.replace(" ", ""))
            .filter(p -> p.contains("handling=strict")).isPresent();
        Search search = new Search(path, count(request.getParameter("_count")), offset(request.getParameter("_offset")));
        List<String> unknown = new ArrayList<>();
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            String name = parameter.getKey();
            if (PAGING.contains(name) || FORMAT.contains(name)) {
                continue;
            }
            if (names.contains(name)) {
                search.used.put(name, List.of(parameter.getValue()));
            }
            else {
                unknown.add(name);
            }
        }
        if (strict && !unknown.isEmpty()) {
            throw new BadRequestException(unknown.stream().map(name -> new org.referout.web.FieldProblem(name,
                    "is not a search parameter of " + path + " here (see /fhir/metadata)")).toList());
        }
        return search;
    }

    private static int count(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT_COUNT;
        }
        try {
            int count = Integer.parseInt(text.strip());
            if (count >= 0) {
                return Math.min(count, MAX_COUNT);
            }
        }
        catch (NumberFormatException e) {
            // the 400 below
        }
        throw new BadRequestException("_count", "must be a whole number from 0 (at most " + MAX_COUNT + " are served)");
    }

    private static long offset(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        try {
            long offset = Long.parseLong(text.strip());
            if (offset >= 0) {
                return offset;
            }
        }
        catch (NumberFormatException e) {
            // the 400 below
        }
        throw new BadRequestException("_offset", "must be a whole number from 0");
    }

    int count() {
        return count;
    }

    long offset() {
        return offset;
    }

    boolean has(String name) {
        return used.containsKey(name);
    }

    /** Every value sent for {@code name}: repeats are AND, as R4 says. */
    List<String> all(String name) {
        return used.getOrDefault(name, List.of());
    }

    /** The first value, or null. */
    String first(String name) {
        List<String> values = all(name);
        return values.isEmpty() ? null : values.get(0);
    }

    /** A value's comma-separated alternatives (OR); "\," is a comma inside a value. */
    static List<String> alternatives(String value) {
        List<String> list = new ArrayList<>();
        for (String part : value.split("(?<!\\\\),", -1)) {
            list.add(part.replace("\\,", ","));
        }
        return list;
    }

    /** {@code system|code}, {@code |code} (no system), {@code system|} (any code), {@code code} (any system). */
    record Token(String system, String code) {

        static Token parse(String text) {
            int bar = text.indexOf('|');
            if (bar < 0) {
                return new Token(null, text);
            }
            String code = text.substring(bar + 1);
            return new Token(text.substring(0, bar), code.isEmpty() ? null : code);
        }

        boolean matches(String system, String code) {
            if (this.system != null && !(this.system.isEmpty() ? system == null || system.isEmpty()
                    : this.system.equals(system))) {
                return false;
            }
            return this.code == null || this.code.equals(code);
        }
    }

    /** A date parameter: its prefix and the range its precision covers, as local date-times [from, to). */
    record DateParam(String prefix, LocalDateTime from, LocalDateTime to, java.time.ZoneOffset offset) {

        DateParam(String prefix, LocalDateTime from, LocalDateTime to) {
            this(prefix, from, to, java.time.ZoneOffset.UTC);
        }

        private static final List<String> PREFIXES = Arrays.asList("eq", "ne", "gt", "lt", "ge", "le", "sa", "eb",
                "ap");

        static DateParam parse(String name, String text) {
            String prefix = "eq";
            String value = text;
            if (text.length() > 2 && PREFIXES.contains(text.substring(0, 2))) {
                prefix = text.substring(0, 2);
                value = text.substring(2);
            }
            DateTimeType date;
            try {
                // an unencoded + of a time zone arrives as a space
                date = new DateTimeType(value.strip().replace(' ', '+'));
            }
            catch (RuntimeException e) {
                throw new BadRequestException(name, "is not a FHIR date: " + text);
            }
            if (date.getYear() == null) {
                throw new BadRequestException(name, "is not a FHIR date: " + text);
            }
            TemporalPrecisionEnum precision = date.getPrecision();
            int month = precision == TemporalPrecisionEnum.YEAR ? 1 : date.getMonth() + 1;
            int day = precision.ordinal() >= TemporalPrecisionEnum.DAY.ordinal() ? date.getDay() : 1;
            LocalDateTime from = LocalDate.of(date.getYear(), month, day).atStartOfDay();
            LocalDateTime to = switch (precision) {
                case YEAR -> from.plusYears(1);
                case MONTH -> from.plusMonths(1);
                case DAY -> from.plusDays(1);
                default -> {
                    LocalDateTime at = from.withHour(date.getHour()).withMinute(date.getMinute())
                        .withSecond(precision == TemporalPrecisionEnum.MINUTE ? 0 : date.getSecond());
                    from = at;
                    yield precision == TemporalPrecisionEnum.MINUTE ? at.plusMinutes(1) : at.plusSeconds(1);
                }
            };
            java.time.ZoneOffset offset = date.getTimeZone() == null || precision.ordinal()
                    <= TemporalPrecisionEnum.DAY.ordinal() ? java.time.ZoneOffset.UTC
                            : java.time.ZoneOffset.ofTotalSeconds(date.getTimeZone().getRawOffset() / 1000);
            return new DateParam(prefix, from, to, offset);
        }

        /** As a range of instants [from, to) (a date without a time zone in UTC), by prefix, for a timestamp column. */
        java.time.OffsetDateTime[] instants() {
            java.time.OffsetDateTime start = from.atOffset(offset);
            java.time.OffsetDateTime end = to.atOffset(offset);
            return switch (prefix) {
                case "gt", "sa" -> new java.time.OffsetDateTime[] { end, null };
                case "lt", "eb" -> new java.time.OffsetDateTime[] { null, start };
                case "ge" -> new java.time.OffsetDateTime[] { start, null };
                case "le" -> new java.time.OffsetDateTime[] { null, end };
                default -> new java.time.OffsetDateTime[] { start, end };
            };
        }

        /** Whether a value covering [start, end) matches (R4 search.html, date prefixes). */
        boolean matches(LocalDateTime start, LocalDateTime end) {
            boolean contained = !start.isBefore(from) && !end.isAfter(to);
            boolean overlaps = start.isBefore(to) && end.isAfter(from);
            return switch (prefix) {
                case "ne" -> !contained;
                case "gt" -> end.isAfter(to);
                case "lt" -> start.isBefore(from);
                case "ge" -> end.isAfter(to) || contained;
                case "le" -> start.isBefore(from) || contained;
                case "sa" -> !start.isBefore(to);
                case "eb" -> !end.isAfter(from);
                case "ap" -> overlaps;
                default -> contained;
            };
        }

        boolean matches(LocalDate day) {
            return matches(day.atStartOfDay(), day.plusDays(1).atStartOfDay());
        }

        /** As a range of whole days [fromDay, toDay) and whether it is negated, for a query on a date column. */
        LocalDate[] days() {
            LocalDate start = from.toLocalDate();
            LocalDate end = to.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? to.toLocalDate()
                    : to.toLocalDate().plusDays(1);
            return switch (prefix) {
                case "gt", "sa" -> new LocalDate[] { end, null };
                case "lt", "eb" -> new LocalDate[] { null, start };
                case "ge" -> new LocalDate[] { start, null };
                case "le" -> new LocalDate[] { null, end };
                default -> new LocalDate[] { start, end };
            };
        }
    }

    /** Whether a resource's id is one of every {@code _id} parameter's alternatives. */
    boolean idMatches(Resource resource) {
        for (String value : all("_id")) {
            if (alternatives(value).stream().map(String::strip)
                .noneMatch(id -> id.equals(resource.getIdElement().getIdPart()))) {
                return false;
            }
        }
        return true;
    }

    /** The page of {@code resources} this request asks for, after {@code _id}. */
    Bundle page(List<? extends Resource> resources) {
        List<? extends Resource> all = resources.stream().filter(this::idMatches).toList();
        int from = (int) Math.min(offset, all.size());
        int to = (int) Math.min((long) from + count, all.size());
        return page(all.subList(from, to), all.size(), List.of());
    }

    /** A searchset of one page: {@code matches} already cut to it, {@code total} all matches. */
    Bundle page(List<? extends Resource> matches, long total, List<? extends Resource> included) {
        String base = FhirEndpoint.base();
        Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET).setTotal((int) total);
        bundle.addLink().setRelation("self").setUrl(link(base, offset));
        if (count > 0) {
            bundle.addLink().setRelation("first").setUrl(link(base, 0));
            if (offset > 0) {
                bundle.addLink().setRelation("previous").setUrl(link(base, Math.max(0, offset - count)));
            }
            if (offset + count < total) {
                bundle.addLink().setRelation("next").setUrl(link(base, offset + count));
            }
            long last = total == 0 ? 0 : (total - 1) / count * count;
            bundle.addLink().setRelation("last").setUrl(link(base, last));
        }
        for (Resource resource : matches) {
            bundle.addEntry().setFullUrl(FhirEndpoint.fullUrl(base, resource)).setResource(resource).getSearch()
                .setMode(Bundle.SearchEntryMode.MATCH);
        }
        for (Resource resource : included) {
            bundle.addEntry().setFullUrl(FhirEndpoint.fullUrl(base, resource)).setResource(resource).getSearch()
                .setMode(Bundle.SearchEntryMode.INCLUDE);
        }
        return bundle;
    }

    private String link(String base, long at) {
        StringBuilder url = new StringBuilder(base).append('/').append(path).append('?');
        for (Map.Entry<String, List<String>> parameter : used.entrySet()) {
            for (String value : parameter.getValue()) {
                url.append(encode(parameter.getKey())).append('=').append(encode(value)).append('&');
            }
        }
        url.append("_count=").append(count);
        if (at > 0) {
            url.append("&_offset=").append(at);
        }
        return url.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
