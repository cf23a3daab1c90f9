package org.referout.fuzz;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Every value's location in a JSON tree ("scores/0/value"), and a copy with one of them replaced or removed. */
final class FieldPaths {

    private FieldPaths() {
    }

    static List<String> of(JsonNode tree) {
        List<String> paths = new ArrayList<>();
        collect(tree, "", paths);
        return paths;
    }

    private static void collect(JsonNode node, String prefix, List<String> paths) {
        if (node instanceof ObjectNode object) {
            for (String name : object.propertyNames()) {
                paths.add(prefix + name);
                collect(object.get(name), prefix + name + "/", paths);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                paths.add(prefix + i);
                collect(array.get(i), prefix + i + "/", paths);
            }
        }
    }

    /** A copy of {@code tree} with the value at {@code path} replaced, or removed when {@code value} is null. */
    static JsonNode replace(JsonNode tree, String path, JsonNode value) {
        JsonNode copy = tree.deepCopy();
        String[] steps = path.split("/");
        JsonNode parent = copy;
        for (int i = 0; i < steps.length - 1; i++) {
            parent = parent instanceof ArrayNode ? parent.get(Integer.parseInt(steps[i])) : parent.get(steps[i]);
        }
        String last = steps[steps.length - 1];
        if (parent instanceof ArrayNode array) {
            int index = Integer.parseInt(last);
            if (value == null) {
                array.remove(index);
            } else {
                array.set(index, value);
            }
        } else if (parent instanceof ObjectNode object) {
            if (value == null) {
                object.remove(last);
            } else {
                object.set(last, value);
            }
        }
        return copy;
    }
}
