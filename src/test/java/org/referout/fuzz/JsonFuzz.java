package org.referout.fuzz;

import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Random JSON values and mutations of valid documents, shared by the parser fuzz tests. Keys are drawn
 * mostly from the parser's own field names, so a random object reaches deep code rather than being
 * ignored as unknown properties.
 */
final class JsonFuzz {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonFuzz() {
    }

    /** Any JSON value up to {@code depth} levels of nesting: nulls, extremes, odd strings, wrong types. */
    static Arbitrary<JsonNode> value(List<String> keys, int depth) {
        Arbitrary<JsonNode> leaf = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.just(NODES.nullNode())),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(true, false).map(NODES::booleanNode)),
                net.jqwik.api.Tuple.of(2, Arbitraries.integers().map(NODES::numberNode)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(Long.MAX_VALUE, Long.MIN_VALUE, -1L, 0L, 1L << 40)
                    .map(NODES::numberNode)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(0.5, -0.0, 1e308, -1e-308, 10.000001)
                    .map(NODES::numberNode)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(new java.math.BigInteger("1" + "0".repeat(40)))
                    .map(NODES::numberNode)),
                net.jqwik.api.Tuple.of(3, strings().map(NODES::stringNode)));
        if (depth <= 0) {
            return leaf;
        }
        Arbitrary<JsonNode> inner = Arbitraries.lazy(() -> value(keys, depth - 1));
        Arbitrary<JsonNode> array = inner.list().ofMaxSize(5).map(JsonFuzz::array);
        Arbitrary<JsonNode> object = Arbitraries.maps(key(keys), inner).ofMaxSize(6).map(JsonFuzz::object);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, leaf), net.jqwik.api.Tuple.of(1, array),
                net.jqwik.api.Tuple.of(2, object));
    }

    /** Texts a parser trips on: empty, blank, dates, enum-ish codes, control and astral characters, huge. */
    static Arbitrary<String> strings() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Arbitraries.strings().all().ofMaxLength(40)),
                net.jqwik.api.Tuple.of(2, Arbitraries.of("", " ", "2026-01-05", "2026-02-30", "0000-01-01",
                        "+999999999-12-31", "NPRS", "PSFS", "GROC", "LOW_BACK_PAIN", "DEEP_TISSUE", "null", "NaN",
                        "1e999", "\u0000", "\uD83D\uDE00", "\uD800", "<script>", "' or 1=1 --")),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().alpha().ofMinLength(256).ofMaxLength(5000)));
    }

    static Arbitrary<String> key(List<String> keys) {
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(5, Arbitraries.of(keys)),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().all().ofMaxLength(12)));
    }

    /**
     * A valid document changed in one place: a field replaced by a random value, a field removed, or the
     * text cut, with a character inserted, dropped or swapped.
     */
    static Arbitrary<String> mutated(String valid, List<String> keys) {
        JsonNode tree = JSON.readTree(valid);
        List<String> paths = FieldPaths.of(tree);
        Arbitrary<String> replaced = Combinators.combine(Arbitraries.of(paths), value(keys, 2))
            .as((path, replacement) -> FieldPaths.replace(tree, path, replacement).toString());
        Arbitrary<String> removed = Arbitraries.of(paths).map(path -> FieldPaths.replace(tree, path, null).toString());
        Arbitrary<String> text = Combinators.combine(Arbitraries.integers().between(0, valid.length() - 1),
                Arbitraries.of(0, 1, 2, 3), Arbitraries.chars().all())
            .as((at, op, c) -> switch (op) {
                case 0 -> valid.substring(0, at);
                case 1 -> valid.substring(0, at) + c + valid.substring(at);
                case 2 -> valid.substring(0, at) + valid.substring(at + 1);
                default -> valid.substring(0, at) + c + valid.substring(at + 1);
            });
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, replaced), net.jqwik.api.Tuple.of(1, removed),
                net.jqwik.api.Tuple.of(2, text));
    }

    private static JsonNode array(List<JsonNode> values) {
        ArrayNode array = NODES.arrayNode();
        values.forEach(array::add);
        return array;
    }

    private static JsonNode object(Map<String, JsonNode> values) {
        ObjectNode object = NODES.objectNode();
        values.forEach(object::set);
        return object;
    }
}
