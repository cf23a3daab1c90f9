package org.referout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Issue 20 item 2: the module map cannot drift. Every module's {@code package-info.java} declares
 * {@code allowedDependencies} (which {@code ModularityTests} enforces), each one is really used (no stale
 * allowance), and the "depends on" column of {@code docs/architecture.md}'s module table says the same.
 */
@Tag("slow")
class ArchitectureDocumentTests {

    static final ApplicationModules modules = ModularityTests.modules;
    /** A table row: | `module` | what it owns | `a`, `b` | (or — for none). */
    static final Pattern ROW = Pattern.compile("^\\| `([a-z]+)`[^|]*\\|[^|]*\\| ([^|]*) \\|$", Pattern.MULTILINE);

    @Test
    void everyModuleDeclaresExactlyTheModulesItUses() {
        Map<String, Set<String>> declared = declared();
        Map<String, Set<String>> used = used();
        assertThat(declared).as("allowedDependencies in each package-info.java, against the modules its code uses")
            .isEqualTo(used);
    }

    @Test
    void theArchitectureDocumentListsTheSameDependencies() throws IOException {
        String document = Files.readString(Path.of("docs/architecture.md"));
        Map<String, Set<String>> documented = new TreeMap<>();
        Matcher row = ROW.matcher(document);
        while (row.find()) {
            String cell = row.group(2).trim();
            documented.put(row.group(1), cell.equals("—") ? Set.of()
                    : Arrays.stream(cell.split(",")).map(name -> name.trim().replace("`", ""))
                        .collect(Collectors.toCollection(TreeSet::new)));
        }
        Map<String, Set<String>> declared = declared();
        assertThat(documented).as("docs/architecture.md, module table, column 'depends on' (expected cells: "
                + cells(declared) + ")").isEqualTo(declared);
    }

    private static Map<String, Set<String>> declared() {
        Map<String, Set<String>> declared = new TreeMap<>();
        modules.forEach(module -> {
            String base = module.getBasePackage().getName();
            try {
                ApplicationModule annotation = Class.forName(base + ".package-info").getAnnotation(ApplicationModule.class);
                if (annotation != null && !Arrays.asList(annotation.allowedDependencies())
                    .contains(ApplicationModule.OPEN_TOKEN)) {
                    declared.put(module.getName(), new TreeSet<>(Arrays.asList(annotation.allowedDependencies())));
                }
            }
            catch (ClassNotFoundException none) {
                // a module without package-info declares nothing
            }
        });
        return declared;
    }

    private static Map<String, Set<String>> used() {
        Map<String, Set<String>> used = new TreeMap<>();
        modules.forEach(module -> used.put(module.getName(), module.getDirectDependencies(modules).uniqueModules()
            .map(org.springframework.modulith.core.ApplicationModule::getName)
            .collect(Collectors.toCollection(TreeSet::new))));
        return used;
    }

    private static String cells(Map<String, Set<String>> dependencies) {
        Map<String, String> cells = new LinkedHashMap<>();
        dependencies.forEach((module, uses) -> cells.put(module, uses.isEmpty() ? "—"
                : uses.stream().map(name -> "`" + name + "`").collect(Collectors.joining(", "))));
        return cells.toString();
    }
}
