package org.policytracker.platform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.policytracker.platform.io.Archives;
import org.policytracker.platform.rest.InvalidRequestException;
import org.policytracker.platform.validation.PlainText;

/** The two bounds every upload and every text goes through: an archive's inflated size, a text's characters. */
class HostileInputTest {

    static byte[] zip(Map<String, byte[]> parts) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var p : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(p.getKey()));
                zip.write(p.getValue());
            }
        }
        return out.toByteArray();
    }

    @Test
    void anOfficeFileIsReadWhole() throws Exception {
        byte[] sheet = "<worksheet>3</worksheet>".getBytes(StandardCharsets.UTF_8);
        byte[] file = zip(Map.of("xl/worksheets/sheet1.xml", sheet, "docProps/app.xml", new byte[100]));
        Map<String, byte[]> parts = Archives.parts(file, n -> n.startsWith("xl/"));
        assertEquals(1, parts.size());
        assertArrayEquals(sheet, parts.get("xl/worksheets/sheet1.xml"));
        assertEquals(List.of("xl/worksheets/sheet1.xml", "docProps/app.xml").size(), Archives.names(file).size());
    }

    @Test
    void aZipBombIsRefusedBeforeItIsInflatedWhole() throws Exception {
        // 200 MB of spaces: some 200 KB on disk, far past a hundred times that
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] mb = new byte[1 << 20];
            java.util.Arrays.fill(mb, (byte) ' ');
            for (int i = 0; i < 200; i++) {
                zip.write(mb);
            }
        }
        byte[] bomb = out.toByteArray();
        assertTrue(bomb.length < 1_000_000, bomb.length + " bytes");
        long before = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> Archives.parts(bomb, n -> true));
        assertEquals("file", e.field());
        // and names only (what the evidence check asks) are bounded the same way
        assertThrows(InvalidRequestException.class, () -> Archives.names(bomb));
        long after = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        assertTrue(after - before < 150L * 1024 * 1024, "held at most the limit: " + (after - before) / 1024 / 1024 + " MB more");
    }

    @Test
    void textRefusesControlsHiddenReversalsLoneSurrogatesAndUndecodableBytes() {
        assertEquals(-1, PlainText.badIndex("陕西省工业和信息化厅\t第一行\r\n第二行 😀 𠜎"));
        assertEquals(2, PlainText.badIndex("测试\u0000单位"));
        assertEquals(0, PlainText.badIndex("\u202Egpj.exe.pdf"));
        assertEquals(2, PlainText.badIndex("测试\u2066单位"));
        assertEquals(2, PlainText.badIndex("测试\uD800单位"));
        assertEquals(2, PlainText.badIndex("测试\uDC00"));
        assertEquals(1, PlainText.badIndex("a\u001B[31m"));
        assertEquals(1, PlainText.badIndex("a\u0085"));
        assertEquals(1, PlainText.badIndex("a\uFFFD"));
        assertEquals("U+202E", PlainText.codePoint("\u202E", 0));
    }

    /** A request object as the API reads it: the bad field is named by its path. */
    static final class Body {
        String title = "fine";
        List<Part> parts = List.of(new Part("ok"), new Part("bad\u202Ename"));
    }

    record Part(String name) {
    }

    @Test
    void theFieldHoldingABadCharacterIsNamedByItsPath() {
        assertEquals("parts[1].name", PlainText.firstBad(new Body()).orElseThrow()[0]);
        assertEquals("U+202E", PlainText.firstBad(new Body()).orElseThrow()[1]);
        assertTrue(PlainText.firstBad(new Part("清洁")).isEmpty());
    }
}
