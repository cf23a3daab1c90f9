package org.referout.fhir;

import java.util.Set;
import java.util.function.BiConsumer;

import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.Property;

/** Names what of a sent element ReferOut does not keep, so an import can list it instead of dropping it silently. */
final class Unkept {

    /** Elements no record needs: the resource's own bookkeeping and narrative (regenerated on export). */
    private static final Set<String> BOOKKEEPING = Set.of("id", "meta", "text", "implicitRules", "language");

    private Unkept() {
    }

    /** Warns once for every element of {@code element} that has a value and is not in {@code kept}. */
    static void others(Base element, Set<String> kept, String path, BiConsumer<String, String> warn) {
        for (Property property : element.children()) {
            String name = property.getName();
            if (!property.hasValues() || kept.contains(name) || BOOKKEEPING.contains(name)) {
                continue;
            }
            String bare = name.endsWith("[x]") ? name.substring(0, name.length() - 3) : name;
            warn.accept(path + "." + bare, bare + " is not kept by ReferOut");
        }
    }
}
