package org.referout.fuzz;

/** Whether a mutated text is still one JSON value (a property that counts elements needs valid framing). */
final class JsonFuzzValid {

    private JsonFuzzValid() {
    }

    static boolean isJson(String text) {
        try {
            // An empty text reads as a missing node, which is no array element at all.
            return !JsonFuzz.JSON.readTree(text).isMissingNode();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
