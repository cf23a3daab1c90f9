package org.referout.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * C9 structured logs: the documented switch {@code logging.structured.format.console=ecs} turns console lines
 * into ECS JSON. An empty configuration is enough: the format is applied by Boot's logging system at start-up,
 * not by anything ReferOut adds, and it keeps this test from starting the whole application again.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(classes = StructuredLogsTests.Empty.class, properties = {
        "logging.structured.format.console=ecs", "spring.main.banner-mode=off" })
class StructuredLogsTests {

    @Configuration(proxyBeanMethods = false)
    static class Empty {
    }

    @Test
    void consoleLinesAreEcsJson(CapturedOutput output) {
        LoggerFactory.getLogger(StructuredLogsTests.class).info("visit recorded for episode {}", 17);

        List<String> lines = output.getOut().lines().filter(line -> line.contains("visit recorded for episode 17"))
            .toList();
        assertThat(lines).hasSize(1);
        JsonNode line = JsonMapper.builder().build().readTree(lines.get(0));
        assertThat(line.get("message").asString()).isEqualTo("visit recorded for episode 17");
        assertThat(field(line, "log", "level")).isEqualTo("INFO");
        assertThat(line.has("@timestamp")).isTrue();
        assertThat(field(line, "ecs", "version")).isNotBlank();
    }

    /** ECS names a field "log.level"; Boot writes it nested ({"log":{"level":…}}) or dotted, depending on version. */
    private static String field(JsonNode line, String parent, String name) {
        JsonNode nested = line.path(parent).path(name);
        return nested.isMissingNode() ? line.path(parent + "." + name).asString() : nested.asString();
    }
}
