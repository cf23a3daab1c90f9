package org.referout.directory.nppes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The scanner reads as commons-csv's RFC 4180 format did: the reader's line numbers rest on this. */
class CsvScannerTests {

    @Test
    void quotedFieldsKeepTheirLineBreaksAndDoubledQuotesAndEveryLineCounts() throws IOException {
        var csv = scanner("a,\"b\r\nc\",\"say \"\"hi\"\"\"  \r\n\n x ,\"\"\n\"last\"");
        assertThat(record(csv)).containsExactly("a", "b\r\nc", "say \"hi\"");
        assertThat(csv.lines()).isEqualTo(2);
        assertThat(record(csv)).containsExactly("");
        assertThat(csv.lines()).isEqualTo(3);
        assertThat(record(csv)).containsExactly(" x ", "");
        assertThat(csv.trimmed(0)).isEqualTo("x");
        assertThat(record(csv)).containsExactly("last");
        assertThat(csv.lines()).as("the end of the input ends the last line").isEqualTo(5);
        assertThat(csv.next()).isFalse();
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsAnOrdinaryCharacter() throws IOException {
        var csv = scanner("ab\"c,d\r\re,\n");
        assertThat(record(csv)).containsExactly("ab\"c", "d");
        assertThat(record(csv)).containsExactly("");
        assertThat(record(csv)).containsExactly("e", "");
        assertThat(csv.lines()).isEqualTo(3);
    }

    @Test
    void aRecordLongerThanTheBufferStaysWhole() throws IOException {
        String big = "é".repeat(100_000);
        var csv = scanner("h\n\"" + big + "\",y\n" + "z,\"" + big + "\"\n");
        record(csv);
        assertThat(record(csv)).containsExactly(big, "y");
        assertThat(record(csv)).containsExactly("z", big);
        assertThat(csv.lines()).isEqualTo(3);
    }

    @Test
    void anUnfinishedQuoteOrTextAfterAClosingQuoteMakesTheRestUnreadable() throws IOException {
        var open = scanner("a\n\"b,c\n");
        record(open);
        assertThatThrownBy(open::next).isInstanceOf(IOException.class).hasMessageContaining("startline 2");
        var after = scanner("\"a\" \u2000b,c\n");
        assertThatThrownBy(after::next).isInstanceOf(IOException.class).hasMessageContaining("line: 1");
    }

    private static CsvScanner scanner(String text) {
        return new CsvScanner(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> record(CsvScanner csv) throws IOException {
        assertThat(csv.next()).isTrue();
        List<String> fields = new ArrayList<>();
        for (int i = 0; i < csv.size(); i++) {
            fields.add(csv.get(i));
        }
        return fields;
    }
}
